import request from 'supertest';
import { ADMIN, type TestApp, TestStack } from './harness.js';

/** `npm run demo` (SEED_DEMO=true): the zone, its service catalogue and orders placed from it, each user able to log in. */
describe(`the demo data (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;

  beforeAll(async () => {
    stack = await TestStack.create({ SEED_DEMO: 'true' });
    app = await stack.start();
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('loads four chains, six departments, the 17-item service catalogue and orders placed from it', async () => {
    const admin = await app.login(ADMIN.username, ADMIN.password);
    expect(((await admin.get('/api/chains').expect(200)).body as { code: string }[]).map((c) => c.code).sort()).toEqual(['EQUIP', 'FOOD', 'PHARMA', 'POWER']);
    expect((await admin.get('/api/departments').expect(200)).body).toHaveLength(6);
    const catalogue = (await admin.get('/api/catalogue').expect(200)).body as { code: string; defaultDepartmentId: string | null }[];
    expect(catalogue).toHaveLength(17);
    expect(catalogue.every((item) => item.defaultDepartmentId !== null)).toBe(true);
    const enterprise = await app.login('pharma.e1', 'whistle-demo');
    const orders = (await enterprise.get('/api/tickets').expect(200)).body.items as { serviceCode: string | null; category: string }[];
    expect(orders).toEqual([expect.objectContaining({ serviceCode: 'FIN-02', category: 'working_capital' })]);
    // 主办 / 协办: the land bureau leads the cold-store land approval; the approval bureau gave its part, the transport bureau owes its own.
    const transport = await app.login('transport.staff', 'whistle-demo');
    const assisted = (await transport.get('/api/tickets?assist=open').expect(200)).body.items as { title: string; assists: { state: string }[] }[];
    expect(assisted).toEqual([expect.objectContaining({ title: '冷链仓库用地审批' })]);
    expect(assisted[0]!.assists.map((part) => part.state)).toEqual(['given', 'requested']);
    // 附件: the enterprise's site plan and note, the approval bureau's notice sent with its contribution.
    const files = (await transport.get(`/api/tickets/${(assisted[0] as unknown as { id: string }).id}/attachments`).expect(200)).body as { name: string; contentType: string; usedAction: string | null }[];
    expect(files.map(({ name, contentType, usedAction }) => [name, contentType, usedAction])).toEqual([
      ['厂区平面示意图.png', 'image/png', null],
      ['用地情况说明.txt', 'text/plain; charset=utf-8', null],
      ['立项备案通知书.pdf', 'application/pdf', 'assist-give'],
    ]);
    // 评单: the food chain's evaluation sent the transport bureau a rectification order, reported with its evidence (整改佐证).
    const [rectification, ...others] = (await transport.get('/api/rectifications').expect(200)).body as { state: string; reportAttachments: { name: string; contentType: string }[] }[];
    expect(others).toEqual([]);
    expect(rectification).toMatchObject({ state: 'reported' });
    expect(rectification!.reportAttachments.map(({ name, contentType }) => [name, contentType])).toEqual([
      ['协办事项销号台账.txt', 'text/plain; charset=utf-8'],
      ['整改通知.pdf', 'application/pdf'],
    ]);
    expect((await (await app.login('food.dispatch', 'whistle-demo')).get('/api/rectifications').expect(200)).body[0].availableActions).toEqual(['sign-off', 'reject']);
    // 每月一题: the power chain's committee sees the first order of the supply problem suggested for the third, and the month's report counts the linked repeat.
    const committee = await app.login('power.dispatch', 'whistle-demo');
    const power = (await committee.get('/api/tickets?pageSize=100').expect(200)).body.items as { id: string; title: string; repeatOf: string | null }[];
    const first = power.find((t) => t.title === '园区供电容量不足')!;
    expect(power.find((t) => t.title === '德山园区用电增容难')!.repeatOf).toBe(first.id);
    const suggested = (await committee.get(`/api/tickets/${power.find((t) => t.title === '生产用电容量不够')!.id}/similar`).expect(200)).body as { ticket: { id: string; rating: number | null } }[];
    expect(suggested[0]!.ticket).toMatchObject({ id: first.id, rating: 4 });
    expect((await committee.get('/api/reports/themes').expect(200)).body.repeats[0]).toMatchObject({ id: first.id, repeatsInMonth: 1, enterprises: 2 });
    for (const username of ['pharma.dispatch', 'fin.staff', 'leader.wang', 'supervisor', 'power.commissioner']) {
      await request(app.http).post('/api/auth/login').send({ username, password: 'whistle-demo' }).expect(200);
    }
  });
});
