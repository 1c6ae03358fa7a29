import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * The Open311 GeoReport v2 facade, every resource in JSON and XML, checked against the
 * specification's field definitions (http://wiki.open311.org/GeoReport_v2): element names as in
 * its examples, W3C dates with an offset, errors as [{code, description}].
 */
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];
const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ['service', 'request', 'error', 'endpoint', 'format', 'attribute'].includes(name) });

describe(`Open311 GeoReport v2 (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let enterpriseKey: string;
  let chainKey: string;
  let foreignKey: string;

  beforeAll(async () => {
    stack = await TestStack.create({ OPEN311_RATE_LIMIT: '1000' });
    app = await stack.start();
    org = await seedOrganisation(app);
    await org.admin.patch(`/api/enterprises/${org.ids.acme}`, { address: '常德市经开区德山大道 1 号', latitude: 29.0316, longitude: 111.6985 }).expect(200);
    const issue = async (body: object) => (await org.admin.post('/api/api-keys', body).expect(201)).body as { id: string; key: string; userId: string; prefix: string };
    enterpriseKey = (await issue({ name: '常德制药 OA', enterpriseId: org.ids.acme })).key;
    chainKey = (await issue({ name: '12345 政务服务热线', chainId: org.ids.chain })).key;
    foreignKey = (await issue({ name: '常德重工 OA', enterpriseId: org.ids.foreign })).key;
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const get = (path: string) => request(app.http).get(`/open311/v2/${path}`);
  const post = (path: string, form: Record<string, string>) => request(app.http).post(`/open311/v2/${path}`).type('form').send(form);
  const asXml = (res: request.Response) => {
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    return xml.parse(res.text) as Record<string, Record<string, unknown>>;
  };

  it('issues keys shown once, bound to one enterprise or one chain, for administrators only', async () => {
    const listed = (await org.admin.get('/api/api-keys').expect(200)).body as { prefix: string; revokedAt: string | null }[];
    expect(listed).toHaveLength(3);
    expect(JSON.stringify(listed)).not.toContain(enterpriseKey.slice(12));
    expect(enterpriseKey).toMatch(/^wk_[A-Za-z0-9_-]{43}$/);
    await org.admin.post('/api/api-keys', { name: 'x' }).expect(400);
    await org.admin.post('/api/api-keys', { name: 'x', enterpriseId: org.ids.acme, chainId: org.ids.chain }).expect(400);
    await org.admin.post('/api/api-keys', { name: 'x', enterpriseId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    for (const client of [org.dispatcher, org.acme, org.supervisor]) {
      await client.get('/api/api-keys').expect(403);
      await client.post('/api/api-keys', { name: 'x', chainId: org.ids.chain }).expect(403);
    }
  });

  it('answers discovery in JSON and XML', async () => {
    const json = (await get('discovery.json').expect(200)).body;
    expect(json).toMatchObject({ changeset: expect.stringMatching(W3C), contact: expect.any(String), key_service: expect.any(String) });
    expect(json.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', url: expect.stringMatching(/\/open311\/v2$/), type: 'production', formats: ['text/xml', 'application/json'] });
    const doc = asXml(await get('discovery.xml').expect(200)).discovery!;
    const endpoint = (doc.endpoints as { endpoint: Record<string, unknown>[] }).endpoint[0]!;
    expect(endpoint.specification).toBe('http://wiki.open311.org/GeoReport_v2');
    expect((endpoint.formats as { format: string[] }).format).toEqual(['text/xml', 'application/json']);
  });

  it('lists the categories as services without a catalogue, then the catalogue’s items, with their definitions', async () => {
    const categories = (await get('services.json').expect(200)).body as Record<string, unknown>[];
    expect(categories.map((s) => s.service_code)).toContain('financing');
    for (const service of categories) expect(Object.keys(service).sort()).toEqual([...SERVICE_FIELDS].sort());

    await org.admin.post('/api/catalogue', { code: 'FIN-01', name: '融资对接', category: 'financing', description: '对接银行、担保机构' }).expect(201);
    const items = (await get('services.json').expect(200)).body as Record<string, unknown>[];
    expect(items).toEqual([{ service_code: 'FIN-01', service_name: '融资对接', description: '对接银行、担保机构', metadata: false, type: 'realtime', keywords: 'financing', group: 'financing' }]);
    const services = asXml(await get('services.xml').expect(200)).services!.service as Record<string, string>[];
    expect(services).toEqual([{ service_code: 'FIN-01', service_name: '融资对接', description: '对接银行、担保机构', metadata: 'false', type: 'realtime', keywords: 'financing', group: 'financing' }]);

    expect((await get('services/FIN-01.json').expect(200)).body).toEqual({ service_code: 'FIN-01', attributes: [] });
    expect(asXml(await get('services/FIN-01.xml').expect(200)).service_definition).toEqual({ service_code: 'FIN-01', attributes: '' });
    expect((await get('services/NOPE.json').expect(404)).body).toEqual([{ code: 404, description: 'service not found' }]);
    expect(asXml(await get('services/NOPE.xml').expect(404)).errors).toEqual({ error: [{ code: '404', description: 'service not found' }] });
  });

  it('places an order with a key (form-encoded, as the spec says), which the committee sees in its console', async () => {
    const created = (await post('requests.json', { api_key: enterpriseKey, service_code: 'FIN-01', description: '扩产需流动资金500万元，请协调银行授信', first_name: '张', last_name: '三', phone: '13800000000' }).expect(201)).body;
    expect(created).toEqual([{ service_request_id: expect.stringMatching(/^PHARMA-\d{4}-\d{6}$/), token: expect.any(String), service_notice: expect.any(String), account_id: org.ids.acme }]);
    const ticket = (await org.dispatcher.get(`/api/tickets/${created[0].token}`).expect(200)).body;
    expect(ticket).toMatchObject({ code: created[0].service_request_id, serviceCode: 'FIN-01', category: 'financing', state: 'placed', enterpriseId: org.ids.acme });
    expect(ticket.description).toContain('13800000000');
    const [placed] = (await org.dispatcher.get(`/api/tickets/${ticket.id}/events`).expect(200)).body;
    expect(placed).toMatchObject({ type: 'placed', actorRole: 'enterprise' });

    // A chain's key names the enterprise in account_id, and only one of its chain.
    const missing = (await post('requests.xml', { api_key: chainKey, service_code: 'FIN-01', description: '招工' }).expect(400));
    expect(asXml(missing).errors).toEqual({ error: [{ code: '400', description: 'account_id: is required' }] });
    expect((await post('requests.json', { api_key: chainKey, service_code: 'FIN-01', description: '招工', account_id: org.ids.foreign }).expect(400)).body[0].description).toMatch(/^account_id: /);
    const forRival = asXml(await post('requests.xml', { api_key: chainKey, service_code: 'FIN-01', description: '招聘技工20名', account_id: org.ids.rival }).expect(201));
    expect((forRival.service_requests!.request as Record<string, string>[])[0]).toMatchObject({ account_id: org.ids.rival, service_request_id: expect.stringMatching(/^PHARMA-/) });

    expect((await post('requests.json', { api_key: enterpriseKey, service_code: 'NOPE', description: 'x' }).expect(400)).body[0].description).toMatch(/^service_code: /);
    expect((await post('requests.json', { api_key: enterpriseKey, service_code: 'FIN-01' }).expect(400)).body).toEqual([{ code: 400, description: 'description: is required' }]);
  });

  it('answers requests with the fields mapped, filtered, paged, and only what the key may see', async () => {
    const { id, code } = await place(org.acme, { title: '流动资金贷款', description: '扩产需流动资金500万元', serviceCode: 'FIN-01' });
    await org.dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${id}/accept`, {}).expect(200);
    const ticket = (await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已对接农商行,授信500万元' }).expect(200)).body;

    const [open] = (await get(`requests/${code}.json?api_key=${enterpriseKey}`).expect(200)).body as Record<string, unknown>[];
    expect(Object.keys(open!).sort()).toEqual([...REQUEST_FIELDS].sort());
    expect(open).toMatchObject({
      service_request_id: code,
      status: 'open',
      status_notes: '已对接农商行,授信500万元',
      service_name: '融资对接',
      service_code: 'FIN-01',
      description: '扩产需流动资金500万元',
      agency_responsible: '区财政局',
      requested_datetime: expect.stringMatching(W3C),
      updated_datetime: expect.stringMatching(W3C),
      expected_datetime: expect.stringMatching(W3C),
      address: '常德市经开区德山大道 1 号',
      lat: 29.0316,
      long: 111.6985,
    });
    expect(new Date(open!.expected_datetime as string).getTime()).toBe(Math.floor(new Date(ticket.deadlines.feedbackBy).getTime() / 1000) * 1000);
    const inXml = (asXml(await get(`requests/${code}.xml?api_key=${enterpriseKey}`).expect(200)).service_requests!.request as Record<string, string>[])[0]!;
    expect(Object.keys(inXml).sort()).toEqual([...REQUEST_FIELDS].sort());
    expect(inXml).toMatchObject({ service_request_id: code, status: 'open', agency_responsible: '区财政局', lat: '29.0316', media_url: '' });

    await org.acme.post(`/api/tickets/${id}/rate`, { score: 5 }).expect(200);
    const list = (await get(`requests.json?api_key=${enterpriseKey}`).expect(200)).body as Record<string, string>[];
    expect(list.find((r) => r.service_request_id === code)?.status).toBe('closed');
    const closedOnly = (await get(`requests.json?api_key=${enterpriseKey}&status=closed`).expect(200)).body as Record<string, string>[];
    expect(closedOnly.map((r) => r.service_request_id)).toEqual([code]);
    expect(((await get(`requests.json?api_key=${enterpriseKey}&status=open`).expect(200)).body as Record<string, string>[]).every((r) => r.status === 'open')).toBe(true);
    expect((await get(`requests.json?api_key=${enterpriseKey}&service_request_id=${code},NOPE-1`).expect(200)).body).toHaveLength(1);
    expect((await get(`requests.json?api_key=${enterpriseKey}&start_date=2099-01-01T00:00:00%2B08:00`).expect(200)).body).toEqual([]);
    expect(asXml(await get(`requests.xml?api_key=${enterpriseKey}&start_date=2099-01-01T00:00:00%2B08:00`).expect(200)).service_requests).toBe('');
    expect((await get(`requests.json?api_key=${enterpriseKey}&end_date=2000-01-01T00:00:00Z`).expect(200)).body).toEqual([]);
    const firstPage = (await get(`requests.json?api_key=${enterpriseKey}&page_size=1`).expect(200)).body as Record<string, string>[];
    const secondPage = (await get(`requests.json?api_key=${enterpriseKey}&page_size=1&page=2`).expect(200)).body as Record<string, string>[];
    expect(firstPage).toHaveLength(1);
    expect(secondPage[0]!.service_request_id).not.toBe(firstPage[0]!.service_request_id);
    expect((await get(`requests.json?api_key=${enterpriseKey}&page_size=1000`).expect(400)).body[0].description).toMatch(/^page_size: /);
    expect((await get(`requests.json?api_key=${enterpriseKey}&status=maybe`).expect(400)).body[0].description).toMatch(/^status: /);
    expect((await get(`requests.json?api_key=${enterpriseKey}&start_date=yesterday`).expect(400)).body[0].description).toMatch(/^start_date: /);

    // Confidential: the rival's order is not acme's key's to see; the chain's key sees both; another chain's sees neither.
    const rivals = await place(org.rival);
    expect((await get(`requests/${rivals.code}.json?api_key=${enterpriseKey}`).expect(404)).body).toEqual([{ code: 404, description: 'service request not found' }]);
    const chainSees = ((await get(`requests.json?api_key=${chainKey}`).expect(200)).body as Record<string, string>[]).map((r) => r.service_request_id);
    expect(chainSees).toEqual(expect.arrayContaining([code, rivals.code]));
    expect(((await get(`requests.json?api_key=${foreignKey}`).expect(200)).body as Record<string, string>[]).map((r) => r.service_request_id)).not.toContain(code);
    await get(`requests/${code}.json?api_key=${foreignKey}`).expect(404);
  });

  it('answers tokens with the request they stand for', async () => {
    const [created] = (await post('requests.json', { api_key: enterpriseKey, service_code: 'FIN-01', description: '申请贴息' }).expect(201)).body;
    expect((await get(`tokens/${created.token}.json?api_key=${enterpriseKey}`).expect(200)).body).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);
    expect((asXml(await get(`tokens/${created.token}.xml?api_key=${enterpriseKey}`).expect(200)).service_requests!.request as unknown[])[0]).toEqual({
      service_request_id: created.service_request_id,
      token: created.token,
    });
    await get(`tokens/${created.token}.json?api_key=${foreignKey}`).expect(404);
    await get(`tokens/00000000-0000-4000-8000-000000000000.json?api_key=${enterpriseKey}`).expect(404);
  });

  it('refuses a missing, wrong or revoked key with 403 on requests and tokens, and unknown resources with 404', async () => {
    const paths = ['requests.json', 'requests.xml', 'requests/PHARMA-2026-000001.json', 'tokens/x.xml'];
    for (const key of [undefined, '', 'wk_wrong', `${enterpriseKey}x`]) {
      for (const path of paths) {
        const res = await get(`${path}${key === undefined ? '' : `?api_key=${encodeURIComponent(key)}`}`).expect(403);
        expect(path.includes('.xml') ? asXml(res).errors!.error : res.body).toEqual([expect.objectContaining({ code: path.includes('.xml') ? '403' : 403 })]);
      }
      await post('requests.json', { ...(key === undefined ? {} : { api_key: key }), service_code: 'FIN-01', description: 'x' }).expect(403);
    }
    const doomed = (await org.admin.post('/api/api-keys', { name: 'doomed', enterpriseId: org.ids.acme }).expect(201)).body;
    await get(`requests.json?api_key=${doomed.key}`).expect(200);
    const revoked = (await org.admin.delete(`/api/api-keys/${doomed.id}`).expect(200)).body;
    expect(revoked.revokedAt).not.toBeNull();
    await get(`requests.json?api_key=${doomed.key}`).expect(403);
    await org.admin.delete('/api/api-keys/00000000-0000-4000-8000-000000000000').expect(404);
    for (const path of ['nothing.json', 'services.txt', 'services', 'requests/x', 'discovery.yaml']) await get(path).expect(404);
    await post('services.json', { api_key: enterpriseKey }).expect(404);
  });

  it('limits each key on its own (OPEN311_RATE_LIMIT)', async () => {
    const limited = await stack.start({ OPEN311_RATE_LIMIT: '3' });
    try {
      const keys = await Promise.all([1, 2].map(async (n) => (await org.admin.post('/api/api-keys', { name: `limited ${n}`, enterpriseId: org.ids.acme }).expect(201)).body.key as string));
      const call = (key: string) => request(limited.http).get(`/open311/v2/requests.json?api_key=${key}`);
      for (let i = 0; i < 3; i++) await call(keys[0]!).expect(200);
      const refused = await call(keys[0]!).expect(429);
      expect(refused.body).toEqual([{ code: 429, description: expect.any(String) }]);
      await call(keys[1]!).expect(200);
    } finally {
      await limited.close();
    }
  });

  it('answers random forms, ids and queries without a 5xx, in the specification’s error form', async () => {
    const value = fc.oneof(fc.string(), fc.constantFrom(enterpriseKey, chainKey, 'FIN-01', 'financing', org.ids.acme, '', '2026-13-45', '1e999', '-1', '\u0000'));
    const form = fc.dictionary(fc.constantFrom('api_key', 'service_code', 'description', 'account_id', 'lat', 'long', 'email', 'first_name', 'attribute[x]', '__proto__'), value);
    const failures: string[] = [];
    const judge = (what: string, res: request.Response) => {
      if (res.status >= 500) failures.push(`${what}: ${res.status} ${res.text.slice(0, 200)}`);
      if (res.status >= 400 && res.status !== 429) {
        const body = res.headers['content-type']?.startsWith('application/json') ? res.body : null;
        const ok = body ? Array.isArray(body) && typeof body[0]?.code === 'number' && typeof body[0]?.description === 'string' : /<errors>\s*<error>/.test(res.text);
        if (!ok) failures.push(`${what}: ${res.status} not in the error form: ${res.text.slice(0, 200)}`);
      }
    };
    await fc.assert(
      fc.asyncProperty(form, fc.constantFrom('json', 'xml'), async (f, format) => {
        const res = await post(`requests.${format}`, f as Record<string, string>);
        judge(`POST requests.${format} ${JSON.stringify(f).slice(0, 120)}`, res);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('requests/', 'tokens/', 'services/', ''), fc.string({ maxLength: 60 }), fc.dictionary(fc.constantFrom('api_key', 'status', 'page', 'page_size', 'start_date', 'end_date', 'service_code', 'service_request_id'), value), async (prefix, id, query) => {
        const res = await get(`${prefix}${encodeURIComponent(id)}.json`).query({ api_key: enterpriseKey, ...query });
        judge(`GET ${prefix}${id} ${JSON.stringify(query).slice(0, 120)}`, res);
      }),
      { numRuns: 150 },
    );
    expect(failures).toEqual([]);
  });
});
