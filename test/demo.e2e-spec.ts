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
    for (const username of ['pharma.dispatch', 'fin.staff', 'leader.wang', 'supervisor', 'power.commissioner']) {
      await request(app.http).post('/api/auth/login').send({ username, password: 'whistle-demo' }).expect(200);
    }
  });
});
