import { type Org, place, seedOrganisation, type TestApp, TestStack, timeline } from './harness.js';

/**
 * Repeat problems (每月一题, issue 16 part 4) through HTTP: the committee opening an order sees
 * the chain's earlier orders that look like it, with who handled each and how it was rated; it
 * links a repeat; the month's report lists the most repeated problems and catalogue items.
 */
describe(`repeat problems (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  const order = (title: string, description: string, category = 'financing') => ({ title, description, category });
  const similar = async (id: string) => (await org.dispatcher.get(`/api/tickets/${id}/similar`).expect(200)).body as { ticket: { id: string; departmentId: string | null; rating: number | null }; score: number }[];

  let refund: string;
  let hiring: string;
  let loan: string;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
    // Earlier orders of the chain: the tax refund (handled by fin, rated 4), the hiring, a loan; and filler that shares only common words.
    refund = (await place(org.acme, order('出口退税到账慢', '企业出口退税申报已两个月,退税款仍未到账,影响资金周转,希望协调加快办理。'))).id;
    await org.dispatcher.post(`/api/tickets/${refund}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${refund}/accept`).expect(200);
    await org.finStaff.post(`/api/tickets/${refund}/feedback`, { result: 'resolved', content: '已协调税务部门加快审核。' }).expect(200);
    await org.acme.post(`/api/tickets/${refund}/rate`, { score: 4 }).expect(200);
    hiring = (await place(org.acme, order('数控工人招聘难', '数控操作工缺口30人,希望协助对接职业院校,企业愿意提供实习岗位。', 'hiring'))).id;
    loan = (await place(org.rival, order('流动资金贷款', '扩产需要流动资金500万元,希望对接银行,企业资金周转紧张。'))).id;
    for (const [i, text] of ['希望协调办理,企业很着急。', '企业希望尽快协调,办理进度慢。', '希望政府协调解决企业困难。'].entries()) {
      await place(org.rival, order(`其他诉求${i}`, text, 'other'));
    }
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('shows the committee the earlier order that looks like a new one first, with its department and rating', async () => {
    const repeat = (await place(org.rival, order('退税款迟迟不到账', '出口退税申报后两个多月了,退税款一直没有到账,请帮忙催一下。'))).id;
    const found = await similar(repeat);
    expect(found[0]).toMatchObject({ ticket: { id: refund, departmentId: org.ids.fin, rating: 4 } });
    expect(found[0]!.score).toBeGreaterThan(0.1);
    // Sharing only 希望, 企业, 协调 does not make an order alike, nor a different problem.
    for (const other of found.slice(1)) expect(other.score).toBeLessThan(found[0]!.score / 2);
    expect(found.map((f) => f.ticket.id)).not.toContain(hiring);
    // Earlier orders only, and never the order itself.
    expect((await similar(refund)).map((f) => f.ticket.id)).not.toContain(repeat);
    // The parties of single orders do not search the others; another chain does not see the order.
    await org.acme.get(`/api/tickets/${repeat}/similar`).expect(403);
    await org.finStaff.get(`/api/tickets/${repeat}/similar`).expect(403);
    await org.otherDispatcher.get(`/api/tickets/${repeat}/similar`).expect(404);
    expect((await org.supervisor.get(`/api/tickets/${repeat}/similar`).expect(200)).body[0].ticket.id).toBe(refund);
  });

  it('finds a loan order by its specifics (numbers, 流动资金) and a Latin term, in full-width too', async () => {
    const again = (await place(org.acme, order('500万流动资金缺口', '扩大产能,流动资金缺口５００万元,想对接银行贷款。'))).id;
    expect((await similar(again))[0]!.ticket.id).toBe(loan);
  });

  it('links a repeat to the first order of its problem; the link is a line of the timeline', async () => {
    const first = (await place(org.rival, order('出口退税未到账', '出口退税款两个月没到账。'))).id;
    const second = (await place(org.commissioner, { ...order('退税到账慢', '出口退税到账慢,影响周转。'), enterpriseId: org.ids.acme })).id;
    const linked = (await org.dispatcher.post(`/api/tickets/${first}/link-repeat`, { ofTicketId: refund }).expect(200)).body;
    expect(linked.repeatOf).toBe(refund);
    // Linked to a repeat: to what that repeats.
    const via = (await org.dispatcher.post(`/api/tickets/${second}/link-repeat`, { ofTicketId: first }).expect(200)).body;
    expect(via.repeatOf).toBe(refund);
    const events = (await org.dispatcher.get(`/api/tickets/${second}/events`).expect(200)).body as { type: string; payload: Record<string, unknown> }[];
    expect(events.at(-1)).toMatchObject({ type: 'repeat_linked', payload: { repeatOf: refund, via: first } });
    expect((await org.supervisor.get(`/api/tickets/${second}/events/verify`).expect(200)).body).toMatchObject({ intact: true });
    expect(await timeline(org.dispatcher, second)).toEqual(['placed', 'repeat_linked']);

    // Refused: itself, a later order, another chain's, and anyone but the committee.
    const self = await org.dispatcher.post(`/api/tickets/${first}/link-repeat`, { ofTicketId: first }).expect(400);
    expect(self.body.errors[0].field).toBe('ofTicketId');
    const later = await org.dispatcher.post(`/api/tickets/${refund}/link-repeat`, { ofTicketId: first }).expect(400);
    expect(later.body.message).toMatch(/placed before/);
    const foreign = (await place(org.foreign, order('出口退税', '出口退税到账慢。'))).id;
    await org.dispatcher.post(`/api/tickets/${first}/link-repeat`, { ofTicketId: foreign }).expect(400);
    await org.acme.post(`/api/tickets/${second}/link-repeat`, { ofTicketId: refund }).expect(403);
    await org.dispatcher.post(`/api/tickets/${first}/link-repeat`, { ofTicketId: 'x' }).expect(400);
  });

  it('lists the month’s most repeated problems and most ordered items (每月一题)', async () => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    const report = (await org.dispatcher.get(`/api/reports/themes?month=${month}`).expect(200)).body;
    expect(report).toMatchObject({ month, chainId: org.ids.chain });
    expect(report.repeats[0]).toMatchObject({ id: refund, title: '出口退税到账慢', departmentId: org.ids.fin, repeatsInMonth: 2, repeats: 2, enterprises: 2 });
    expect(report.services[0]).toMatchObject({ serviceCode: null });
    expect(report.services[0].tickets).toBeGreaterThanOrEqual(10);
    // Another month has none; a bad month is named; enterprises do not see reports.
    expect((await org.dispatcher.get('/api/reports/themes?month=2020-01').expect(200)).body).toMatchObject({ repeats: [], services: [] });
    const bad = await org.dispatcher.get('/api/reports/themes?month=2026-13').expect(400);
    expect(bad.body.errors[0].field).toBe('month');
    await org.acme.get('/api/reports/themes').expect(403);
    expect((await org.otherDispatcher.get('/api/reports/themes').expect(200)).body.repeats).toEqual([]);
  });
});
