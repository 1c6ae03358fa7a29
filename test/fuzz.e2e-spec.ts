import fc from 'fast-check';
import request from 'supertest';
import { type Client, type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * Fuzzing every route of the OpenAPI document with fast-check: bodies built from each DTO's
 * field names with values of every wrong kind (types, huge and unicode strings, deep objects,
 * negative and huge numbers), random bodies, path ids, query strings, headers and malformed
 * JSON. Zero 5xx; every 400 names the field it is about.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
// Thousands of requests per test, each also checked against the OpenAPI document: more than
// jest's default minute on the embedded database of a busy 2-core machine.
const FUZZ_TIMEOUT = 240_000;

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  fields: string[];
  query: string[];
}

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; parameters?: Array<{ in: string; name: string }> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

/** What the server keeps for itself: a body that sets one of these (where its route does not take it) is refused, naming it. */
const PROTECTED = ['state', 'version', 'escalationLevel', 'chainId', 'id', 'createdAt'];

/** A value of any kind a client could send where a field is expected. */
const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '💥'.repeat(500), 'x'.repeat(20_000), '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '{{7*7}}'),
  fc.integer(),
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.5, 3.000001),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 20, max: 2000 }).map((depth) => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < depth; i++) deep = { a: deep };
    return deep;
  }),
);

/** Query strings are text: objects go as JSON (String() throws on some, e.g. one with a `toString` key). */
const asQueryValue = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));

const pathId = fc.oneof(fc.uuid(), fc.string(), fc.constantFrom('0', '-1', '99999999999999999999', '%00', '..%2F..', 'null', "1' OR '1'='1", 'ａｂｃ', 'x'.repeat(5000)));

