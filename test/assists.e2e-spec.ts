import { type Client, eventually, type Org, place, seedOrganisation, type TestApp, TestStack, timeline } from './harness.js';

/**
 * Lead and assisting departments (主办 / 协办, issue 16 part 2) through HTTP: 财政局 (fin) leads,
 * 人社局 (hr) assists. Orders of priority `low` run their parts on a 3-second deadline (an SLA
 * policy), the others on SLA_ASSIST's ten days.
 */
describe(`lead and assisting departments (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
    await org.admin.post('/api/sla-policies', { priority: 'low', deadlines: { assist: { duration: 'PT3S' } } }).expect(201);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const ids = (page: { items: { id: string }[] }) => page.items.map((t) => t.id);
  const notices = async (client: Client, ticketId: string, type: string) => (await client.inbox()).filter((n) => n.ticketId === ticketId && n.type === type);

  /** An order dispatched to fin with hr assisting, accepted by fin. */
  async function assisted(priority = 'normal'): Promise<string> {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority, assistingDepartmentIds: [org.ids.hr] }).expect(200);
    await org.finStaff.post(`/api/tickets/${ticket.id}/accept`).expect(200);
    return ticket.id;
  }

  it('asks the assisting department, which sees the order in its 协办 list and may act only on its part', async () => {
    const id = await assisted();
    const seen = (await org.hrStaff.get(`/api/tickets/${id}`).expect(200)).body;
    expect(seen.assists).toEqual([
      expect.objectContaining({ departmentId: org.ids.hr, state: 'requested', content: null, onTime: null, acceptedAt: null, at: null }),
    ]);
    // Ten days (SLA_ASSIST) from the dispatch.
    const due = new Date(seen.assists[0].dueBy).getTime() - new Date(seen.assists[0].requestedAt).getTime();
    expect(due).toBe(10 * 86_400_000);
    expect(seen.availableActions).toEqual(['assist-accept', 'assist-decline']);
    expect(await notices(org.hrStaff, id, 'ticket.assist_requested')).toHaveLength(1);

    // The lead's list is the lead's; the 协办 list is the parts.
    expect(ids((await org.hrStaff.get('/api/tickets').expect(200)).body)).not.toContain(id);
    expect(ids((await org.hrStaff.get('/api/tickets?assist=open').expect(200)).body)).toContain(id);
    expect(ids((await org.finStaff.get('/api/tickets?assist=open').expect(200)).body)).not.toContain(id);
    expect((await org.hrStaff.get('/api/tickets/counts').expect(200)).body.assistOpen).toBeGreaterThanOrEqual(1);
    // The assisting department's leader sees it too, in its 协办 list; the committee's lists every owed part; nobody else sees it.
    await org.hrLeader.get(`/api/tickets/${id}`).expect(200);
    expect(ids((await org.hrLeader.get('/api/tickets?assist=open').expect(200)).body)).toContain(id);
    expect(ids((await org.hrLeader.get('/api/tickets').expect(200)).body)).not.toContain(id);
    expect(ids((await org.finLeader.get('/api/tickets?assist=open').expect(200)).body)).not.toContain(id);
    expect(ids((await org.dispatcher.get('/api/tickets?assist=open').expect(200)).body)).toContain(id);
    expect(ids((await org.dispatcher.get('/api/tickets?assist=all').expect(200)).body)).toContain(id);
    expect((await org.hrLeader.get('/api/tickets/counts').expect(200)).body.assistOpen).toBeGreaterThanOrEqual(1);
    await org.rival.get(`/api/tickets/${id}`).expect(404);

    // Not the lead's actions.
    const refused = await org.hrStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '越权' }).expect(403);
    expect(refused.body.message).toMatch(/lead department/);
    await org.hrStaff.post(`/api/tickets/${id}/request-info`, { question: '?' }).expect(403);
    // Nor a part it does not have: the lead has none.
    await org.finStaff.post(`/api/tickets/${id}/assist/accept`, {}).expect(403);
    // A part is accepted before it is given.
    await org.hrStaff.post(`/api/tickets/${id}/assist/give`, { content: '意见' }).expect(409);
  });

  it('holds the lead’s feedback until the part is given, then shows the part in the feedback (双反馈)', async () => {
    const id = await assisted();
    const lead = (await org.finStaff.get(`/api/tickets/${id}`).expect(200)).body;
    expect(lead.availableActions).not.toContain('feedback');
    const early = await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已办结' }).expect(409);
    expect(early.body.state).toBe('in_progress');

    await org.hrStaff.post(`/api/tickets/${id}/assist/accept`, {}).expect(200);
    const given = (await org.hrStaff.post(`/api/tickets/${id}/assist/give`, { content: '经核查,符合就业补贴条件' }).expect(200)).body;
    expect(given.assists[0]).toMatchObject({ state: 'given', content: '经核查,符合就业补贴条件', onTime: true });
    expect(given.availableActions).toEqual([]);
    expect(await notices(org.finStaff, id, 'ticket.assisted')).toHaveLength(1);
    expect(await notices(org.dispatcher, id, 'ticket.assisted')).toHaveLength(1);

    const answered = (await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已会同人社局办结' }).expect(200)).body;
    expect(answered.feedback.assists).toEqual([{ departmentId: org.ids.hr, state: 'given', content: '经核查,符合就业补贴条件', onTime: true }]);
    expect((await org.acme.get(`/api/tickets/${id}`).expect(200)).body.feedback.assists).toHaveLength(1);
    expect(await timeline(org.dispatcher, id)).toEqual(['placed', 'dispatched', 'accepted', 'assist_accepted', 'assisted', 'feedback_given']);
    expect((await org.dispatcher.get(`/api/tickets/${id}/events/verify`).expect(200)).body.intact).toBe(true);
  });

  it('lets the assisting department decline with a coded reason the committee sees', async () => {
    const id = await assisted();
    const bad = await org.hrStaff.post(`/api/tickets/${id}/assist/decline`, { reason: 'because', note: '' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['note', 'reason']);
    const declined = (await org.hrStaff.post(`/api/tickets/${id}/assist/decline`, { reason: 'not_our_function', note: '不属人社职能' }).expect(200)).body;
    expect(declined.assists[0]).toMatchObject({ state: 'declined', declineReason: 'not_our_function', declineNote: '不属人社职能' });
    const [notice] = await notices(org.dispatcher, id, 'ticket.assist_declined');
    expect(notice).toMatchObject({ params: { reason: 'not_our_function', note: '不属人社职能', departmentId: org.ids.hr } });
    // The lead no longer waits.
    expect((await org.finStaff.get(`/api/tickets/${id}`).expect(200)).body.availableActions).toContain('feedback');
    await org.hrStaff.post(`/api/tickets/${id}/assist/decline`, { reason: 'other', note: '再次' }).expect(409);
  });

  it('lets the lead ask the committee for help, and the committee add a department (each once, never the lead)', async () => {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal', assistingDepartmentIds: [org.ids.fin] }).expect(400);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal', assistingDepartmentIds: [org.ids.hr, org.ids.hr] }).expect(400);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${ticket.id}/assist/ask`, { reason: '需人社局认定' }).expect(409); // not accepted yet
    await org.finStaff.post(`/api/tickets/${ticket.id}/accept`).expect(200);
    await org.finStaff.post(`/api/tickets/${ticket.id}/assist/ask`, { reason: '需人社局认定就业人数', departmentId: org.ids.hr }).expect(200);
    const [asked] = await notices(org.dispatcher, ticket.id, 'ticket.assist_asked');
    expect(asked).toMatchObject({ params: { note: '需人社局认定就业人数', departmentId: org.ids.hr } });
    await org.hrStaff.post(`/api/tickets/${ticket.id}/assist/ask`, { reason: 'x' }).expect(404); // hr sees nothing yet

    const lead = await org.dispatcher.post(`/api/tickets/${ticket.id}/assist/add`, { departmentIds: [org.ids.fin] }).expect(400);
    expect(lead.body.errors[0].field).toBe('departmentIds');
    await org.finStaff.post(`/api/tickets/${ticket.id}/assist/add`, { departmentIds: [org.ids.hr] }).expect(403);
    const added = (await org.dispatcher.post(`/api/tickets/${ticket.id}/assist/add`, { departmentIds: [org.ids.hr] }).expect(200)).body;
    expect(added.assists).toEqual([expect.objectContaining({ departmentId: org.ids.hr, state: 'requested' })]);
    expect(await notices(org.hrStaff, ticket.id, 'ticket.assist_requested')).toHaveLength(1);
    const again = await org.dispatcher.post(`/api/tickets/${ticket.id}/assist/add`, { departmentIds: [org.ids.hr] }).expect(400);
    expect(again.body.errors[0]).toMatchObject({ field: 'departmentIds' });
    expect((await org.finStaff.get(`/api/tickets/${ticket.id}`).expect(200)).body.availableActions).not.toContain('feedback');
  });

  it('ends the parts when the lead returns the whole order (退单)', async () => {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal', assistingDepartmentIds: [org.ids.hr] }).expect(200);
    await org.hrStaff.post(`/api/tickets/${ticket.id}/assist/accept`, {}).expect(200);
    const returned = (await org.finStaff.post(`/api/tickets/${ticket.id}/return`, { reason: 'not_our_function', note: '应由人社局主办' }).expect(200)).body;
    expect(returned.assists).toEqual([]);
    await org.hrStaff.get(`/api/tickets/${ticket.id}`).expect(404);
    // Re-dispatched with hr leading: a fresh start, no parts.
    const again = (await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.hr, priority: 'normal' }).expect(200)).body;
    expect(again.assists).toEqual([]);
    expect((await org.hrStaff.get(`/api/tickets/${ticket.id}`).expect(200)).body.availableActions).toEqual(['accept', 'return']);
  });

  it('runs a part’s deadline: when it passes the lead may answer and the assisting department’s leader is escalated to', async () => {
    const id = await assisted('low');
    const late = await eventually(async () => {
      const t = (await org.finStaff.get(`/api/tickets/${id}`).expect(200)).body;
      return t.assists[0].onTime === false && t;
    }, 20_000, 'the part’s deadline');
    expect(late.availableActions).toContain('feedback');
    expect(late.overdue).toBe(false); // the lead's own deadline is a month away
    const escalated = await eventually(async () => (await notices(org.hrLeader, id, 'ticket.escalated')).at(0), 20_000, 'level 1 to the leader of hr');
    expect(escalated).toMatchObject({ params: { level: 1, departmentId: org.ids.hr } });
    expect(await notices(org.finLeader, id, 'ticket.escalated')).toEqual([]);
    const types = await timeline(org.dispatcher, id);
    expect(types.filter((t) => t === 'assist_deadline_passed')).toHaveLength(1);
    expect(types.filter((t) => t === 'assist_escalated')).toHaveLength(1);
    // A late contribution is still taken, and counted late.
    await org.hrStaff.post(`/api/tickets/${id}/assist/accept`, {}).expect(200);
    const given = (await org.hrStaff.post(`/api/tickets/${id}/assist/give`, { content: '迟到的意见' }).expect(200)).body;
    expect(given.assists[0]).toMatchObject({ state: 'given', onTime: false });
  });

  it('counts assisting work on the scoreboard and in the problem ledger', async () => {
    const board = (await org.dispatcher.get(`/api/reports/departments?chainId=${org.ids.chain}`).expect(200)).body;
    const hr = board.departments.find((d: { departmentId: string }) => d.departmentId === org.ids.hr);
    // Asked: the first test's (open), the second's (given on time), the decline, the added one (open),
    // the deadline test's (given late); the returned order's part does not count.
    expect(hr).toMatchObject({ assists: 5, assistsDue: 2, assistsOnTime: 1, onTimeAssistRate: 50, assistDeclines: 1 });
    const fin = board.departments.find((d: { departmentId: string }) => d.departmentId === org.ids.fin);
    expect(fin).toMatchObject({ assists: 0, onTimeAssistRate: null });

    const csv = (await org.dispatcher.get(`/api/reports/ledgers/problem?chainId=${org.ids.chain}&format=csv`).expect(200)).text;
    expect(csv.split('\n')[0]).toContain('协办部门,协办意见');
    expect(csv).toContain('区人社局(已按时反馈)');
    expect(csv).toContain('区人社局：经核查,符合就业补贴条件');
    expect(csv).toContain('区人社局(已拒绝)');
  });
});
