import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ORDER, type Org, place, seedOrganisation, type TestApp, TestStack, timeline } from './harness.js';

/** The whole whistle-to-rating cycle through HTTP, with deadlines long enough not to interfere. */
describe(`the cycle (${TestStack.mode} database)`, () => {
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

  it('places, dispatches, accepts, gives dual feedback and closes on a good rating', async () => {
    const placed = await place(org.acme);
    expect(placed).toMatchObject({
      state: 'placed',
      code: expect.stringMatching(/^PHARMA-\d{4}-\d{6}$/),
      enterpriseId: org.ids.acme,
      chainId: org.ids.chain,
      departmentId: null,
      priority: null,
      overdue: false,
      escalationLevel: 0,
      returnCount: 0,
      feedback: null,
      rating: null,
      availableActions: ['withdraw'],
      version: 1,
    });
    // SLA_DISPATCH defaults to P3D.
    const dispatchBy = new Date(placed.deadlines.dispatchBy).getTime() - new Date(placed.createdAt).getTime();
    expect(dispatchBy).toBe(3 * 24 * 3600 * 1000);
    expect((await org.dispatcher.inbox()).map((n) => [n.type, n.ticketId])).toContainEqual(['ticket.placed', placed.id]);

    const asDispatcher = (await org.dispatcher.get(`/api/tickets/${placed.id}`).expect(200)).body;
    expect(asDispatcher.availableActions).toEqual(['dispatch', 'remind']);

    const dispatched = (
      await org.dispatcher
        .post(`/api/tickets/${placed.id}/dispatch`, { departmentId: org.ids.fin, priority: 'high', category: 'working_capital' })
        .expect(200)
    ).body;
    expect(dispatched).toMatchObject({
      state: 'dispatched',
      departmentId: org.ids.fin,
      leaderUserId: org.finLeader.id,
      priority: 'high',
      category: 'working_capital',
      version: 2,
    });
    expect(dispatched.deadlines.feedbackBy).not.toBeNull();
    expect((await org.finStaff.inbox()).map((n) => n.type)).toContain('ticket.dispatched');

    const accepted = (await org.finStaff.post(`/api/tickets/${placed.id}/accept`, { note: '已组建服务专班' }).expect(200)).body;
    expect(accepted.state).toBe('in_progress');
    expect(accepted.availableActions).toEqual(['feedback', 'request-extension', 'request-info', 'ask-assist']);

    const fed = (
      await org.finStaff.post(`/api/tickets/${placed.id}/feedback`, { result: 'resolved', content: '已对接农商行,授信500万元' }).expect(200)
    ).body;
    expect(fed).toMatchObject({ state: 'feedback_given', feedback: { result: 'resolved', content: '已对接农商行,授信500万元', onTime: true } });
    expect(fed.deadlines.rateBy).not.toBeNull();
    // 双反馈: both the enterprise and the chain committee are told.
    expect((await org.acme.inbox()).filter((n) => n.type === 'ticket.feedback' && n.ticketId === placed.id)).toHaveLength(1);
    expect((await org.dispatcher.inbox()).filter((n) => n.type === 'ticket.feedback' && n.ticketId === placed.id)).toHaveLength(1);

    const closed = (await org.acme.post(`/api/tickets/${placed.id}/rate`, { score: 5, comment: '很满意' }).expect(200)).body;
    expect(closed).toMatchObject({ state: 'closed', rating: { score: 5, comment: '很满意' }, availableActions: [] });
    expect((await org.finStaff.inbox()).map((n) => n.type)).toContain('ticket.rated');

    const events = (await org.acme.get(`/api/tickets/${placed.id}/events`).expect(200)).body;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['placed', 'dispatched', 'accepted', 'feedback_given', 'rated']);
    expect(events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events[1]).toMatchObject({ actorId: org.dispatcher.id, actorRole: 'dispatcher', fromState: 'placed', toState: 'dispatched' });
  });

  it('sends an unsatisfied rating back for rectification (整改) with its own deadline', async () => {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.hr, priority: 'normal' }).expect(200);
    await org.hrStaff.post(`/api/tickets/${ticket.id}/accept`, {}).expect(200);
    await org.hrStaff.post(`/api/tickets/${ticket.id}/feedback`, { result: 'partially_resolved', content: '推荐了10名求职者' }).expect(200);
    const before = Date.now();
    const rectifying = (await org.acme.post(`/api/tickets/${ticket.id}/rate`, { score: 2, comment: '人数不够' }).expect(200)).body;
    expect(rectifying.state).toBe('rectifying');
    // SLA_RECTIFY defaults to P15D, counted from the rating.
    const rectifyIn = new Date(rectifying.deadlines.feedbackBy).getTime() - before;
    expect(Math.abs(rectifyIn - 15 * 24 * 3600 * 1000)).toBeLessThan(60_000);
    await org.hrStaff.post(`/api/tickets/${ticket.id}/feedback`, { result: 'resolved', content: '又推荐了25名' }).expect(200);
    const closed = (await org.acme.post(`/api/tickets/${ticket.id}/rate`, { score: 4 }).expect(200)).body;
    expect(closed.state).toBe('closed');
    expect(await timeline(org.acme, ticket.id)).toEqual([
      'placed', 'dispatched', 'accepted', 'feedback_given', 'rated', 'feedback_given', 'rated',
    ]);
  });

  it('keeps the first dispatch’s feedback deadline across a return and re-dispatch (踢皮球)', async () => {
    const ticket = await place(org.acme);
    const first = (await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200)).body;
    const returned = (
      await org.finStaff.post(`/api/tickets/${ticket.id}/return`, { reason: 'not_our_function', note: '属人社局职能' }).expect(200)
    ).body;
    expect(returned).toMatchObject({ state: 'returned', returnCount: 1, departmentId: null });
    expect((await org.dispatcher.inbox()).filter((n) => n.type === 'ticket.returned' && n.ticketId === ticket.id)).toHaveLength(1);
    // The department that returned it no longer sees it.
    await org.finStaff.get(`/api/tickets/${ticket.id}`).expect(404);

    const again = (await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.hr, priority: 'normal' }).expect(200)).body;
    expect(again.deadlines.feedbackBy).toBe(first.deadlines.feedbackBy);
    expect(again.leaderUserId).toBe(org.hrLeader.id);

    await org.hrStaff.post(`/api/tickets/${ticket.id}/return`, { reason: 'ownership_unclear', note: '权属不清' }).expect(200);
    const override = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
    const third = (
      await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'urgent', feedbackBy: override }).expect(200)
    ).body;
    expect(third).toMatchObject({ returnCount: 2, priority: 'urgent' });
    expect(new Date(third.deadlines.feedbackBy).toISOString()).toBe(override);
  });

  it('moves the feedback deadline when the committee approves an extension (延期)', async () => {
    const ticket = await place(org.acme);
    const dispatched = (await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'low' }).expect(200)).body;
    await org.finStaff.post(`/api/tickets/${ticket.id}/accept`).expect(200);
    const oldDeadline = new Date(dispatched.deadlines.feedbackBy);

    const tooEarly = new Date(oldDeadline.getTime() - 1000).toISOString();
    const refused = await org.finStaff.post(`/api/tickets/${ticket.id}/request-extension`, { until: tooEarly, reason: '需省厅审批' }).expect(400);
    expect(refused.body.message).toMatch(/^until: must be later/);

    const until = new Date(oldDeadline.getTime() + 20 * 24 * 3600 * 1000).toISOString();
    const asked = (await org.finStaff.post(`/api/tickets/${ticket.id}/request-extension`, { until, reason: '需省厅审批' }).expect(200)).body;
    expect(asked).toMatchObject({ state: 'in_progress', extensionRequest: { until, reason: '需省厅审批', requestedBy: org.finStaff.id } });
    expect(asked.availableActions).toEqual(['feedback', 'ask-assist']);
    expect((await org.dispatcher.get(`/api/tickets/${ticket.id}`).expect(200)).body.availableActions).toEqual(['decide-extension', 'remind', 'add-assist']);
    expect((await org.dispatcher.inbox()).map((n) => n.type)).toContain('ticket.extension_requested');

    const decided = (await org.dispatcher.post(`/api/tickets/${ticket.id}/decide-extension`, { approve: true, note: '同意' }).expect(200)).body;
    expect(decided).toMatchObject({ state: 'in_progress', extensionRequest: null });
    expect(new Date(decided.deadlines.feedbackBy).toISOString()).toBe(until);
    expect((await org.finStaff.inbox()).map((n) => n.type)).toContain('ticket.extension_decided');

    // A second request is possible, and a refusal leaves the deadline alone.
    const later = new Date(new Date(until).getTime() + 86_400_000).toISOString();
    await org.finStaff.post(`/api/tickets/${ticket.id}/request-extension`, { until: later, reason: '再延' }).expect(200);
    const refusedExt = (await org.dispatcher.post(`/api/tickets/${ticket.id}/decide-extension`, { approve: false }).expect(200)).body;
    expect(new Date(refusedExt.deadlines.feedbackBy).toISOString()).toBe(until);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/decide-extension`, { approve: true }).expect(409);
  });

  it('lets the enterprise or the commissioner withdraw, and the commissioner order for its chain', async () => {
    const own = await place(org.acme);
    const withdrawn = (await org.acme.post(`/api/tickets/${own.id}/withdraw`, { reason: '问题已自行解决' }).expect(200)).body;
    expect(withdrawn).toMatchObject({ state: 'withdrawn', availableActions: [] });

    const forAcme = await place(org.commissioner, { ...ORDER, enterpriseId: org.ids.acme });
    expect(forAcme).toMatchObject({ enterpriseId: org.ids.acme, chainId: org.ids.chain });
    await org.commissioner.post(`/api/tickets/${forAcme.id}/withdraw`, { reason: '企业撤回' }).expect(200);

    const wrongChain = await org.commissioner.post('/api/tickets', { ...ORDER, enterpriseId: org.ids.foreign }).expect(400);
    expect(wrongChain.body.message).toMatch(/^enterpriseId:/);
    const missing = await org.commissioner.post('/api/tickets', ORDER).expect(400);
    expect(missing.body.message).toMatch(/^enterpriseId: is required/);
    await org.acme.post('/api/tickets', { ...ORDER, enterpriseId: org.ids.rival }).expect(400);
  });

  it('answers 409 with the state and the possible actions when the state does not allow the action', async () => {
    const ticket = await place(org.acme);
    const res = await org.acme.post(`/api/tickets/${ticket.id}/rate`, { score: 5 }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, state: 'placed', availableActions: ['withdraw'], message: expect.stringContaining('rate') });
    const after = (await org.acme.get(`/api/tickets/${ticket.id}`).expect(200)).body;
    expect(after.version).toBe(1);
    expect(await timeline(org.acme, ticket.id)).toEqual(['placed']);
  });

  it('lets exactly one of concurrent dispatches win, round after round; the others get 409', async () => {
    // Two requests sent together are often served one after the other; twenty rounds of three
    // make sure that some of them really overlap in the database.
    const ROUNDS = 20;
    const tickets = await Promise.all(Array.from({ length: ROUNDS }, () => place(org.acme)));
    const departments = [org.ids.fin, org.ids.hr, org.ids.fin];
    await Promise.all(
      tickets.map(async (ticket) => {
        const answers = await Promise.all(
          departments.map((departmentId, i) => org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId, priority: (['high', 'low', 'urgent'] as const)[i] })),
        );
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
        const winner = answers.find((a) => a.status === 200)!.body;
        const after = (await org.dispatcher.get(`/api/tickets/${ticket.id}`).expect(200)).body;
        expect(after).toMatchObject({ state: 'dispatched', departmentId: winner.departmentId, priority: winner.priority, version: 2 });
        expect(await timeline(org.dispatcher, ticket.id)).toEqual(['placed', 'dispatched']);
      }),
    );
  });

  it('lets the committee chase (催办) whoever must act', async () => {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'urgent' }).expect(200);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/remind`, { note: '请尽快接单' }).expect(200);
    expect((await org.finStaff.inbox()).filter((n) => n.type === 'ticket.reminded' && n.ticketId === ticket.id)).toHaveLength(1);
    expect(await timeline(org.dispatcher, ticket.id)).toEqual(['placed', 'dispatched', 'reminded']);
  });

  it('marks notifications read', async () => {
    const [first] = await org.acme.inbox();
    expect(first).toBeDefined();
    const read = (await org.acme.post(`/api/notifications/${first!.id}/read`).expect(200)).body;
    expect(read.readAt).not.toBeNull();
    const unread = (await org.acme.get('/api/notifications?unread=true').expect(200)).body;
    expect(unread.map((n: { id: string }) => n.id)).not.toContain(first!.id);
    await org.rival.post(`/api/notifications/${first!.id}/read`).expect(404);
  });

  it('pages and filters the ticket list', async () => {
    // An enterprise of its own, so that what the list should hold is exactly known: five orders,
    // two at the HR bureau (one of them closed), one at the finance bureau, two not dispatched.
    const enterprise = (await org.admin.post('/api/enterprises', { name: '分页测试企业', chainId: org.ids.chain, tier: 'member' }).expect(201)).body;
    await org.admin.post('/api/users', { username: 'paging.e', password: 'password-123', role: 'enterprise', enterpriseId: enterprise.id }).expect(201);
    const orderer = await app.login('paging.e', 'password-123');
    const placed: { id: string }[] = [];
    for (let i = 0; i < 5; i++) placed.push(await place(orderer, { ...ORDER, title: `分页${i}` }));
    const [hr1, hr2, fin] = placed.map((t) => t.id);
    for (const [id, departmentId] of [[hr1, org.ids.hr], [hr2, org.ids.hr], [fin, org.ids.fin]] as const) {
      await org.dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId, priority: 'normal' }).expect(200);
    }
    await org.hrStaff.post(`/api/tickets/${hr1}/accept`).expect(200);
    await org.hrStaff.post(`/api/tickets/${hr1}/feedback`, { result: 'resolved', content: '已对接' }).expect(200);
    await orderer.post(`/api/tickets/${hr1}/rate`, { score: 5 }).expect(200);

    const list = async (query: string) => (await org.dispatcher.get(`/api/tickets?enterpriseId=${enterprise.id}&${query}`).expect(200)).body;
    const ids = (page: { items: { id: string }[] }) => page.items.map((t) => t.id).sort();
    const pages = [await list('pageSize=2&page=1'), await list('pageSize=2&page=2'), await list('pageSize=2&page=3')];
    expect(pages.map((p) => [p.page, p.pageSize, p.items.length, p.total, p.totalExact])).toEqual([[1, 2, 2, 5, true], [2, 2, 2, 5, true], [3, 2, 1, 5, true]]);
    expect(pages.flatMap(ids).sort()).toEqual(placed.map((t) => t.id).sort()); // every order once, on one page
    expect(ids(await list(`departmentId=${org.ids.hr}`))).toEqual([hr1, hr2].sort());
    expect(ids(await list(`departmentId=${org.ids.fin}`))).toEqual([fin]);
    expect(ids(await list('state=closed'))).toEqual([hr1]);
    expect(ids(await list('state=placed'))).toEqual([placed[3]!.id, placed[4]!.id].sort());
    expect(ids(await list(`state=dispatched&departmentId=${org.ids.hr}`))).toEqual([hr2]);
  });

  it('counts a list exactly up to 10,000 tickets and estimates beyond', async () => {
    const ticket = await place(org.acme, { ...ORDER, title: '万张工单之一' });
    await app.get(DataSource).query(
      `INSERT INTO tickets SELECT (jsonb_populate_record(t, jsonb_build_object('id', gen_random_uuid(), 'code', t.code || '-' || g))).*
         FROM tickets t, generate_series(1, 10000) g WHERE t.id = $1`,
      [ticket.id],
    );
    await app.get(DataSource).query('ANALYZE tickets');
    const many = (await org.acme.get('/api/tickets?pageSize=5&category=' + ticket.category).expect(200)).body;
    expect(many.items).toHaveLength(5);
    expect(many.totalExact).toBe(false);
    expect(many.total).toBeGreaterThan(10_000);
    expect(many.total).toBeLessThan(20_000); // the planner's estimate, near the 10,001 there are
    // The next page of the same list reuses the estimate: neither counted nor planned again.
    const queries = jest.spyOn(app.get(DataSource), 'query');
    const next = (await org.acme.get('/api/tickets?pageSize=5&page=2&category=' + ticket.category).expect(200)).body;
    expect(next).toMatchObject({ total: many.total, totalExact: false, page: 2 });
    expect(next.items).toHaveLength(5);
    expect(next.items.map((t: { id: string }) => t.id)).not.toContain(many.items[0].id);
    const sql = queries.mock.calls.map(([text]) => String(text));
    expect(sql.some((text) => text.includes('count(*)') || text.startsWith('EXPLAIN'))).toBe(false);
    queries.mockRestore();
    const few = (await org.acme.get('/api/tickets?state=closed').expect(200)).body;
    const [{ n }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM tickets WHERE enterprise_id = $1 AND state = 'closed'`, [org.ids.acme]);
    expect(few).toMatchObject({ total: n, totalExact: true });
  });
});
