import request from 'supertest';
import { DataSource } from 'typeorm';
import { ORDER, type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/** What the web console reads besides the engine's own routes: meta, me, the inbox's wording, the directory, the queues. */
describe(`the console's API (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const db = () => app.get(DataSource);

  it('tells the console the deployment before login: version, SLA_TIMEZONE, the server clock, default deadlines', async () => {
    const before = Date.now();
    const meta = (await request(app.http).get('/api/meta').expect(200)).body;
    expect(meta).toMatchObject({
      name: 'whistle',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      timeZone: 'Asia/Shanghai',
      defaultLocale: 'zh-CN',
      locales: ['zh-CN', 'en-US'],
      dueSoonWithin: 'P3D',
      sla: { dispatch: 'P3D', accept: 'P2D', feedback: 'P1M', rectify: 'P15D', rate: 'P15D', remindBefore: ['P7D', 'P1D'], escalateAfter: ['PT0S', 'P7D', 'P14D'] },
    });
    expect(new Date(meta.serverTime).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('answers who is signed in, with the bindings of the role', async () => {
    const me = (await org.acme.get('/api/auth/me').expect(200)).body;
    expect(me).toEqual({
      id: org.acme.id,
      username: 'acme',
      role: 'enterprise',
      displayName: null,
      chainId: org.ids.chain,
      enterpriseId: org.ids.acme,
      departmentId: null,
      mustChangePassword: false,
    });
    expect((await org.finStaff.get('/api/auth/me').expect(200)).body).toMatchObject({ role: 'department', departmentId: org.ids.fin, chainId: null });
    expect((await org.admin.get('/api/auth/me').expect(200)).body).toMatchObject({ role: 'admin', displayName: 'Administrator' });
    await app.client().get('/api/auth/me').expect(401);
  });

  it('gives each notice what a sentence in the reader’s language needs, counts the unread, marks all read', async () => {
    // A fresh dispatcher: an inbox of its own.
    await org.admin.post('/api/users', { username: 'inbox.dispatcher', password: 'password-123', role: 'dispatcher', chainId: org.ids.chain }).expect(201);
    const dispatcher = await app.login('inbox.dispatcher');
    expect((await dispatcher.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });

    const ticket = await place(org.acme, { ...ORDER, title: '用工招聘' });
    await dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'urgent' }).expect(200);
    await org.finStaff.post(`/api/tickets/${ticket.id}/return`, { reason: 'not_our_area', note: '属地不符' }).expect(200);
    const inbox = await dispatcher.inbox();
    expect(inbox.map((n) => n.type)).toEqual(['ticket.returned', 'ticket.placed']);
    expect(inbox[0]).toMatchObject({
      ticketId: ticket.id,
      ticketCode: ticket.code,
      ticketTitle: '用工招聘',
      rectificationCode: null,
      evaluationTitle: null,
      params: { reason: 'not_our_area' },
      readAt: null,
    });
    expect(inbox[1]).toMatchObject({ ticketCode: ticket.code, params: { enterpriseName: '常德制药' } });
    const dispatched = (await org.finStaff.inbox()).find((n) => n.type === 'ticket.dispatched' && n.ticketId === ticket.id);
    expect(dispatched).toMatchObject({ params: { priority: 'urgent' } });

    expect((await dispatcher.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 2 });
    const read = (await dispatcher.post(`/api/notifications/${inbox[1]!.id}/read`).expect(200)).body;
    expect(read).toMatchObject({ id: inbox[1]!.id, ticketCode: ticket.code, readAt: expect.any(String) });
    expect((await dispatcher.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 1 });
    expect((await dispatcher.post('/api/notifications/read-all').expect(200)).body).toEqual({ read: 1 });
    expect((await dispatcher.post('/api/notifications/read-all').expect(200)).body).toEqual({ read: 0 });
    expect((await dispatcher.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
    expect((await dispatcher.get('/api/notifications?unread=true').expect(200)).body).toEqual([]);
    // Another user's count is its own.
    expect((await org.finStaff.get('/api/notifications/unread-count').expect(200)).body.unread).toBeGreaterThan(0);
  });

  it('names the evaluation and the rectification order in their notices, with the score and threshold', async () => {
    const evaluation = (
      await org.dispatcher
        .post('/api/evaluations', { title: '十一月测评会', periodFrom: '2026-11-01', periodTo: '2026-11-30', departmentIds: [org.ids.hr], scorerIds: [org.supervisor.id] })
        .expect(201)
    ).body;
    const opened = (await org.supervisor.inbox()).find((n) => n.type === 'evaluation.opened');
    expect(opened).toMatchObject({ evaluationTitle: '十一月测评会', params: { departments: 1 } });
    await org.supervisor.post(`/api/evaluations/${evaluation.id}/scores`, { departmentId: org.ids.hr, score: 40 }).expect(200);
    await org.dispatcher.post(`/api/evaluations/${evaluation.id}/close`, {}).expect(200);
    const ordered = (await org.hrStaff.inbox()).find((n) => n.type === 'rectification.ordered');
    expect(ordered).toMatchObject({
      evaluationTitle: '十一月测评会',
      rectificationCode: expect.any(String),
      params: { score: 40, threshold: 60, dueBy: expect.any(String) },
    });
    expect((await org.hrStaff.inbox()).find((n) => n.type === 'evaluation.closed')).toMatchObject({ params: { score: 40 } });
  });

  it('gives every role the names behind the ids it meets, and no more', async () => {
    const directory = async (client: (typeof org)['acme']) => (await client.get('/api/directory').expect(200)).body;
    const asAcme = await directory(org.acme);
    expect(asAcme.chains.map((c: { code: string }) => c.code)).toEqual(['EQUIP', 'PHARMA']);
    expect(asAcme.departments).toContainEqual({ id: org.ids.fin, name: '区财政局', code: 'FIN', leaderUserId: org.finLeader.id, leaderName: 'leader.fin', active: true });
    expect(asAcme.enterprises).toEqual([{ id: org.ids.acme, name: '常德制药', chainId: org.ids.chain, tier: 'leader', active: true }]);
    expect(asAcme.leaders.map((l: { username: string }) => l.username)).toEqual(['leader.fin', 'leader.hr']);
    expect(asAcme.scorers).toEqual([]);

    const asDispatcher = await directory(org.dispatcher);
    expect(asDispatcher.enterprises.map((e: { id: string }) => e.id).sort()).toEqual([org.ids.acme, org.ids.rival].sort());
    // Supervisors of its chain or of all chains, the enterprise users of its chain: never another chain's.
    expect(asDispatcher.scorers.map((s: { username: string }) => s.username).sort()).toEqual(['acme', 'rival', 'supervisor']);
    expect(asDispatcher.scorers.find((s: { username: string }) => s.username === 'acme')).toEqual({
      id: org.acme.id,
      username: 'acme',
      displayName: null,
      role: 'enterprise',
      enterpriseId: org.ids.acme,
      chainId: org.ids.chain,
    });

    expect((await directory(org.otherSupervisor)).enterprises.map((e: { id: string }) => e.id)).toEqual([org.ids.foreign]);
    expect((await directory(org.supervisor)).enterprises).toHaveLength(3);
    expect((await directory(org.finStaff)).enterprises).toHaveLength(3);
    expect((await directory(org.finLeader)).scorers).toEqual([]);
    expect((await directory(org.admin)).scorers.map((s: { username: string }) => s.username)).toContain('other.supervisor');
    // The admin's collections stay the admin's.
    await org.dispatcher.get('/api/users').expect(403);
    await app.client().get('/api/directory').expect(401);
  });

  describe('the dispatcher’s queues', () => {
    /** A chain of its own, so the counts are exact. */
    let q: { dispatcher: (typeof org)['acme']; enterprise: (typeof org)['acme']; chain: string };
    const tickets: Record<string, { id: string; code: string }> = {};

    beforeAll(async () => {
      const create = async (path: string, body: object) => (await org.admin.post(path, body).expect(201)).body;
      const chain = await create('/api/chains', { name: '轻工食品产业链', code: 'FOOD' });
      const enterprise = await create('/api/enterprises', { name: '常德烟草', chainId: chain.id, tier: 'core' });
      await create('/api/users', { username: 'food.dispatch', password: 'password-123', role: 'dispatcher', chainId: chain.id });
      await create('/api/users', { username: 'food.e1', password: 'password-123', role: 'enterprise', enterpriseId: enterprise.id });
      q = { dispatcher: await app.login('food.dispatch'), enterprise: await app.login('food.e1'), chain: chain.id };
      const order = async (name: string) => (tickets[name] = await place(q.enterprise, { ...ORDER, title: name }));
      const dispatch = (name: string, priority: string, departmentId = org.ids.fin) =>
        q.dispatcher.post(`/api/tickets/${tickets[name]!.id}/dispatch`, { departmentId, priority }).expect(200);
      await order('placed');
      await order('returned');
      await dispatch('returned', 'normal');
      await org.finStaff.post(`/api/tickets/${tickets.returned!.id}/return`, { reason: 'not_our_function', note: '非本部门职能' }).expect(200);
      await order('low');
      await dispatch('low', 'low');
      await order('urgent');
      await dispatch('urgent', 'urgent');
      await org.finStaff.post(`/api/tickets/${tickets.urgent!.id}/accept`, {}).expect(200);
      await order('escalated');
      await dispatch('escalated', 'high', org.ids.hr);
      await org.hrStaff.post(`/api/tickets/${tickets.escalated!.id}/accept`, {}).expect(200);
      await order('withdrawn');
      await q.enterprise.post(`/api/tickets/${tickets.withdrawn!.id}/withdraw`, { reason: '已自行解决' }).expect(200);
      // Deadlines as the clock would have made them: one due within a day, one passed and escalated
      // (the timers are the deadlines tests' business; here only the lists' reading of the columns).
      await db().query(`UPDATE tickets SET feedback_by = now() + interval '20 hours' WHERE id = $1`, [tickets.urgent!.id]);
      await db().query(`UPDATE tickets SET feedback_by = now() - interval '1 day', overdue = true, escalation_level = 2 WHERE id = $1`, [tickets.escalated!.id]);
      await db().query(`UPDATE tickets SET overdue = true, escalation_level = 1 WHERE id = $1`, [tickets.withdrawn!.id]);
    });

    const titles = async (path: string) => {
      const page = (await q.dispatcher.get(path).expect(200)).body;
      return page.items.map((t: { title: string }) => t.title);
    };

    it('lists several states at once, the escalated, the open and those due within a window', async () => {
      expect((await titles('/api/tickets?states=placed,returned&sort=deadline')).sort()).toEqual(['placed', 'returned']);
      expect(await titles('/api/tickets?escalated=true&open=true')).toEqual(['escalated']);
      expect((await titles('/api/tickets?escalated=true')).sort()).toEqual(['escalated', 'withdrawn']);
      expect(await titles('/api/tickets?open=false')).toEqual(['withdrawn']);
      expect(await titles('/api/tickets?dueWithin=P1D')).toEqual(['urgent']);
      expect(await titles('/api/tickets?dueWithin=PT1H')).toEqual([]);
      const page = (await q.dispatcher.get('/api/tickets?states=in_progress&state=in_progress&pageSize=1').expect(200)).body;
      expect(page).toMatchObject({ total: 2, totalExact: true, pageSize: 1 });
    });

    it('sorts by the current deadline, by urgency and by escalation; the default stays newest first', async () => {
      expect(await titles('/api/tickets')).toEqual(['withdrawn', 'escalated', 'urgent', 'low', 'returned', 'placed']);
      // Overdue first; the placed and returned orders' dispatch deadlines (3 days) before the
      // dispatched one's accept deadline (2 days after its later dispatch) is not given: compare by value.
      const byDeadline = (await q.dispatcher.get('/api/tickets?sort=deadline').expect(200)).body.items as { title: string; deadlines: { current: string | null } }[];
      expect(byDeadline[0]!.title).toBe('escalated');
      expect(byDeadline[1]!.title).toBe('urgent');
      expect(byDeadline.at(-1)!.title).toBe('withdrawn');
      const open = byDeadline.slice(0, -1).map((t) => new Date(t.deadlines.current!).getTime());
      expect(open).toEqual([...open].sort((a, b) => a - b));
      // A return keeps the priority it was dispatched with (normal); never dispatched comes last.
      expect(await titles('/api/tickets?sort=priority&open=true')).toEqual(['urgent', 'escalated', 'returned', 'low', 'placed']);
      expect((await titles('/api/tickets?sort=escalation')).slice(0, 2)).toEqual(['escalated', 'withdrawn']);
      // Pages of a sorted list do not overlap and end where the list does.
      const pages = [1, 2, 3].map((page) => titles(`/api/tickets?sort=priority&pageSize=2&page=${page}`));
      expect((await Promise.all(pages)).flat()).toEqual(await titles('/api/tickets?sort=priority'));
    });

    it('shows the deadline running now, and whose it is', async () => {
      const get = async (name: string) => (await q.dispatcher.get(`/api/tickets/${tickets[name]!.id}`).expect(200)).body.deadlines;
      const placed = await get('placed');
      expect(placed).toMatchObject({ currentStage: 'dispatch', current: placed.dispatchBy });
      const low = await get('low');
      expect(low).toMatchObject({ currentStage: 'accept', current: low.acceptBy });
      const urgent = await get('urgent');
      expect(urgent).toMatchObject({ currentStage: 'feedback', current: urgent.feedbackBy });
      expect(await get('withdrawn')).toMatchObject({ currentStage: null, current: null });
    });

    it('counts the queues in one answer, each as its list would', async () => {
      const counts = (await q.dispatcher.get('/api/tickets/counts').expect(200)).body;
      expect(counts).toEqual({
        toDispatch: 2,
        assistOpen: 0,
        awaitingAcceptance: 1,
        inProgress: 2,
        // 20 hours to feedback, 2 days to accept, 3 days to dispatch (twice): all within P3D.
        dueSoon: 4,
        overdue: 1,
        escalated: 1,
        feedbackGiven: 0,
        open: 5,
        dueSoonWithin: 'P3D',
        at: expect.any(String),
      });
      expect((await q.dispatcher.get('/api/tickets/counts?dueSoonWithin=PT1H').expect(200)).body.dueSoon).toBe(0);
      expect((await q.dispatcher.get('/api/tickets/counts?dueSoonWithin=P1D').expect(200)).body.dueSoon).toBe(1);
      // Each count is the total of its list.
      const total = async (path: string) => (await q.dispatcher.get(path).expect(200)).body.total;
      expect(await total('/api/tickets?states=placed,returned')).toBe(counts.toDispatch);
      expect(await total('/api/tickets?states=in_progress,awaiting_info,rectifying')).toBe(counts.inProgress);
      expect(await total('/api/tickets?dueWithin=P3D')).toBe(counts.dueSoon);
      expect(await total('/api/tickets?overdue=true&open=true')).toBe(counts.overdue);
      // The department's counts are over what it sees.
      const fin = (await org.finStaff.get('/api/tickets/counts').expect(200)).body;
      const finOpen = await db().query(`SELECT count(*)::int AS n FROM tickets WHERE department_id = $1 AND state NOT IN ('closed', 'withdrawn')`, [org.ids.fin]);
      expect(fin.open).toBe(finOpen[0].n);
    });

    it('says which query value is wrong', async () => {
      const fields = async (path: string) => (await q.dispatcher.get(path).expect(400)).body.errors.map((e: { field: string }) => e.field);
      expect(await fields('/api/tickets?states=placed,bogus')).toEqual(['states']);
      expect(await fields('/api/tickets?states=')).toEqual(['states']);
      expect(await fields('/api/tickets?sort=urgency')).toEqual(['sort']);
      expect(await fields('/api/tickets?dueWithin=three-days')).toEqual(['dueWithin']);
      expect(await fields('/api/tickets?dueWithin=-P1D')).toEqual(['dueWithin']);
      expect(await fields('/api/tickets?escalated=yes')).toEqual(['escalated']);
      expect(await fields('/api/tickets/counts?dueSoonWithin=P5Y')).toEqual(['dueSoonWithin']);
    });
  });
});
