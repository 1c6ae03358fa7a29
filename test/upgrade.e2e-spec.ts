import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIGRATIONS } from '@whistle/persistence';
import { DataSource } from 'typeorm';
import { ADMIN, type Client, eventually, type TestApp, TestStack } from './harness.js';

/**
 * A database the previous version filled (commit 7f298bb: before the service catalogue and the
 * assisting departments; test/fixtures/previous-version/README.md says how it was made) is
 * upgraded by this version's migrations when the app starts on it, and every order carries on
 * from where it stood: its stored machine snapshot (version 2) is upgraded to version 3, its
 * timeline still verifies, and each is taken to its next steps, some with assisting departments.
 */
describe(`upgrading a database the previous version filled (${TestStack.mode} database)`, () => {
  const DEMO_PASSWORD = 'whistle-demo';
  let stack: TestStack;
  let app: TestApp;
  let departments: Record<string, string>;
  let tickets: Map<string, { id: string; state: string }>;
  const clients = new Map<string, Client>();
  const as = async (username: string) => {
    if (!clients.has(username)) clients.set(username, await app.login(username, username === ADMIN.username ? ADMIN.password : DEMO_PASSWORD));
    return clients.get(username)!;
  };
  const ticket = (title: string) => tickets.get(title)!.id;
  const act = async (username: string, id: string, action: string, body: object = {}, status = 200) =>
    (await (await as(username)).post(`/api/tickets/${id}/${action}`, body).expect(status)).body;

  beforeAll(async () => {
    stack = await TestStack.create({}, { empty: true });
    await stack.load(await readFile(join(import.meta.dirname, 'fixtures', 'previous-version', '7f298bb.sql'), 'utf8'));
    app = await stack.start();
    departments = Object.fromEntries(((await (await as('admin')).get('/api/departments').expect(200)).body as { code: string; id: string }[]).map((d) => [d.code, d.id]));
    const page = (await (await as('supervisor')).get('/api/tickets?pageSize=100').expect(200)).body as { items: { id: string; title: string; state: string }[] };
    tickets = new Map(page.items.map((t) => [t.title, t]));
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('runs the new migrations once, upgrades every stored snapshot to version 3 and keeps every timeline intact', async () => {
    const db = app.get(DataSource);
    const ran = (await db.query(`SELECT name FROM migrations ORDER BY id`)) as { name: string }[];
    // The fixture's ten, then every later one (the catalogue, the assisting departments, …), each once.
    expect(ran.map((m) => m.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(ran.map((m) => m.name).slice(10, 12)).toEqual(['ServiceCatalogue1764300000000', 'AssistingDepartments1764400000000']);
    expect(new Set(ran.map((m) => m.name)).size).toBe(ran.length);
    expect(await db.query(`SELECT (machine->>'machineVersion')::int AS version, count(*)::int AS n FROM tickets GROUP BY 1`)).toEqual([{ version: 3, n: 13 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM tickets WHERE machine->'context'->'assists' = '{}'::jsonb AND (machine->'context'->>'assistAsks')::int = 0`)).toEqual([{ n: 13 }]);
    // Every old order has its terms for the repeat search (computed by the migration).
    expect(await db.query(`SELECT count(*)::int AS n FROM tickets WHERE grams = ''::tsvector`)).toEqual([{ n: 0 }]);

    // Every state the previous version could leave an order in is here, and reads in this version's shape.
    expect([...new Set([...tickets.values()].map((t) => t.state))].sort()).toEqual(
      ['awaiting_info', 'closed', 'dispatched', 'feedback_given', 'in_progress', 'placed', 'rectifying', 'returned', 'withdrawn'],
    );
    const supervisor = await as('supervisor');
    for (const { id } of tickets.values()) {
      const view = (await supervisor.get(`/api/tickets/${id}`).expect(200)).body;
      expect(view).toMatchObject({ serviceCode: null, assists: [] });
      expect((await supervisor.get(`/api/tickets/${id}/events/verify`).expect(200)).body).toMatchObject({ intact: true, brokenAt: null });
    }
    expect((await (await as('admin')).get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true, brokenAt: null });
  });

  it('carries the previous version’s timers on: none is lost, and the overdue order is still overdue and escalated', async () => {
    const db = app.get(DataSource);
    // The fixture's deadlines are ten years out (make.sh); what fell due since (the overdue order's later escalation levels) fires on start.
    await eventually(async () => ((await db.query(`SELECT count(*)::int AS n FROM timers WHERE status = 'pending' AND due_at < now() - interval '10 seconds'`)) as { n: number }[])[0]!.n === 0, 20_000, 'due timers fired');
    // Under an approved extension, the feedback deadline and its pending timer are the extension's.
    const id = ticket('变电站增容');
    const extended = (await (await as('tech.staff')).get(`/api/tickets/${id}`).expect(200)).body;
    expect(new Date(extended.deadlines.feedbackBy).getTime()).toBeGreaterThan(Date.now() + 3000 * 86_400_000);
    const timers = (await db.query(`SELECT event, due_at FROM timers WHERE ticket_id = $1 AND status = 'pending'`, [id])) as { event: string; due_at: Date }[];
    expect(timers.find((t) => t.event === 'FEEDBACK_DEADLINE_PASSED')?.due_at.toISOString()).toBe(new Date(extended.deadlines.feedbackBy).toISOString());
    expect(extended.availableActions).toContain('feedback');
    const late = (await (await as('food.dispatch')).get(`/api/tickets/${ticket('冷库电价优惠咨询')}`).expect(200)).body;
    expect(late).toMatchObject({ state: 'dispatched', overdue: true });
    expect(late.escalationLevel).toBeGreaterThanOrEqual(1);
  });

  it('takes an order placed before the upgrade through the cycle with an assisting department', async () => {
    const id = ticket('扩产流动资金缺口');
    await act('pharma.dispatch', id, 'dispatch', { departmentId: departments.FIN, priority: 'high', assistingDepartmentIds: [departments.APPROVAL] });
    await act('fin.staff', id, 'accept');
    await act('fin.staff', id, 'feedback', { result: 'resolved', content: '尚待协办' }, 409);
    await act('approval.staff', id, 'assist/accept');
    await act('approval.staff', id, 'assist/give', { content: '已开辟审批绿色通道' });
    const fedBack = await act('fin.staff', id, 'feedback', { result: 'resolved', content: '已对接两家银行,授信800万元。' });
    expect(fedBack.feedback.assists).toEqual([expect.objectContaining({ departmentId: departments.APPROVAL, state: 'given', content: '已开辟审批绿色通道' })]);
    expect((await act('pharma.e1', id, 'rate', { score: 5 })).state).toBe('closed');
  });

  it('carries on the orders the previous version left in the middle of the cycle', async () => {
    // In progress (an extension granted): feedback, then a rating, closes it.
    const extended = ticket('变电站增容');
    await act('tech.staff', extended, 'feedback', { result: 'resolved', content: '增容方案已批复,下月送电。' });
    expect((await act('power.e2', extended, 'rate', { score: 4 })).state).toBe('closed');

    // Awaiting the enterprise's answer: the answer resumes the work, and the lead may now ask for help.
    const waiting = ticket('高层次人才公寓申请');
    expect((await act('pharma.e2', waiting, 'provide-info', { answer: '劳动合同已上传至园区系统。' })).state).toBe('in_progress');
    await act('hrss.staff', waiting, 'assist/ask', { reason: '需住建部门协助' });
    await act('pharma.dispatch', waiting, 'assist/add', { departmentIds: [departments.LAND] });
    await act('land.staff', waiting, 'assist/decline', { reason: 'not_our_function', note: '人才公寓由住建部门管理' });
    const answered = await act('hrss.staff', waiting, 'feedback', { result: 'resolved', content: '已分配人才公寓两套。' });
    expect(answered.feedback.assists).toEqual([expect.objectContaining({ departmentId: departments.LAND, state: 'declined' })]);

    // Overdue and escalated in the previous version: accepted late.
    expect((await act('tech.staff', ticket('冷库电价优惠咨询'), 'accept')).state).toBe('in_progress');

    // Dispatched and reminded: accepted now.
    expect((await act('fin.staff', ticket('研发费用加计扣除'), 'accept')).state).toBe('in_progress');

    // Returned to the committee: dispatched again, to another department, with one assisting.
    const returned = ticket('厂区道路破损');
    await act('equip.dispatch', returned, 'dispatch', { departmentId: departments.TRANSPORT, priority: 'normal', assistingDepartmentIds: [departments.LAND] });
    expect((await (await as('land.staff')).get('/api/tickets?assist=open').expect(200)).body.items.map((t: { id: string }) => t.id)).toContain(returned);

    // Feedback given, waiting for the rating: rated.
    expect((await act('food.e2', ticket('食品生产许可证延续'), 'rate', { score: 5 })).state).toBe('closed');

    // Rectifying after a low rating: the department reports again, the enterprise rates again.
    const rectifying = ticket('出口退税到账慢');
    await act('fin.staff', rectifying, 'feedback', { result: 'resolved', content: '退税已全部到账。' });
    expect((await act('equip.e2', rectifying, 'rate', { score: 4 })).state).toBe('closed');

    // Every timeline, old events and new, still verifies.
    const supervisor = await as('supervisor');
    for (const { id } of tickets.values()) {
      expect((await supervisor.get(`/api/tickets/${id}/events/verify`).expect(200)).body).toMatchObject({ intact: true });
    }
  });

  it('counts the previous version’s orders on the scoreboard and in the ledgers beside the new ones', async () => {
    const dispatcher = await as('equip.dispatch');
    const board = (await dispatcher.get('/api/reports/departments').expect(200)).body as { departments: { code: string; received: number; ratings: number; returns: number }[] };
    // 财政局's orders in 装备制造: the old rectified one and the old returned one.
    expect(board.departments.find((d) => d.code === 'FIN')).toMatchObject({ received: 2, returns: 1 });
    expect(board.departments.find((d) => d.code === 'FIN')!.ratings).toBeGreaterThanOrEqual(1);
    const ledger = (await dispatcher.get('/api/reports/ledgers/problem?format=csv').expect(200)).text;
    expect(ledger).toContain('出口退税到账慢');
    expect(ledger).toContain('协办部门');
    const services = (await dispatcher.get('/api/reports/services').expect(200)).body as { serviceCode: string | null; tickets: number }[];
    expect(services.find((row) => row.serviceCode === null)?.tickets).toBeGreaterThan(0);
  });
});
