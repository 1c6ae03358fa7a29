import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import request from 'supertest';
import { type Client, type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * The authorization matrix (OWASP API1 and API5): every route of the OpenAPI document × every
 * role × a ticket of one's own chain, enterprise and department and one of another. The table
 * below is the policy; a route the document lists and the table does not fails the test, so a
 * new route cannot ship without its entry.
 */
type Who = 'admin' | 'enterprise' | 'dispatcher' | 'commissioner' | 'department' | 'leader' | 'supervisor';
const EVERYONE: readonly Who[] = ['admin', 'enterprise', 'dispatcher', 'commissioner', 'department', 'leader', 'supervisor'];

interface Rule {
  /** `public`: no token needed; otherwise the roles that may call it (others get 403). */
  roles: readonly Who[] | 'public';
  /** The route's `{id}` is a ticket: those who may not see it get 404. */
  ticket?: true;
  /** Changes the ticket: each allowed call gets a fresh one, brought to `stage` first. */
  mutates?: true;
  /** Where the fresh ticket must stand for the action to be possible (default `accepted`). */
  stage?: Stage;
  /** Callers who see the own ticket at this stage although `CALLERS` says they do not (an assisting department). */
  alsoSeeOwn?: readonly string[];
  body?: (ids: Org['ids'], org: Org) => object;
  /** The concrete path, for routes whose parameters are not a ticket id (a route that changes what it names makes it afresh here). */
  fill?: (fx: Fixtures) => string | Promise<string>;
  /** Callers (by name, or `name on own|other`) answered otherwise, and why. An allowed caller is otherwise answered 2xx. */
  except?: Record<string, number[]>;
  /** A multipart upload: the file sent as the field `file`, instead of a JSON body. */
  upload?: () => [Buffer, string];
}

/**
 * The callers: one per role, plus an enterprise of the same chain that is not the orderer and
 * the staff of another department. The "own" ticket is acme's, in the chain, at the finance
 * bureau; the "other" is another chain's enterprise's, at the HR bureau.
 */
interface Caller {
  name: string;
  role: Who;
  client: (org: Org) => Client;
  sees: { own: boolean; other: boolean };
}
const CALLERS: Caller[] = [
  { name: 'admin', role: 'admin', client: (o) => o.admin, sees: { own: true, other: true } },
  { name: 'enterprise', role: 'enterprise', client: (o) => o.acme, sees: { own: true, other: false } },
  { name: 'enterprise of the same chain', role: 'enterprise', client: (o) => o.rival, sees: { own: false, other: false } },
  { name: 'dispatcher', role: 'dispatcher', client: (o) => o.dispatcher, sees: { own: true, other: false } },
  { name: 'commissioner', role: 'commissioner', client: (o) => o.commissioner, sees: { own: true, other: false } },
  { name: 'department', role: 'department', client: (o) => o.finStaff, sees: { own: true, other: false } },
  { name: 'another department', role: 'department', client: (o) => o.hrStaff, sees: { own: false, other: true } },
  { name: 'leader', role: 'leader', client: (o) => o.finLeader, sees: { own: true, other: false } },
  { name: 'supervisor', role: 'supervisor', client: (o) => o.supervisor, sees: { own: true, other: true } },
  { name: 'supervisor of another chain', role: 'supervisor', client: (o) => o.otherSupervisor, sees: { own: false, other: true } },
];

const CALLER_NAMES = CALLERS.map((c) => c.name);

/** An order of the chain placed before any the matrix acts on (link-repeat's `ofTicketId`). */
const earlier = { id: '' };

/** Objects other than tickets the routes act on, made before the matrix runs. */
interface Fixtures {
  ids: Org['ids'];
  /** Organisation objects no caller depends on, for the routes that change them. */
  spare: { chain: string; department: string; enterprise: string; user: string };
  evaluation: string;
  rectification: string;
  policy: string;
  doomedPolicy: string;
  /** A file attached to an own ticket. */
  attachment: string;
  /** A paused webhook endpoint (nothing is sent from the matrix), and a delivery of its test event. */
  webhook: string;
  delivery: string;
  /** Makes a new object in the state a changing route needs, so each caller acts on its own. */
  make: {
    evaluation: () => Promise<string>;
    rectification: (reported: boolean) => Promise<string>;
    webhook: () => Promise<string>;
    apiKey: () => Promise<string>;
  };
}

/**
 * The stages a fresh ticket is brought to. The own ticket is acme's at the finance bureau, the
 * other the foreign enterprise's at the HR bureau; `assisted` adds the HR bureau as assisting
 * department to the own ticket (the other has none: its department leads it).
 */
type Stage = 'placed' | 'dispatched' | 'accepted' | 'answered' | 'extensionAsked' | 'infoAsked' | 'assisted' | 'assistAccepted';

/** A one-pixel PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The callers who do not see the chain's evaluation (fin under review; scorers acme and the supervisor). */
const OUTSIDE_EVALUATION = { 'enterprise of the same chain': [404], 'another department': [404], 'supervisor of another chain': [404] };
const NOT_ENTERPRISES: readonly Who[] = EVERYONE.filter((who) => who !== 'enterprise');

const action = (roles: readonly Who[], stage: Stage, body: Rule['body'] = () => ({})): Rule => ({ roles, ticket: true, mutates: true, stage, body });
/**
 * An assisting department's action (协办). On the own ticket the HR bureau assists and acts; the
 * finance bureau leads it and has no part to act on (403). On the other ticket the HR bureau
 * leads, so it has no part either.
 */
const ASSIST = { alsoSeeOwn: ['another department'], except: { department: [403], 'another department on other': [403] } };

const MATRIX: Record<string, Rule> = {
  'GET /health': { roles: 'public' },
  'POST /api/auth/login': { roles: 'public', body: () => ({ username: 'acme', password: 'password-123' }) },
  'GET /api/auth/me': { roles: EVERYONE },
  // Single sign-on is off in this stack: every browser is sent back to the login page (test/sso.e2e-spec.ts has it on).
  'GET /api/auth/oidc/login': { roles: 'public', except: Object.fromEntries(CALLER_NAMES.map((n) => [n, [302]])) },
  'GET /api/auth/oidc/callback': { roles: 'public', except: Object.fromEntries(CALLER_NAMES.map((n) => [n, [302]])) },
  // Nothing to take without the callback's cookie, whoever asks.
  'POST /api/auth/oidc/session': { roles: 'public', except: Object.fromEntries(CALLER_NAMES.map((n) => [n, [401]])) },
  // Every role may; the current password given is wrong (the callers' own must not change here).
  'POST /api/auth/password': {
    roles: EVERYONE,
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'a-new-password-1' }),
    except: Object.fromEntries(CALLER_NAMES.map((n) => [n, [400]])),
  },
  'GET /api/meta': { roles: 'public' },
  'GET /api/directory': { roles: EVERYONE },
  'GET /api/audit': { roles: ['admin'] },
  'GET /api/audit/verify': { roles: ['admin'] },
  'GET /api/audit/export': { roles: ['admin'] },
  'POST /api/imports/{kind}': { roles: ['admin'], fill: () => '/api/imports/departments?dryRun=true', upload: () => [Buffer.from('code,name\r\nMX1,区某局\r\n'), 'departments.csv'] },
  'GET /api/imports/{kind}/template': { roles: ['admin'], fill: () => '/api/imports/users/template?format=csv' },
  'GET /api/catalogue': { roles: EVERYONE },
  'POST /api/catalogue': { roles: ['admin'], body: () => ({ code: `M-${Math.floor(Math.random() * 1e9)}`, name: '政策咨询', category: 'other' }) },
  'PATCH /api/catalogue/{code}': { roles: ['admin'], fill: () => '/api/catalogue/SPARE-1', body: () => ({ description: '备用事项' }) },
  'POST /api/chains': { roles: ['admin'], body: () => ({ name: '新材料产业链', code: `MAT${Math.floor(Math.random() * 1e6)}` }) },
  'GET /api/chains': { roles: ['admin'] },
  'POST /api/departments': { roles: ['admin'], body: () => ({ name: '区商务局', code: `COM${Math.floor(Math.random() * 1e6)}` }) },
  'GET /api/departments': { roles: ['admin'] },
  'POST /api/enterprises': { roles: ['admin'], body: (ids) => ({ name: '湘北新材', chainId: ids.chain, tier: 'member' }) },
  'GET /api/enterprises': { roles: ['admin'] },
  'POST /api/users': { roles: ['admin'], body: () => ({ username: `u${Math.floor(Math.random() * 1e9)}`, password: 'password-123', role: 'supervisor' }) },
  'GET /api/users': { roles: ['admin'] },
  'PATCH /api/chains/{id}': { roles: ['admin'], fill: (fx) => `/api/chains/${fx.spare.chain}`, body: () => ({ name: '新材料产业链（更名）' }) },
  'PATCH /api/departments/{id}': { roles: ['admin'], fill: (fx) => `/api/departments/${fx.spare.department}`, body: () => ({ name: '区商务局（更名）' }) },
  'PATCH /api/enterprises/{id}': { roles: ['admin'], fill: (fx) => `/api/enterprises/${fx.spare.enterprise}`, body: () => ({ address: '常德市武陵区' }) },
  'PATCH /api/users/{id}': { roles: ['admin'], fill: (fx) => `/api/users/${fx.spare.user}`, body: () => ({ displayName: '备用账号' }) },
  'POST /api/users/{id}/reset-password': { roles: ['admin'], fill: (fx) => `/api/users/${fx.spare.user}/reset-password` },
  'POST /api/users/{id}/unlock': { roles: ['admin'], fill: (fx) => `/api/users/${fx.spare.user}/unlock` },
  'POST /api/tickets': {
    roles: ['enterprise', 'commissioner'],
    body: (ids) => ({ title: '用地', description: '扩建用地审批', category: 'land_use', enterpriseId: ids.acme }),
    except: { 'enterprise of the same chain': [400] }, // may not order for acme: "enterpriseId: must be your own enterprise"
  },
  'GET /api/tickets': { roles: EVERYONE },
  'GET /api/tickets/counts': { roles: EVERYONE },
  'GET /api/tickets/{id}': { roles: EVERYONE, ticket: true },
  'GET /api/tickets/{id}/events': { roles: EVERYONE, ticket: true },
  'GET /api/tickets/{id}/events/verify': { roles: EVERYONE, ticket: true },
  // 附件: the parties attach, everyone who sees the order reads; a download is the order's visibility.
  'POST /api/tickets/{id}/attachments': { roles: ['enterprise', 'dispatcher', 'commissioner', 'department'], ticket: true, mutates: true, upload: () => [PNG, '现场照片.png'] },
  'GET /api/tickets/{id}/attachments': { roles: EVERYONE, ticket: true },
  // 每月一题: the chain's staff search other orders; the committee links repeats (to an order placed before the matrix's).
  'GET /api/tickets/{id}/similar': { roles: ['admin', 'dispatcher', 'commissioner', 'supervisor'], ticket: true },
  'POST /api/tickets/{id}/link-repeat': action(['dispatcher'], 'accepted', () => ({ ofTicketId: earlier.id })),
  'GET /api/attachments/{id}': { roles: EVERYONE, fill: (fx) => `/api/attachments/${fx.attachment}`, except: { 'enterprise of the same chain': [404], 'another department': [404], 'supervisor of another chain': [404] } },
  'POST /api/tickets/{id}/dispatch': action(['dispatcher'], 'placed', (ids) => ({ departmentId: ids.fin, priority: 'high' })),
  'POST /api/tickets/{id}/accept': action(['department'], 'dispatched'),
  'POST /api/tickets/{id}/return': action(['department'], 'dispatched', () => ({ reason: 'not_our_function', note: '不属本部门职能' })),
  'POST /api/tickets/{id}/feedback': action(['department'], 'accepted', () => ({ result: 'resolved', content: '已办结' })),
  'POST /api/tickets/{id}/rate': action(['enterprise'], 'answered', () => ({ score: 4 })),
  'POST /api/tickets/{id}/withdraw': action(['enterprise', 'commissioner'], 'placed', () => ({ reason: '已自行解决' })),
  'POST /api/tickets/{id}/request-extension': action(['department'], 'accepted', () => ({ until: '2031-01-01T00:00:00Z', reason: '需会商' })),
  'POST /api/tickets/{id}/decide-extension': action(['dispatcher'], 'extensionAsked', () => ({ approve: true })),
  'POST /api/tickets/{id}/remind': action(['dispatcher'], 'dispatched'),
  'POST /api/tickets/{id}/request-info': action(['department'], 'accepted', () => ({ question: '请补充材料' })),
  'POST /api/tickets/{id}/provide-info': action(['enterprise', 'commissioner'], 'infoAsked', () => ({ answer: '已补充' })),
  'POST /api/tickets/{id}/assist/add': action(['dispatcher'], 'accepted', (ids) => ({ departmentIds: [ids.hr] })),
  'POST /api/tickets/{id}/assist/ask': action(['department'], 'accepted', () => ({ reason: '需人社局协办' })),
  'POST /api/tickets/{id}/assist/accept': { ...action(['department'], 'assisted'), ...ASSIST },
  'POST /api/tickets/{id}/assist/decline': { ...action(['department'], 'assisted', () => ({ reason: 'not_our_function', note: '不属本部门职能' })), ...ASSIST },
  'POST /api/tickets/{id}/assist/give': { ...action(['department'], 'assistAccepted', () => ({ content: '协办意见' })), ...ASSIST },
  'POST /api/evaluations': {
    roles: ['admin', 'dispatcher'],
    body: (ids, org) => ({ title: '测评', chainId: ids.chain, periodFrom: '2026-11-01', periodTo: '2026-11-30', departmentIds: [ids.fin], scorerIds: [org.supervisor.id] }),
  },
  'GET /api/evaluations': { roles: EVERYONE },
  'GET /api/evaluations/{id}': { roles: EVERYONE, fill: (fx) => `/api/evaluations/${fx.evaluation}`, except: OUTSIDE_EVALUATION },
  'POST /api/evaluations/{id}/scores': {
    roles: ['supervisor', 'enterprise'],
    fill: (fx) => `/api/evaluations/${fx.evaluation}/scores`,
    body: (ids) => ({ departmentId: ids.fin, score: 80 }),
    except: { 'enterprise of the same chain': [404], 'supervisor of another chain': [404] },
  },
  'POST /api/evaluations/{id}/close': { roles: ['admin', 'dispatcher'], fill: async (fx) => `/api/evaluations/${await fx.make.evaluation()}/close` },
  'GET /api/rectifications': { roles: EVERYONE },
  'GET /api/rectifications/{id}': {
    roles: EVERYONE,
    fill: (fx) => `/api/rectifications/${fx.rectification}`,
    except: { enterprise: [404], ...OUTSIDE_EVALUATION },
  },
  'POST /api/rectifications/{id}/report': {
    roles: ['department'],
    fill: async (fx) => `/api/rectifications/${await fx.make.rectification(false)}/report`,
    body: () => ({ report: '已整改' }),
    except: { 'another department': [404] },
  },
  'POST /api/rectifications/{id}/attachments': {
    roles: ['department'],
    fill: async (fx) => `/api/rectifications/${await fx.make.rectification(false)}/attachments`,
    upload: () => [PNG, '整改现场.png'],
    except: { 'another department': [404] },
  },
  'GET /api/rectifications/{id}/attachments': {
    roles: EVERYONE,
    fill: (fx) => `/api/rectifications/${fx.rectification}/attachments`,
    except: { enterprise: [404], ...OUTSIDE_EVALUATION },
  },
  'POST /api/rectifications/{id}/sign-off': { roles: ['admin', 'dispatcher'], fill: async (fx) => `/api/rectifications/${await fx.make.rectification(true)}/sign-off` },
  'POST /api/rectifications/{id}/reject': {
    roles: ['admin', 'dispatcher'],
    fill: async (fx) => `/api/rectifications/${await fx.make.rectification(true)}/reject`,
    body: () => ({ note: '材料不全' }),
  },
  'GET /api/reports/departments': { roles: NOT_ENTERPRISES },
  'GET /api/reports/chains': { roles: NOT_ENTERPRISES },
  'GET /api/reports/services': { roles: NOT_ENTERPRISES },
  'GET /api/reports/themes': { roles: NOT_ENTERPRISES },
  'GET /api/reports/agenda': { roles: NOT_ENTERPRISES },
  'GET /api/reports/ledgers/{ledger}': {
    roles: NOT_ENTERPRISES,
    fill: (fx) => `/api/reports/ledgers/demand?chainId=${fx.ids.chain}`,
    except: { 'supervisor of another chain': [403] },
  },
  'GET /api/sla-policies': { roles: EVERYONE },
  'POST /api/sla-policies': { roles: ['admin'], body: () => ({ category: 'talent', deadlines: { feedback: { workingDays: 10 } } }) },
  'PUT /api/sla-policies/{id}': {
    roles: ['admin'],
    fill: (fx) => `/api/sla-policies/${fx.policy}`,
    body: () => ({ category: 'market', deadlines: { accept: { duration: 'P1D' } } }),
  },
  'DELETE /api/sla-policies/{id}': { roles: ['admin'], fill: (fx) => `/api/sla-policies/${fx.doomedPolicy}` },
  'GET /api/calendar/{year}': { roles: EVERYONE, fill: () => '/api/calendar/2026' },
  'PUT /api/calendar/{year}': { roles: ['admin'], fill: () => '/api/calendar/2031', body: () => ({ days: [{ date: '2031-01-02', kind: 'holiday' }] }) },
  // Webhooks: the administrators'. The endpoints made here listen for an event the matrix never causes.
  'POST /api/webhooks': { roles: ['admin'], body: () => ({ url: 'https://93.184.215.14/hooks/whistle', events: ['ticket.assist_escalated'] }) },
  'GET /api/webhooks': { roles: ['admin'] },
  'GET /api/webhooks/event-types': { roles: ['admin'] },
  'GET /api/webhooks/queues': { roles: ['admin'] },
  'POST /api/webhooks/queues/jobs/{jobId}/retry': { roles: ['admin'], fill: () => '/api/webhooks/queues/jobs/none/retry', except: { admin: [404] } },
  'GET /api/webhooks/{id}': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}` },
  'PATCH /api/webhooks/{id}': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}`, body: () => ({ description: '区政务 OA' }) },
  'DELETE /api/webhooks/{id}': { roles: ['admin'], fill: async (fx) => `/api/webhooks/${await fx.make.webhook()}` },
  'POST /api/webhooks/{id}/rotate-secret': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}/rotate-secret` },
  'POST /api/webhooks/{id}/test': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}/test` },
  'GET /api/webhooks/{id}/deliveries': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}/deliveries` },
  'POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}/deliveries/${fx.delivery}/redeliver` },
  'POST /api/webhooks/{id}/redeliver-failed': { roles: ['admin'], fill: (fx) => `/api/webhooks/${fx.webhook}/redeliver-failed`, body: () => ({ since: '2026-01-01T00:00:00+08:00' }) },
  // Open311's API keys: the administrators' (the facade itself is key-based: test/open311.e2e-spec.ts).
  'POST /api/api-keys': { roles: ['admin'], body: (ids) => ({ name: '区政务 OA', enterpriseId: ids.acme }) },
  'GET /api/api-keys': { roles: ['admin'] },
  'DELETE /api/api-keys/{id}': { roles: ['admin'], fill: async (fx) => `/api/api-keys/${await fx.make.apiKey()}` },
  'GET /api/notifications': { roles: EVERYONE },
  'GET /api/notifications/unread-count': { roles: EVERYONE },
  'POST /api/notifications/read-all': { roles: EVERYONE },
  // The notification used is the dispatcher's: to everyone else it does not exist.
  'POST /api/notifications/{id}/read': { roles: EVERYONE, except: Object.fromEntries(CALLER_NAMES.filter((n) => n !== 'dispatcher').map((n) => [n, [404]])) },
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (client: Client, method: Method, path: string, body: object, upload?: Rule['upload']) =>
  upload
    ? client.post(path).attach('file', ...upload())
    : method === 'GET'
    ? client.get(path)
    : method === 'DELETE'
      ? client.delete(path)
      : method === 'PUT'
        ? client.put(path, body)
        : method === 'PATCH'
          ? client.patch(path, body)
          : client.post(path, body);

