import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { API_MAIN, freePort, processEnv, requireBuild, ServiceProcess, WORKER_MAIN } from './faults.js';
import { type TestApp, TestStack } from './harness.js';

const INDEX = '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'document.getElementById("root").textContent = "console";';
const YEAR = 'public, max-age=31536000, immutable';

/** A stand-in for `npm run build:web`'s output: the tests do not need a real Vite build. */
async function fakeBuild(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'whistle-web-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
  return root;
}

describe(`the web console at / (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await fakeBuild();
    stack = await TestStack.create({ WEB_ROOT: webRoot });
    app = await stack.start({ PROCESS_ROLE: 'api' });
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('answers index.html, never cached, at / and at any client-side route', async () => {
    for (const path of ['/', '/tickets/0f8fad5b-d9cb-469f-a165-70867728950e', '/admin/users?page=2', '/login']) {
      const res = await request(app.http).get(path).expect(200).expect('Content-Type', /text\/html/);
      expect(res.text).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect((await request(app.http).head('/orders').expect(200)).headers['cache-control']).toBe('no-cache');
  });

  it('caches the hashed assets for a year, and a missing asset is a 404, not index.html', async () => {
    const res = await request(app.http).get('/assets/index-Ab12Cd34.js').expect(200).expect('Content-Type', /javascript/);
    expect(res.text).toBe(SCRIPT);
    expect(res.headers['cache-control']).toBe(YEAR);
    const missing = await request(app.http).get('/assets/index-gone.js').expect(404);
    expect(missing.text).not.toBe(INDEX);
  });

  it('leaves /api, /docs, /docs-json and /health as they were', async () => {
    const unknown = await request(app.http).get('/api/nope').expect(404).expect('Content-Type', /json/);
    expect(unknown.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/nope' });
    expect((await request(app.http).get('/API/nope').expect(404)).body).toMatchObject({ statusCode: 404 });
    const deep = await request(app.http).get('/api/tickets/a/b/c').expect(404);
    expect(deep.body).toMatchObject({ statusCode: 404, message: 'Cannot GET /api/tickets/a/b/c' });
    await request(app.http).get('/api/tickets').expect(401);
    const health = await request(app.http).get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    const doc = await request(app.http).get('/docs-json').expect(200).expect('Content-Type', /json/);
    expect(doc.body.openapi).toMatch(/^3\./);
    const docs = await request(app.http).get('/docs').expect(200).expect('Content-Type', /html/);
    expect(docs.text).toContain('swagger-ui');
    await request(app.http).get('/docs/nope').expect(404);
  });

  it('sends security headers with a Content-Security-Policy of the console’s own origin', async () => {
    for (const path of ['/', '/assets/index-Ab12Cd34.js', '/api/nope', '/health', '/docs']) {
      const { headers } = await request(app.http).get(path);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe(`the API without a console build (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'whistle-web-empty-'));
    stack = await TestStack.create({ WEB_ROOT: webRoot });
    app = await stack.start({ PROCESS_ROLE: 'api' });
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('says at / how to build the console, and the API works', async () => {
    for (const path of ['/', '/tickets/1']) {
      const res = await request(app.http).get(path).expect(503).expect('Content-Type', /text\/plain/);
      expect(res.text).toContain('The web console is not built');
      expect(res.text).toContain('npm run build:web');
    }
    await request(app.http).get('/health').expect(200);
    await request(app.http).get('/docs-json').expect(200);
    expect((await request(app.http).get('/api/nope').expect(404)).body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

/** Runs `main` with `node` until it exits; its code and output. */
function run(node: string, args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(node, args, { env: processEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

const NODE_LINE = /^whistle: needs Node\.js 24\.9 or newer, but this is v\d+\.\d+\.\d+ \(.+\); start it through npm \(npm start, .*\), .* or install Node\.js 24 LTS$/;

describe('the entry points on an older Node.js', () => {
  beforeAll(() => requireBuild());

  // Debian's node (20 here) crashed with a segmentation fault and no word before anything ran.
  const systemNode = '/usr/bin/node';
  (existsSync(systemNode) ? it : it.skip)(`refuse ${systemNode} in one line`, async () => {
    const version = await run(systemNode, ['-p', 'process.versions.node']);
    if (Number(version.stdout.split('.')[0]) >= 24) return;
    for (const main of [API_MAIN, WORKER_MAIN]) {
      const result = await run(systemNode, [main]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(NODE_LINE)]);
    }
  });

  it('refuse any Node.js older than package.json’s engines before loading anything else', async () => {
    // This Node.js made to report 22.12.0: the check must run before the service's modules
    // load (none of them would log or connect anything first).
    const older = "data:text/javascript,Object.defineProperty(process.versions,'node',{value:'22.12.0'})";
    const result = await run(process.execPath, ['--import', older, API_MAIN], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(NODE_LINE)]);
  });
});

describe(`starting the service (${TestStack.mode} database)`, () => {
  const stacks: TestStack[] = [];
  let webRoot: string;

  beforeAll(async () => {
    requireBuild();
    webRoot = await fakeBuild();
  });

  afterAll(async () => {
    for (const stack of stacks) await stack.dispose();
    await rm(webRoot, { recursive: true, force: true });
  });

  async function service(env: Record<string, string | undefined>): Promise<{ service: ServiceProcess; port: string }> {
    const stack = await TestStack.create({ WEB_ROOT: webRoot });
    stacks.push(stack);
    const port = await freePort();
    return { service: new ServiceProcess(API_MAIN, { ...stack.env, PORT: port, LOG_LEVEL: 'info', ...env }), port };
  }

  it('prints a few JSON lines, without module-loading noise, ending with where the console is and how to log in', async () => {
    const { service: first, port } = await service({ ADMIN_PASSWORD: undefined });
    try {
      await first.waitFor(/log in as /, 150_000);
      const messages = first.log
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string; context?: string });
      for (const noise of ['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']) {
        expect(messages.filter((m) => m.context === noise)).toEqual([]);
      }
      expect(messages.some((m) => /generated password: /.test(m.msg))).toBe(true);
      expect(messages.slice(-3).map((m) => m.msg)).toEqual([
        expect.stringMatching(/listening on port/),
        `open the console at http://localhost:${port}/`,
        'log in as "admin" with the password shown once in the log when that administrator was created',
      ]);
      expect(messages.length).toBeLessThanOrEqual(8);
    } finally {
      await first.stop();
    }
  }, 180_000);

  it('writes readable lines with LOG_FORMAT=pretty (what a terminal gets)', async () => {
    const { service: pretty, port } = await service({ PROCESS_ROLE: 'api', LOG_FORMAT: 'pretty' });
    try {
      await pretty.waitFor(/log in as "admin" with ADMIN_PASSWORD/, 150_000);
      await request(`http://127.0.0.1:${port}`).get('/api/nope').expect(404);
      await pretty.waitFor(/GET \/api\/nope → 404/);
    } finally {
      await pretty.stop();
    }
    const lines = pretty.log.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: whistle API listening on port/));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\[[\\d:.]+\\] INFO: open the console at http://localhost:${port}/$`)));
    // Written synchronously too: the shutdown's last line is not lost.
    expect(lines.at(-1)).toMatch(/INFO: \[Database\] database closed/);
  }, 180_000);
});
