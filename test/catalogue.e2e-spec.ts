import { DataSource } from 'typeorm';
import { type Org, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * The service catalogue (服务清单, issue 16 part 1): kept by administrators for every chain or
 * one, retired and never deleted, ordered from by enterprises, and counted item by item.
 */
describe(`the service catalogue (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
    await org.admin.post('/api/catalogue', { code: 'FIN-01', name: '融资对接', nameEn: 'Financing', category: 'financing', defaultDepartmentId: org.ids.fin, defaultPriority: 'high', sortOrder: 10 }).expect(201);
    await org.admin.post('/api/catalogue', { code: 'HR-01', name: '用工招聘', category: 'hiring', defaultDepartmentId: org.ids.hr, sortOrder: 20 }).expect(201);
    await org.admin.post('/api/catalogue', { code: 'PH-01', name: '危化品运输通行', category: 'logistics', chainId: org.ids.chain, sortOrder: 5 }).expect(201);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const codes = (items: { code: string }[]) => items.map((i) => i.code);

  it('lists the items in the published order, each chain its own and every chain’s', async () => {
    expect(codes((await org.admin.get('/api/catalogue').expect(200)).body)).toEqual(['PH-01', 'FIN-01', 'HR-01']);
    expect(codes((await org.acme.get('/api/catalogue').expect(200)).body)).toEqual(['PH-01', 'FIN-01', 'HR-01']);
    // An enterprise of another chain does not see the chain's own item, whatever it asks for.
    expect(codes((await org.foreign.get('/api/catalogue').expect(200)).body)).toEqual(['FIN-01', 'HR-01']);
    expect(codes((await org.foreign.get(`/api/catalogue?chainId=${org.ids.chain}`).expect(200)).body)).toEqual(['FIN-01', 'HR-01']);
    expect(codes((await org.dispatcher.get(`/api/catalogue?chainId=${org.ids.otherChain}`).expect(200)).body)).toEqual(['FIN-01', 'HR-01']);
    expect((await org.admin.get('/api/catalogue').expect(200)).body[1]).toMatchObject({ code: 'FIN-01', name: '融资对接', nameEn: 'Financing', category: 'financing', chainId: null, defaultDepartmentId: org.ids.fin, defaultPriority: 'high', retired: false });
  });

  it('is kept by administrators only, and names what is wrong', async () => {
    await org.dispatcher.post('/api/catalogue', { code: 'X-1', name: '某事项', category: 'other' }).expect(403);
    await org.acme.patch('/api/catalogue/FIN-01', { name: '改名' }).expect(403);
    expect((await org.admin.post('/api/catalogue', { code: 'FIN-01', name: '重复', category: 'other' }).expect(409)).body.field).toBe('code');
    const bad = await org.admin.post('/api/catalogue', { code: 'bad code!', name: '', category: 'weather' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'code', 'name']);
    expect((await org.admin.post('/api/catalogue', { code: 'X-2', name: '某事项', category: 'other', defaultDepartmentId: org.ids.rival }).expect(400)).body.errors[0].field).toBe('defaultDepartmentId');
    await org.admin.patch('/api/catalogue/NOPE', { name: '无' }).expect(404);
    expect((await org.admin.patch('/api/catalogue/HR-01', { code: 'HR-02' }).expect(400)).body.errors[0].field).toBe('code');
  });

  it('places an order from an item: the category is the item’s, and the order names it', async () => {
    const placed = (await org.acme.post('/api/tickets', { title: '贷款', description: '需流动资金', serviceCode: 'FIN-01' }).expect(201)).body;
    expect(placed).toMatchObject({ serviceCode: 'FIN-01', category: 'financing' });
    expect((await org.dispatcher.get(`/api/tickets/${placed.id}`).expect(200)).body.serviceCode).toBe('FIN-01');
    // "Other" as before: a category and no item.
    expect((await org.acme.post('/api/tickets', { title: '其他', description: '别的问题', category: 'market' }).expect(201)).body).toMatchObject({ serviceCode: null, category: 'market' });

    const refuse = async (body: object, field: string, message: RegExp) => {
      const res = await org.acme.post('/api/tickets', { title: '某', description: '某', ...body }).expect(400);
      expect(res.body.errors).toEqual([{ field, messages: [expect.stringMatching(message)] }]);
    };
    await refuse({}, 'category', /required when no serviceCode/);
    await refuse({ serviceCode: 'FIN-01', category: 'hiring' }, 'category', /must be the item’s \(financing\)/);
    await refuse({ serviceCode: 'NOPE' }, 'serviceCode', /not an item/);
    // The chain's own item is not another chain's to order.
    const res = await org.foreign.post('/api/tickets', { title: '某', description: '某', serviceCode: 'PH-01' }).expect(400);
    expect(res.body.errors[0].field).toBe('serviceCode');
    expect((await org.acme.post('/api/tickets', { title: '通行证', description: '危化品车辆通行', serviceCode: 'PH-01' }).expect(201)).body.category).toBe('logistics');
  });

  it('retires an item, which no new order may name, while the orders that did keep it; nothing is deleted', async () => {
    const kept = (await org.acme.post('/api/tickets', { title: '招工', description: '缺普工20人', serviceCode: 'HR-01' }).expect(201)).body;
    expect((await org.admin.patch('/api/catalogue/HR-01', { retired: true }).expect(200)).body.retired).toBe(true);
    expect(codes((await org.acme.get('/api/catalogue').expect(200)).body)).not.toContain('HR-01');
    expect(codes((await org.admin.get('/api/catalogue?includeRetired=true').expect(200)).body)).toContain('HR-01');
    const refused = await org.acme.post('/api/tickets', { title: '招工', description: '再要20人', serviceCode: 'HR-01' }).expect(400);
    expect(refused.body.errors[0]).toEqual({ field: 'serviceCode', messages: ['is a retired item of the service catalogue'] });
    expect((await org.dispatcher.get(`/api/tickets/${kept.id}`).expect(200)).body.serviceCode).toBe('HR-01');
    // The database refuses a deletion while an order names the item.
    await expect(app.get(DataSource).query(`DELETE FROM service_catalogue WHERE code = 'HR-01'`)).rejects.toThrow(/foreign key/);
    expect((await org.admin.patch('/api/catalogue/HR-01', { retired: false }).expect(200)).body.retired).toBe(false);

    const audit = (await org.admin.get('/api/audit?entity=catalogue&entityId=HR-01').expect(200)).body as { action: string }[];
    expect(audit.map((r) => r.action)).toEqual(['reactivated', 'retired', 'created']);
    expect((await org.admin.get('/api/audit/verify').expect(200)).body.intact).toBe(true);
  });

  it('counts orders item by item, and puts the item in both ledgers', async () => {
    const board = (await org.dispatcher.get('/api/reports/services').expect(200)).body as { serviceCode: string | null; name: string | null; tickets: number; open: number }[];
    const line = (code: string | null) => board.find((b) => b.serviceCode === code);
    expect(line('FIN-01')).toMatchObject({ name: '融资对接', tickets: 1, open: 1 });
    expect(line('HR-01')).toMatchObject({ name: '用工招聘', tickets: 1 });
    expect(line('PH-01')).toMatchObject({ tickets: 1 });
    expect(line(null)).toMatchObject({ name: null, tickets: 1 });
    // Another chain's dispatcher counts only its own (none here).
    expect((await org.otherDispatcher.get('/api/reports/services').expect(200)).body).toEqual([]);
    await org.acme.get('/api/reports/services').expect(403);

    const ledger = await org.dispatcher.get('/api/reports/ledgers/demand?format=csv').expect(200);
    const [header, ...lines] = (ledger.text as string).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header!.split(',').slice(0, 5)).toEqual(['编号', '企业名称', '企业类型', '需求类别', '服务事项']);
    expect(lines.some((l) => l.includes(',融资,融资对接,'))).toBe(true);
  });
});
