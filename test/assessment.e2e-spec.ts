import { WorkingDays } from '@whistle/deadlines';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { type Client, eventually, type Org, place, seedOrganisation, sleep, type TestApp, TestStack } from './harness.js';

/**
 * The assessment side end to end: a scripted month for two departments whose scoreboard is
 * computed by hand below, an evaluation meeting with a recused scorer and a rectification
 * order on second-scale deadlines, SLA policies with working days, the paused clock, the
 * agenda and the two ledgers parsed back.
 */
const SLA = {
  SLA_REMIND_BEFORE: 'PT2S',
  SLA_RECTIFICATION_ORDER: 'PT4S',
};

describe(`assessment (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let empty: { id: string };
  const t: Record<string, { id: string; code: string }> = {};

  const act = async (client: Client, id: string, action: string, body: object = {}) =>
    (await client.post(`/api/tickets/${id}/${action}`, body).expect(200)).body;
  const dispatch = (id: string, departmentId: string, priority = 'normal') => act(org.dispatcher, id, 'dispatch', { departmentId, priority });
  const ticket = async (id: string) => (await org.dispatcher.get(`/api/tickets/${id}`).expect(200)).body;

  beforeAll(async () => {
    stack = await TestStack.create(SLA);
    app = await stack.start();
    org = await seedOrganisation(app);
    empty = (await org.admin.post('/api/departments', { name: '区档案馆', code: 'ARCH' }).expect(201)).body;
    // Low-priority orders get second-scale deadlines from a policy: the HR bureau misses them all.
    await org.admin.post('/api/sla-policies', { priority: 'low', deadlines: { accept: { duration: 'PT1S' }, feedback: { duration: 'PT3S' } } }).expect(201);

    // The finance bureau: on time, one bounce, one rectification round.
    for (const name of ['T1', 'T2', 'T3', 'T4']) t[name] = await place(org.acme, { title: name, description: `${name} 描述`, category: 'financing' });
    for (const name of ['T1', 'T2', 'T3', 'T4']) await dispatch(t[name]!.id, org.ids.fin);
    for (const name of ['T1', 'T2', 'T4']) await act(org.finStaff, t[name]!.id, 'accept');
    await act(org.finStaff, t.T1!.id, 'feedback', { result: 'resolved', content: '已办结' });
    await act(org.acme, t.T1!.id, 'rate', { score: 5 });
    await act(org.finStaff, t.T2!.id, 'feedback', { result: 'resolved', content: '已协调' });
    await act(org.acme, t.T2!.id, 'rate', { score: 2, comment: '未落实' });
    await act(org.finStaff, t.T2!.id, 'feedback', { result: 'resolved', content: '已整改落实' });
    await act(org.acme, t.T2!.id, 'rate', { score: 4 });
    await act(org.finStaff, t.T3!.id, 'return', { reason: 'not_our_function', note: '属人社职能' });

    // The HR bureau: everything late. T3 comes back to it, H1 is accepted late and answered late.
    t.H1 = await place(org.acme, { title: 'H1', description: '用工', category: 'hiring' });
    await dispatch(t.H1.id, org.ids.hr, 'low');
    await dispatch(t.T3!.id, org.ids.hr, 'low');
    await eventually(async () => (await ticket(t.H1!.id)).escalationLevel === 1, 15_000, 'H1 to miss its accept deadline');
    await act(org.hrStaff, t.H1.id, 'accept');
    await eventually(async () => (await ticket(t.H1!.id)).escalationLevel === 1, 15_000, 'H1 to miss its feedback deadline');
    await act(org.hrStaff, t.H1.id, 'feedback', { result: 'partially_resolved', content: '部分解决' });
    await act(org.acme, t.H1.id, 'rate', { score: 3 });
    await eventually(async () => (await ticket(t.T3!.id)).escalationLevel === 1, 15_000, 'T3 to miss its accept deadline at HR');

    // Never dispatched: in the demand ledger, not in the problem ledger.
    t.U = await place(org.acme, { title: 'U', description: '待派', category: 'land_use' });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const scoreboard = async (client: Client = org.dispatcher) => {
    const board = (await client.get('/api/reports/departments').expect(200)).body;
    return Object.fromEntries(board.departments.map((d: { code: string }) => [d.code, d]));
  };

  it('computes the three rates as counted by hand, and nothing for a department without tickets', async () => {
    const board = await scoreboard();
    // FIN: 4 received (T1-T4), 3 accepted on time; feedback due for T1, T2 (both first on time); resolved
    // at the first go and never reopened: T1 only; ratings 5, 2, 4.
    expect(board.FIN).toMatchObject({
      received: 4, accepted: 3, acceptedOnTime: 3, responseRate: 75,
      feedbackDue: 2, feedbackOnTime: 2, onTimeFeedbackRate: 100,
      feedbackGiven: 2, resolved: 1, resolutionRate: 50,
      ratings: 3, satisfied: 2, satisfactionRate: 66.67, meanRating: 3.67,
      returns: 1, escalations: { level1: 0, level2: 0, level3: 0 },
      evaluationScore: null,
      composite: 63.89, // (75 + 50 + 66.67) / 3: the evaluation is missing and its weight drops out
      rank: 1,
    });
    // HR: H1 and T3 received, H1 accepted late; its feedback late and partial, rated 3;
    // escalated at level 1 three times (H1 accept, H1 feedback, T3 accept).
    expect(board.HR).toMatchObject({
      received: 2, accepted: 1, acceptedOnTime: 0, responseRate: 0,
      feedbackDue: 1, feedbackOnTime: 0, onTimeFeedbackRate: 0,
      feedbackGiven: 1, resolved: 0, resolutionRate: 0,
      ratings: 1, satisfied: 0, satisfactionRate: 0, meanRating: 3,
      returns: 0, escalations: { level1: 3, level2: 0, level3: 0 },
      composite: 0, rank: 2,
    });
    expect(board.ARCH).toMatchObject({
      received: 0, responseRate: null, onTimeFeedbackRate: null, resolutionRate: null, satisfactionRate: null, meanRating: null,
      evaluationScore: null, composite: null, rank: null,
    });
  });

  it('keeps chain-bound callers to their chain and enterprises out', async () => {
    expect((await org.otherDispatcher.get('/api/reports/departments').expect(200)).body.departments.every((d: { received: number }) => d.received === 0)).toBe(true);
    await org.otherDispatcher.get(`/api/reports/departments?chainId=${org.ids.chain}`).expect(403);
    await org.acme.get('/api/reports/departments').expect(403);
    const bad = await org.dispatcher.get('/api/reports/departments?from=2026-13-01').expect(400);
    expect(JSON.stringify(bad.body)).toContain('from');
    const later = (await org.dispatcher.get('/api/reports/departments?from=2999-01-01').expect(200)).body;
    expect(later.departments.every((d: { received: number; composite: null }) => d.received === 0 && d.composite === null)).toBe(true);
  });

  it('counts the chain’s orders by category and state', async () => {
    const [chain] = (await org.dispatcher.get('/api/reports/chains').expect(200)).body;
    expect(chain).toMatchObject({
      chainId: org.ids.chain,
      tickets: 6,
      byCategory: { financing: 4, hiring: 1, land_use: 1 },
      byState: { closed: 3, dispatched: 1, in_progress: 1, placed: 1 },
      solved: 2, // T1 and T2 closed with "resolved"; H1 was only partially resolved
      overdue: 1, // T3, late at HR
      open: 3,
    });
  });

  it('puts the late, the escalated and the unsatisfied on the meeting’s agenda', async () => {
    const agenda = (await org.dispatcher.get('/api/reports/agenda').expect(200)).body;
    const codes = (list: { code: string }[]) => list.map((item) => item.code);
    expect(codes(agenda.overdue)).toEqual([t.T3!.code]);
    expect(codes(agenda.escalated)).toEqual([t.T3!.code]);
    expect(codes(agenda.ratedUnsatisfied)).toEqual([t.T2!.code]);
    expect(agenda.ratedUnsatisfied[0].detail).toMatch(/^rated 2 at /);
    expect(agenda.returnedMoreThanOnce).toEqual([]);
    expect(agenda.extensionsPending).toEqual([]);
  });

  const download = (path: string) => org.dispatcher.download(path).expect(200);

  it('exports both ledgers as CSV and XLSX that parse back to the tickets', async () => {
    const csv = await download('/api/reports/ledgers/demand?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/demand-ledger-PHARMA-\d{4}-\d{2}-\d{2}\.csv/);
    const rows = parse(csv.body as Buffer, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['编号', '企业名称', '企业类型', '需求类别', '服务事项', '需求标题', '需求描述', '提出时间', '当前状态', '责任部门', '派单时间']);
    expect(rows.map((r) => r['编号']).sort()).toEqual(Object.values(t).map((x) => x.code).sort());
    expect(rows.find((r) => r['编号'] === t.U!.code)).toMatchObject({ 企业名称: '常德制药', 企业类型: '链主企业', 需求类别: '用地', 当前状态: '待派单', 责任部门: '' });

    const xlsx = await download('/api/reports/ledgers/problem?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet('问题台账')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1).slice(0, 5)).toEqual(['编号', '企业名称', '问题类别', '服务事项', '问题']);
    const problems = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
    expect(problems.map((row) => row[0]).sort()).toEqual(['T1', 'T2', 'T3', 'T4', 'H1'].map((name) => t[name]!.code).sort());
    const t2 = problems.find((row) => row[0] === t.T2!.code)!;
    expect(t2).toEqual(expect.arrayContaining(['区财政局', '已解决', '已整改落实', 4, '已办结', '是']));
  });

  it('holds an evaluation: recuses an enterprise with an open ticket, weights the groups, orders rectification below 60', async () => {
    const created = (
      await org.dispatcher
        .post('/api/evaluations', {
          title: '2026年11月测评会',
          periodFrom: '2026-11-01',
          periodTo: '2026-11-30',
          departmentIds: [org.ids.fin, org.ids.hr],
          scorerIds: [org.supervisor.id, org.acme.id, org.rival.id],
        })
        .expect(201)
    ).body;
    expect(created).toMatchObject({ state: 'open', threshold: 60, chainId: org.ids.chain });
    expect((await org.supervisor.inbox()).some((n) => n.type === 'evaluation.opened')).toBe(true);
    const score = (client: Client, departmentId: string, value: number) =>
      client.post(`/api/evaluations/${created.id}/scores`, { departmentId, score: value }).expect(200);
    await score(org.supervisor, org.ids.fin, 70);
    await score(org.supervisor, org.ids.fin, 80); // scoring again replaces
    await score(org.rival, org.ids.fin, 90);
    // acme has T4 open at FIN and T3 open at HR: both its scores are kept and not counted.
    const recused = (await score(org.acme, org.ids.fin, 100)).body;
    expect(recused.scores).toEqual([expect.objectContaining({ score: 100, recused: true, recusalReason: expect.stringContaining(t.T4!.code) })]);
    await score(org.acme, org.ids.hr, 10);
    await score(org.supervisor, org.ids.hr, 50);
    await score(org.rival, org.ids.hr, 40);
    await org.finStaff.post(`/api/evaluations/${created.id}/scores`, { departmentId: org.ids.fin, score: 100 }).expect(403);
    await org.supervisor.post(`/api/evaluations/${created.id}/scores`, { departmentId: empty.id, score: 100 }).expect(400);
    await org.hrStaff.get(`/api/evaluations/${created.id}`).expect(200);
    await org.foreign.get(`/api/evaluations/${created.id}`).expect(404);

    const closed = (await org.dispatcher.post(`/api/evaluations/${created.id}/close`, {}).expect(200)).body;
    const result = (id: string) => closed.departments.find((d: { departmentId: string }) => d.departmentId === id);
    // FIN: supervisors 80, enterprises 90 (acme recused) → 50/50 → 85. HR: 50 and 40 → 45, below 60.
    expect(result(org.ids.fin)).toMatchObject({ result: 85, supervisorMean: 80, enterpriseMean: 90, scores: 2, recused: 1, rectificationId: null });
    expect(result(org.ids.hr)).toMatchObject({ result: 45, supervisorMean: 50, enterpriseMean: 40, scores: 2, recused: 1 });
    expect(result(org.ids.hr).rectificationId).toEqual(expect.any(String));
    await org.supervisor.post(`/api/evaluations/${created.id}/scores`, { departmentId: org.ids.fin, score: 1 }).expect(409);
    await org.dispatcher.post(`/api/evaluations/${created.id}/close`, {}).expect(409);

    // The evaluation enters the scoreboard: FIN (75 + 50 + 66.67 + 85) / 4, HR (0 + 0 + 0 + 45) / 4.
    const board = await scoreboard();
    expect(board.FIN).toMatchObject({ evaluationScore: 85, evaluations: 1, composite: 69.17, rank: 1 });
    expect(board.HR).toMatchObject({ evaluationScore: 45, composite: 11.25, rank: 2 });

    // The rectification order runs on the timers: reminder, deadline, escalation to the leader in charge.
    const orderId = result(org.ids.hr).rectificationId as string;
    const order = (await org.hrStaff.get(`/api/rectifications/${orderId}`).expect(200)).body;
    expect(order).toMatchObject({ state: 'open', score: 45, threshold: 60, availableActions: ['report'] });
    await org.finStaff.get(`/api/rectifications/${orderId}`).expect(404);
    await eventually(async () => (await org.hrStaff.inbox()).some((n) => n.type === 'rectification.reminder'), 15_000, 'the reminder');
    await eventually(
      async () => (await org.hrLeader.inbox()).some((n) => n.type === 'rectification.escalated' && n.rectificationId === orderId),
      15_000,
      'the escalation to the leader in charge',
    );
    expect((await org.hrStaff.get(`/api/rectifications/${orderId}`).expect(200)).body).toMatchObject({ overdue: true, escalationLevel: 1 });

    await org.dispatcher.post(`/api/rectifications/${orderId}/sign-off`, {}).expect(409);
    await org.hrStaff.post(`/api/rectifications/${orderId}/report`, { report: '已建立台账销号制度' }).expect(200);
    const rejected = (await org.dispatcher.post(`/api/rectifications/${orderId}/reject`, { note: '缺少佐证材料' }).expect(200)).body;
    expect(rejected).toMatchObject({ state: 'open', rejections: 1, decisionNote: '缺少佐证材料' });
    await org.hrStaff.post(`/api/rectifications/${orderId}/report`, { report: '补充佐证材料' }).expect(200);
    const signed = (await org.dispatcher.post(`/api/rectifications/${orderId}/sign-off`, { note: '同意销号' }).expect(200)).body;
    expect(signed).toMatchObject({ state: 'signed_off', availableActions: [] });
    const pending = (await app.get(DataSource).query(`SELECT count(*)::int AS n FROM timers WHERE rectification_id = $1 AND status = 'pending'`, [orderId])) as [{ n: number }];
    expect(pending[0].n).toBe(0);
  }, 60_000);

  it('pauses the feedback clock while the enterprise is asked for information, and adds the pause to the deadline', async () => {
    const other = await place(org.foreign);
    await act(org.otherDispatcher, other.id, 'dispatch', { departmentId: org.ids.fin, priority: 'normal' });
    const before = await act(org.finStaff, other.id, 'accept');
    const paused = await act(org.finStaff, other.id, 'request-info', { question: '请补充近三年财务报表' });
    expect(paused).toMatchObject({ state: 'awaiting_info', infoRequest: { question: '请补充近三年财务报表' }, availableActions: [] });
    const timers = (id: string) =>
      app.get(DataSource).query(`SELECT kind, due_at FROM timers WHERE ticket_id = $1 AND status = 'pending' ORDER BY due_at`, [id]) as Promise<{ kind: string; due_at: Date }[]>;
    expect(await timers(other.id)).toEqual([]);
    expect((await org.foreign.inbox()).some((n) => n.type === 'ticket.info_requested' && n.ticketId === other.id)).toBe(true);
    await org.finStaff.post(`/api/tickets/${other.id}/feedback`, { result: 'resolved', content: '先反馈' }).expect(409);
    await sleep(1_200);
    const resumed = await act(org.foreign, other.id, 'provide-info', { answer: '已上传' });
    const events = (await org.otherDispatcher.get(`/api/tickets/${other.id}/events`).expect(200)).body;
    const { pausedMs } = events.at(-1).payload;
    expect(pausedMs).toBeGreaterThanOrEqual(1_200);
    expect(resumed).toMatchObject({ state: 'in_progress', infoRequest: null, pausedSeconds: Math.round(pausedMs / 1000) });
    expect(new Date(resumed.deadlines.feedbackBy).getTime() - new Date(before.deadlines.feedbackBy).getTime()).toBe(pausedMs);
    expect((await timers(other.id)).find((timer) => timer.kind === 'deadline')!.due_at.toISOString()).toBe(resumed.deadlines.feedbackBy);
    expect((await org.finStaff.inbox()).some((n) => n.type === 'ticket.info_provided' && n.ticketId === other.id)).toBe(true);
    expect((await org.otherDispatcher.get(`/api/tickets/${other.id}/events/verify`).expect(200)).body.intact).toBe(true);
  });

  it('applies SLA policies by category and priority, in working days with the year’s overrides', async () => {
    // The next three days are declared holidays: working days skip them.
    const zone = 'Asia/Shanghai';
    const today = new Date();
    const days = [1, 2, 3].map((n) => new Date(today.getTime() + n * 86_400_000).toLocaleDateString('sv-SE', { timeZone: zone }));
    const year = Number(days[0]!.slice(0, 4));
    const holidays = days.filter((d) => d.startsWith(`${year}-`)); // at the end of December the rest is next year's
    await org.dispatcher.put(`/api/calendar/${year}`, { days: [] }).expect(403);
    await org.admin.put(`/api/calendar/${year}`, { days: holidays.map((date) => ({ date, kind: 'holiday', name: '测试' })) }).expect(200);
    const calendar = (await org.dispatcher.get(`/api/calendar/${year}`).expect(200)).body;
    expect(calendar.days).toEqual(expect.arrayContaining([{ date: days[0], kind: 'holiday', name: '测试', source: 'override' }]));
    const policy = (
      await org.admin
        .post('/api/sla-policies', { category: 'permits', priority: 'urgent', deadlines: { accept: { duration: 'PT2H' }, feedback: { workingDays: 3 } }, note: '急件' })
        .expect(201)
    ).body;
    await org.admin.post('/api/sla-policies', { category: 'permits', priority: 'urgent', deadlines: { accept: { duration: 'PT1H' } } }).expect(409);
    const both = await org.admin.post('/api/sla-policies', { category: 'talent', deadlines: { feedback: { duration: 'P1D', workingDays: 2 } } }).expect(400);
    expect(JSON.stringify(both.body)).toContain('deadlines.feedback');
    const none = await org.admin.post('/api/sla-policies', { category: 'talent', deadlines: { feedback: {} } }).expect(400);
    expect(JSON.stringify(none.body)).toContain('deadlines.feedback');
    await org.dispatcher.post('/api/sla-policies', { deadlines: { accept: { duration: 'PT1H' } } }).expect(403);

    const placed = await place(org.acme, { title: '许可', description: '施工许可', category: 'permits' });
    const dispatched = await act(org.dispatcher, placed.id, 'dispatch', { departmentId: org.ids.fin, priority: 'urgent' });
    const at = new Date(dispatched.updatedAt);
    expect(new Date(dispatched.deadlines.acceptBy).getTime() - at.getTime()).toBe(2 * 3600_000);
    const overrides = new Map(holidays.map((date) => [date, { kind: 'holiday' as const, name: null }]));
    expect(dispatched.deadlines.feedbackBy).toBe(new WorkingDays(overrides).addWorkingDays(at, 3, zone).toISOString());
    expect(new Date(dispatched.deadlines.feedbackBy).getTime()).toBeGreaterThan(new WorkingDays().addWorkingDays(at, 3, zone).getTime() - 1);
    // Another priority of the same category falls back to SLA_* (P2D to accept).
    const normal = await act(org.dispatcher, (await place(org.acme, { title: '许可2', description: '施工许可', category: 'permits' })).id, 'dispatch', {
      departmentId: org.ids.fin,
      priority: 'normal',
    });
    expect(new Date(normal.deadlines.acceptBy).getTime() - new Date(normal.updatedAt).getTime()).toBe(2 * 86_400_000);
    await org.admin.delete(`/api/sla-policies/${policy.id}`).expect(204);
    await org.admin.delete(`/api/sla-policies/${policy.id}`).expect(404);
  });

  // Last: it adds 1,500 tickets to the chain.
  it('streams a ledger longer than one page, each ticket once, ties on the creation time included', async () => {
    const ledgerCodes = async () =>
      (parse((await download('/api/reports/ledgers/problem?format=csv')).body as Buffer, { bom: true, columns: true }) as Record<string, string>[]).map(
        (row) => row['编号'],
      );
    const before = (await ledgerCodes()).length;
    // 1,500 copies of T1 with the same created_at: the keyset pages must break ties by id.
    await app.get(DataSource).query(
      `INSERT INTO tickets (code, title, description, category, priority, state, machine, enterprise_id, chain_id, department_id,
                            leader_user_id, dispatch_by, accept_by, feedback_by, rate_by, first_dispatched_at, overdue, escalation_level,
                            return_count, feedback, rating, extension_request, info_request, paused_seconds, created_by, created_at, updated_at, version)
       SELECT code || '-' || g, title, description, category, priority, state, machine, enterprise_id, chain_id, department_id,
              leader_user_id, dispatch_by, accept_by, feedback_by, rate_by, first_dispatched_at, overdue, escalation_level,
              return_count, feedback, rating, extension_request, info_request, paused_seconds, created_by, created_at, updated_at, version
         FROM tickets, generate_series(1, 1500) g WHERE id = $1`,
      [t.T1!.id],
    );
    const codes = await ledgerCodes();
    expect(codes).toHaveLength(before + 1500);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain(`${t.T1!.code}-1500`);
  });
});