describe(`authorization matrix (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let routes: string[];

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
    const doc = (await request(app.http).get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  /** A ticket of acme's (own) or of the other chain's enterprise (other), brought to `stage`. */
  async function ticketAt(target: 'own' | 'other', stage: Stage): Promise<string> {
    const [orderer, dispatcher, staff, department] =
      target === 'own' ? [org.acme, org.dispatcher, org.finStaff, org.ids.fin] : [org.foreign, org.otherDispatcher, org.hrStaff, org.ids.hr];
    const { id } = await place(orderer);
    if (stage === 'placed') return id;
    await dispatcher.post(`/api/tickets/${id}/dispatch`, { departmentId: department, priority: 'normal' }).expect(200);
    if (stage === 'dispatched') return id;
    await staff.post(`/api/tickets/${id}/accept`, {}).expect(200);
    if (stage === 'answered') await staff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已办结' }).expect(200);
    if (stage === 'extensionAsked') await staff.post(`/api/tickets/${id}/request-extension`, { until: '2031-01-01T00:00:00Z', reason: '需会商' }).expect(200);
    if (stage === 'infoAsked') await staff.post(`/api/tickets/${id}/request-info`, { question: '请补充材料' }).expect(200);
    if ((stage === 'assisted' || stage === 'assistAccepted') && target === 'own') {
      await dispatcher.post(`/api/tickets/${id}/assist/add`, { departmentIds: [org.ids.hr] }).expect(200);
      if (stage === 'assistAccepted') await org.hrStaff.post(`/api/tickets/${id}/assist/accept`, {}).expect(200);
    }
    return id;
  }

  /** A ticket of acme's, in the chain, dispatched to the finance bureau and accepted. */
  const ownTicket = () => ticketAt('own', 'accepted');

  /** A ticket of another chain's enterprise, at the HR bureau. */
  const otherTicket = () => ticketAt('other', 'dispatched');

  it('has an entry for every route the API serves, and no stale ones', () => {
    expect(routes.filter((route) => !MATRIX[route])).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  /** An open evaluation of the chain, and a rectification order for the finance bureau from a closed one. */
  async function fixtures(): Promise<Fixtures> {
    const evaluation = async () =>
      (await org.dispatcher.post('/api/evaluations', { title: '测评', periodFrom: '2026-11-01', periodTo: '2026-11-30', departmentIds: [org.ids.fin], scorerIds: [org.supervisor.id, org.acme.id] }).expect(201)).body
        .id as string;
    const rectification = async (reported: boolean) => {
      const failed = (await org.dispatcher.post('/api/evaluations', { title: '整改', periodFrom: '2026-10-01', periodTo: '2026-10-31', departmentIds: [org.ids.fin], scorerIds: [org.supervisor.id] }).expect(201)).body;
      await org.supervisor.post(`/api/evaluations/${failed.id}/scores`, { departmentId: org.ids.fin, score: 20 }).expect(200);
      const closed = (await org.dispatcher.post(`/api/evaluations/${failed.id}/close`, {}).expect(200)).body;
      const id = closed.departments[0].rectificationId as string;
      if (reported) await org.finStaff.post(`/api/rectifications/${id}/report`, { report: '已整改' }).expect(200);
      return id;
    };
    const policy = (await org.admin.post('/api/sla-policies', { category: 'market', deadlines: { accept: { duration: 'P1D' } } }).expect(201)).body;
    const doomed = (await org.admin.post('/api/sla-policies', { category: 'logistics', deadlines: { accept: { duration: 'P1D' } } }).expect(201)).body;
    const make = async (path: string, body: object) => ((await org.admin.post(path, body).expect(201)).body as { id: string }).id;
    const spare = {
      chain: await make('/api/chains', { name: '新材料产业链', code: 'SPARE' }),
      department: await make('/api/departments', { name: '区商务局', code: 'SPARE' }),
      enterprise: await make('/api/enterprises', { name: '湘北新材', chainId: org.ids.chain, tier: 'member' }),
      user: await make('/api/users', { username: 'spare.supervisor', password: 'password-123', role: 'supervisor' }),
    };
    await org.admin.post('/api/catalogue', { code: 'SPARE-1', name: '备用事项', category: 'other' }).expect(201);
    const attached = (await org.acme.post(`/api/tickets/${await ownTicket()}/attachments`).attach('file', PNG, 'photo.png').expect(201)).body as { id: string };
    const webhook = async () => {
      const id = await make('/api/webhooks', { url: 'https://93.184.215.14/hooks/whistle', events: ['*'] });
      await org.admin.patch(`/api/webhooks/${id}`, { active: false }).expect(200);
      return id;
    };
    const paused = await webhook();
    const delivery = ((await org.admin.post(`/api/webhooks/${paused}/test`).expect(201)).body as { id: string }).id;
    return {
      ids: org.ids,
      spare,
      evaluation: await evaluation(),
      rectification: await rectification(false),
      policy: policy.id,
      doomedPolicy: doomed.id,
      attachment: attached.id,
      webhook: paused,
      delivery,
      make: { evaluation, rectification, webhook, apiKey: () => make('/api/api-keys', { name: '备用 OA', chainId: org.ids.chain }) },
    };
  }

  it('answers every route × role × own/other ticket as the policy says', async () => {
    earlier.id = (await place(org.acme)).id;
    const shared = { own: await ownTicket(), other: await otherTicket() };
    const fx = await fixtures();
    const notification = (await org.dispatcher.inbox())[0]!.id;
    const failures: string[] = [];
    let calls = 0;
    for (const route of routes) {
      const rule = MATRIX[route]!;
      const [method, template] = route.split(' ') as [Method, string];
      for (const caller of CALLERS) {
        const who = caller.role;
        for (const target of rule.ticket ? (['own', 'other'] as const) : (['none'] as const)) {
          const allowedRole = rule.roles === 'public' || rule.roles.includes(who);
          const sees = target === 'none' || caller.sees[target] || (target === 'own' && !!rule.alsoSeeOwn?.includes(caller.name));
          // An allowed caller who sees the ticket acts on a fresh one at the stage the action needs.
          const ticket = target === 'none' ? undefined : rule.mutates && allowedRole && sees ? await ticketAt(target, rule.stage ?? 'accepted') : shared[target];
          const id = template.startsWith('/api/notifications') ? notification : ticket;
          const path = rule.fill ? await rule.fill(fx) : template.replace('{id}', id ?? '');
          const expected: number[] = !allowedRole
            ? [403]
            : !sees
              ? [404]
              : (rule.except?.[`${caller.name} on ${target}`] ?? rule.except?.[caller.name] ?? [200, 201, 204]);
          const client = caller.client(org);
          const res = await call(client, method, path, rule.body?.(org.ids, org) ?? {}, rule.upload);
          calls++;
          if (!expected.includes(res.status)) failures.push(`${route} as ${caller.name} on ${target}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}, expected ${expected.join('/')}`);
        }
      }
    }
    process.stdout.write(`authorization matrix (${TestStack.mode}): ${calls} calls over ${routes.length} routes\n`);
    expect(failures).toEqual([]);
  });

  it('answers 401 on every non-public route without a token, with an expired one and with a forged one', async () => {
    const ticket = await ownTicket();
    const expired = app.get(JwtService).sign({ sub: org.acme.id, role: 'enterprise' }, { expiresIn: -60 });
    const forged = new JwtService({ secret: 'someone-else-s-secret-of-32-characters' }).sign({ sub: org.admin.id, role: 'admin' });
    const failures: string[] = [];
    for (const route of routes.filter((r) => MATRIX[r]!.roles !== 'public')) {
      const [method, template] = route.split(' ') as [Method, string];
      const path = template.replace('{id}', ticket);
      for (const [name, token] of [['none', undefined], ['expired', expired], ['forged', forged]] as const) {
        const caller = app.client(token);
        const res = await call(caller, method, path, MATRIX[route]!.body?.(org.ids, org) ?? {}, MATRIX[route]!.upload);
        if (res.status !== 401) failures.push(`${route} with ${name} token: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe(`login rate limit (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;

  beforeAll(async () => {
    stack = await TestStack.create({ THROTTLE_LOGIN_LIMIT: '3' });
    app = await stack.start({ PROCESS_ROLE: 'api' });
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('answers 429 with Retry-After-login past THROTTLE_LOGIN_LIMIT attempts a minute, right password or not', async () => {
    const attempt = (password: string) => request(app.http).post('/api/auth/login').send({ username: 'admin', password });
    for (let i = 0; i < 3; i++) await attempt('wrong-password').expect(401);
    const limited = await attempt('admin-password-1').expect(429);
    expect(Number(limited.headers['retry-after-login'])).toBeGreaterThan(0);
    await request(app.http).get('/health').expect(200); // other routes still answer
  });

  it('counts in Redis, so two API instances share one limit, not one each', async () => {
    const other = await stack.start({ PROCESS_ROLE: 'api' });
    try {
      const attempt = (on: TestApp) => request(on.http).post('/api/auth/login').send({ username: 'nobody', password: 'wrong-password' });
      const redis = new Redis(stack.env.REDIS_URL!);
      try {
        // The limit is per client address and the last test's attempts still count this minute: start afresh.
        for (const key of await redis.keys(`${stack.env.QUEUE_PREFIX}:throttle:*`)) await redis.del(key);
        await attempt(app).expect(401);
        await attempt(other).expect(401);
        await attempt(app).expect(401);
        expect((await attempt(other).expect(429)).headers['retry-after-login']).toBeDefined();
        expect(await redis.keys(`${stack.env.QUEUE_PREFIX}:throttle:*login*`)).not.toEqual([]);
      } finally {
        redis.disconnect();
      }
    } finally {
      await other.close();
    }
  });
});