describe(`fuzzing every endpoint (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let operations: Operation[];
  let ticketId: string;
  let sent = 0;
  // Each test's own list: one test's failures do not fail the others.
  let failures: string[] = [];
  let failed = 0;
  beforeEach(() => {
    failures = [];
  });
  afterEach(() => {
    failed += failures.length;
  });

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
    ticketId = (await place(org.acme)).id;
    const doc = (await request(app.http).get('/docs-json').expect(200)).body as OpenApi;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const ref = Object.values(op.requestBody?.content ?? {})[0]?.schema.$ref;
        const schema = ref ? doc.components.schemas[ref.split('/').pop()!] : undefined;
        return {
          method: method.toUpperCase() as Operation['method'],
          path,
          fields: Object.keys(schema?.properties ?? {}),
          query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        };
      }),
    );
  });

  afterAll(async () => {
    process.stdout.write(`fuzz (${TestStack.mode}): ${sent} requests over ${operations.length} routes, ${failed} failures\n`);
    await app?.close();
    await stack?.dispose();
  });

  /** The caller whose role reaches the route's validation (not stopped at 403 first). */
  function callerFor(op: Operation): Client {
    if (/\/(chains|departments|enterprises|users)(\/\{id\}(\/[a-z-]+)?)?$/.test(op.path) || /\/(sla-policies|calendar|imports|catalogue|webhooks|api-keys)/.test(op.path)) return org.admin;
    if (/\/scores$/.test(op.path)) return org.supervisor;
    if (/\/(request-info|report)$/.test(op.path)) return org.finStaff;
    if (/\/provide-info$/.test(op.path)) return org.acme;
    if (/\/(rate|withdraw)$/.test(op.path) || (op.method === 'POST' && op.path === '/api/tickets')) return org.acme;
    if (/\/(accept|return|feedback|request-extension)$/.test(op.path)) return org.finStaff;
    return org.dispatcher;
  }

  /** Records anything that is not a well-formed answer: a 5xx, or a 400 that does not name its field. */
  function judge(what: string, res: request.Response): void {
    sent++;
    if (res.status >= 500) failures.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    if (res.status === 400) {
      const errors = res.body.errors as Array<{ field?: unknown; messages?: unknown }> | undefined;
      const named = Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e.field === 'string' && e.field.length > 0);
      if (!named) failures.push(`${what}: 400 without the field named: ${JSON.stringify(res.body).slice(0, 200)}`);
    }
  }

  const send = (op: Operation, path: string, client: Client, body?: unknown, query?: Record<string, unknown>) => {
    const call =
      op.method === 'GET'
        ? client.get(path)
        : op.method === 'DELETE'
          ? client.delete(path)
          : op.method === 'PUT'
            ? client.put(path, {})
            : op.method === 'PATCH'
              ? client.patch(path, {})
              : client.post(path);
    if (query) call.query(query as Record<string, string>);
    return (op.method === 'POST' || op.method === 'PUT' || op.method === 'PATCH') && body !== undefined ? call.send(body as object) : call;
  };

  // A year path parameter (PUT /api/calendar/{year}) a valid one, so that the body is what is judged.
  const withId = (op: Operation, id: string) => op.path.replace(/\{(id|kind|code)\}/, encodeURIComponent(id)).replace('{year}', '2027');

  it('answers DTO-shaped bodies with wrong values without a 5xx, naming the field', async () => {
    for (const op of operations.filter((o) => (o.method === 'POST' || o.method === 'PUT' || o.method === 'PATCH') && o.fields.length > 0)) {
      // Fields a client must never set through a body the route does not declare: the whitelist refuses them by name.
      const injectable = PROTECTED.filter((field) => !op.fields.includes(field));
      const body = fc.dictionary(fc.constantFrom(...op.fields, '__proto__', 'constructor', ...injectable), wild, {
        maxKeys: op.fields.length + 2,
      });
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const res = await send(op, withId(op, ticketId), callerFor(op), b);
          const what = `${op.method} ${op.path} ${JSON.stringify(b).slice(0, 120)}`;
          judge(what, res);
          const injected = injectable.filter((field) => Object.hasOwn(b, field));
          if (injected.length === 0) return;
          if (res.status < 300) failures.push(`${what}: ${res.status}: a body setting ${injected.join(', ')} was accepted`);
          const named = new Set(((res.body?.errors ?? []) as { field?: string }[]).map((e) => e.field));
          if (res.status === 400 && !injected.every((field) => named.has(field))) {
            failures.push(`${what}: 400 without naming the injected ${injected.join(', ')}: ${JSON.stringify(res.body).slice(0, 200)}`);
          }
        }),
        { numRuns: RUNS },
      );
    }
    expect(failures).toEqual([]);
  }, FUZZ_TIMEOUT);

  it('answers random bodies, path ids and query strings without a 5xx', async () => {
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), pathId, fc.dictionary(fc.constantFrom(...op.query, 'page', 'x', 'pageSize[]'), wild.map(asQueryValue)), async (body, id, query) => {
          const path = /\{(id|kind|code)\}/.test(op.path) ? withId(op, id) : op.path;
          const size = path.length + JSON.stringify(query).length;
          const res = await send(op, path, callerFor(op), body === null || typeof body !== 'object' ? { value: body } : body, query).catch((error: Error) => {
            // Node's HTTP parser refuses request heads over 16 kB (431, then it closes the socket,
            // which the client may see as a reset): the application never sees them.
            if (size > 8_000 && /ECONNRESET|EPIPE/.test(error.message)) return null;
            throw error;
          });
          if (!res) return;
          judge(`${op.method} ${path.slice(0, 80)} ${JSON.stringify(body).slice(0, 80)} ?${JSON.stringify(query).slice(0, 80)}`, res);
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    }
    expect(failures).toEqual([]);
  }, FUZZ_TIMEOUT);

  it('answers random files, names and kinds to the import without a 5xx, naming the field', async () => {
    const text = fc.array(fc.oneof(fc.string(), fc.constantFrom('code,name', '用户名,角色', '=1+1', '"', '\r\n', ',,,', '\uFEFF', 'username,role,chain')), { maxLength: 30 });
    const bytes = fc.oneof(
      text.map((parts) => Buffer.from(parts.join(fc.sample(fc.constantFrom(',', '\n', ';', '\t'), 1)[0]), 'utf8')),
      fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
      fc.uint8Array({ maxLength: 500 }).map((a) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(a)])),
    );
    const name = fc.oneof(fc.constantFrom('a.csv', 'a.xlsx', 'A.CSV', 'a.xls', 'a', '.csv', '../../etc/passwd.csv', '用户.xlsx'), fc.string());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('users', 'enterprises', 'departments', 'x'), bytes, name, fc.constantFrom('true', 'false', 'yes', ''), async (kind, file, filename, dryRun) => {
        const res = await org.admin.post(`/api/imports/${kind}?dryRun=${dryRun}`).attach('file', file, filename || 'f');
        judge(`POST /api/imports/${kind}?dryRun=${dryRun} ${JSON.stringify(filename)} (${file.length} bytes)`, res);
        if (res.status === 201) failures.push(`POST /api/imports/${kind}: random bytes imported: ${JSON.stringify(res.body).slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
    expect(failures).toEqual([]);
  }, FUZZ_TIMEOUT);

  it('caps page sizes and rejects negative and huge paging values by name', async () => {
    for (const [key, value] of [['pageSize', '101'], ['pageSize', '0'], ['page', '-1'], ['page', '1e400'], ['pageSize', 'NaN']] as const) {
      const res = await org.dispatcher.get('/api/tickets').query({ [key]: value });
      judge(`GET /api/tickets?${key}=${value}`, res);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([key]);
    }
    expect(failures).toEqual([]);
  }, FUZZ_TIMEOUT);

  it('answers malformed JSON, wrong content types and odd headers without a 5xx', async () => {
    const raw = fc.oneof(
      fc.string(),
      fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '1e999999', '{"a":1}{"b":2}', '\u0000', '{"__proto__":{"admin":true}}', `{"title":"${'x'.repeat(300_000)}"}`),
    );
    const headers = fc.record({
      'Content-Type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', ''),
      Authorization: fc.oneof(fc.constant(`Bearer ${org.dispatcher.token}`), fc.string().map((s) => `Bearer ${s}`), fc.constantFrom('Bearer', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'a'.repeat(10_000)}`)),
      'X-Forwarded-For': fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1'),
    });
    const posts = operations.filter((o) => o.method === 'POST');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), raw, headers, async (op, text, head) => {
        const call = request(app.http).post(withId(op, ticketId));
        for (const [name, value] of Object.entries(head)) if (value) call.set(name, value);
        const res = await call.send(text);
        judge(`${op.path} raw ${JSON.stringify(text).slice(0, 60)} ${head['Content-Type']}`, res);
      }),
      { numRuns: RUNS * 5 },
    );
    expect(failures).toEqual([]);
  }, FUZZ_TIMEOUT);
});
