/**
 * The dispatcher's queues at volume (issue 14): loads `BENCH_TICKETS` (1,000,000) tickets into
 * `BENCH_QUEUES_DATABASE_URL` with the bench's generator (kept between runs: a second run only
 * measures), spreads them over the states, priorities and deadlines a zone's database holds,
 * then opens the console (below), then times the first page of each queue and the queue counts
 * through the API.
 *
 *   npm run bench:web               # builds, then this; needs the PostgreSQL server, Redis and /usr/bin/chromium
 *   BENCH_QUEUES_ROLES=dispatcher node bench/queues.ts   # some of dispatcher, department, leader, admin
 *
 * The console, on the same database, in Chromium: the JavaScript the login page loads, and the
 * time from navigation to the first page of the dispatcher's queue on screen (a cold load, then
 * `BENCH_WEB_RUNS` warm ones).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { generateOpenTickets } from './lib/generator.ts';
import { Api, seedOrganisation } from './lib/http.ts';
import { connect, recreateDatabase } from './lib/postgres.ts';
import { ServiceProcess } from './lib/service.ts';
import { percentiles, progress, round } from './lib/stats.ts';
import { web } from './parts/web.ts';

const env = process.env;
const databaseUrl = env.BENCH_QUEUES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/whistle_queues';
const port = Number(env.BENCH_PORT ?? 4390);
const tickets = Number(env.BENCH_TICKETS ?? 1_000_000);
const ADMIN_PASSWORD = 'bench-admin-password';
const api = new Api(`http://127.0.0.1:${port}/api`);
const serviceEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  DATABASE_URL: databaseUrl,
  REDIS_URL: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `whistle-queues-${process.pid}`,
  PORT: String(port),
  ADMIN_PASSWORD,
  JWT_SECRET: 'queues-bench-secret-of-at-least-32-characters',
  DATA_DIR: `/tmp/whistle-queues-${randomBytes(3).toString('hex')}`,
  LOG_LEVEL: 'warn',
  ...extra,
});

/**
 * The generator writes accepted tickets only; a zone's database holds every stage. By the
 * ticket's number: 30 % closed, 2 % withdrawn, 1 % placed, 0.3 % returned, 2 % dispatched,
 * 5 % feedback given, 1 % awaiting information, 1 % rectifying, the rest in progress; a
 * priority each; 4 % overdue, half of them escalated. Only the columns lists read are changed.
 */
const SPREAD = `
  UPDATE tickets SET
    state = s.state,
    department_id = CASE WHEN s.state IN ('placed', 'returned') THEN NULL ELSE department_id END,
    leader_user_id = CASE WHEN s.state IN ('placed', 'returned') THEN NULL ELSE leader_user_id END,
    priority = CASE WHEN s.state IN ('placed') THEN NULL ELSE (ARRAY['urgent', 'high', 'normal', 'normal', 'low'])[1 + s.n % 5] END,
    return_count = CASE WHEN s.state = 'returned' THEN 1 ELSE 0 END,
    rate_by = CASE WHEN s.state = 'feedback_given' THEN created_at + interval '20 days' ELSE NULL END,
    overdue = s.state NOT IN ('closed', 'withdrawn') AND s.n % 100 < 4,
    escalation_level = CASE WHEN s.state NOT IN ('closed', 'withdrawn') AND s.n % 100 < 2 THEN 1 + s.n % 3 ELSE 0 END
  FROM (SELECT id, n, CASE
          WHEN n % 1000 < 300 THEN 'closed' WHEN n % 1000 < 320 THEN 'withdrawn' WHEN n % 1000 < 330 THEN 'placed'
          WHEN n % 1000 < 333 THEN 'returned' WHEN n % 1000 < 353 THEN 'dispatched' WHEN n % 1000 < 403 THEN 'feedback_given'
          WHEN n % 1000 < 413 THEN 'awaiting_info' WHEN n % 1000 < 423 THEN 'rectifying' ELSE 'in_progress' END AS state
        FROM (SELECT id, right(code, 8)::int AS n FROM tickets WHERE code LIKE 'BENCH-%') numbered) s
  WHERE tickets.id = s.id`;

async function load(): Promise<void> {
  progress(`queues: loading ${tickets.toLocaleString('en')} tickets into ${databaseUrl}`);
  await recreateDatabase(databaseUrl);
  const service = await ServiceProcess.start('api', serviceEnv(), () => api.healthy());
  const org = await seedOrganisation(api, ADMIN_PASSWORD);
  const chain = org.chains[0]!;
  const department = org.departments[0]!;
  const template = await api.call<{ id: string }>('POST', '/tickets', chain.enterprises[0]!.token, { title: '在办模板', description: '基准测试模板工单', category: 'financing' });
  await api.call('POST', `/tickets/${template.id}/dispatch`, chain.dispatcher, { departmentId: department.id, priority: 'normal' });
  await api.call('POST', `/tickets/${template.id}/accept`, department.staff, { note: '已受理' });
  await service.stop();
  const db = await connect(databaseUrl);
  try {
    const started = Date.now();
    await generateOpenTickets(db, template.id, tickets, (done) => progress(`  queues: ${done.toLocaleString('en')} tickets written`));
    progress('  queues: spreading states, priorities and deadlines');
    await db.query(SPREAD);
    await db.query('VACUUM ANALYZE tickets, ticket_assignments, timers');
    await db.query('CHECKPOINT');
    progress(`  queues: loaded in ${round((Date.now() - started) / 1000, 1)} s`);
  } finally {
    await db.end();
  }
}

const QUEUES = [
  ['to dispatch', '/tickets?states=placed,returned&sort=deadline'],
  ['awaiting acceptance', '/tickets?state=dispatched&sort=deadline'],
  ['in progress', '/tickets?states=in_progress,awaiting_info,rectifying&sort=deadline'],
  ['due soon', '/tickets?dueWithin=P3D&sort=deadline'],
  ['overdue', '/tickets?overdue=true&sort=deadline'],
  ['escalated', '/tickets?escalated=true&sort=escalation'],
  ['by urgency', '/tickets?sort=priority'],
  ['newest (default)', '/tickets'],
  ['counts', '/tickets/counts'],
] as const;

async function measure(): Promise<void> {
  const service = await ServiceProcess.start('api', serviceEnv(), () => api.healthy(), 300_000);
  try {
    const users = { dispatcher: await api.login('pharma.dispatch', 'bench-password-1'), department: await api.login('fin.staff', 'bench-password-1'), leader: await api.login('leader.fin', 'bench-password-1'), admin: await api.login('admin', ADMIN_PASSWORD) };
    // The console first, on a quiet machine: right after the heavy all-chain lists below, the
    // same loads measured about 400 ms slower.
    if (env.BENCH_WEB !== 'false') {
      const runs = Number(env.BENCH_WEB_RUNS ?? 9);
      const user = await api.call('GET', '/auth/me', users.dispatcher);
      for (const path of (env.BENCH_WEB_PATHS ?? '/queues,/queues?queue=inProgress').split(',')) {
        const result = await web(`http://127.0.0.1:${port}`, { token: users.dispatcher, user }, path, runs);
        progress(`console    login page JavaScript ${result.loginJs.gzipKB} kB gzip (${result.loginJs.rawKB} kB, ${result.loginJs.files} files; target ≤ 350 kB gzip)`);
        progress(`console    ${path} first page on screen: cold ${result.queue.cold} ms, warm p50 ${result.queue.warm.p50} ms, max ${result.queue.warm.max} ms (${result.queue.warm.runs} loads, ${result.queue.rows} rows; target ≤ 1000 ms)`);
      }
    }
    const roles = env.BENCH_QUEUES_ROLES?.split(',') ?? Object.keys(users);
    for (const [who, token] of Object.entries(users).filter(([who]) => roles.includes(who))) {
      for (const [name, path] of QUEUES) {
        const samples: number[] = [];
        let total: unknown;
        for (let i = 0; i < 11; i++) {
          const t0 = performance.now();
          const body = await api.call<{ total?: number; toDispatch?: number }>('GET', path, token);
          if (i > 0) samples.push(performance.now() - t0);
          total = body.total ?? body;
        }
        const p = percentiles(samples);
        progress(`${who.padEnd(10)} ${name.padEnd(20)} p50 ${round(p.p50)} ms, max ${round(p.max)} ms; ${typeof total === 'number' ? `total ${total}` : JSON.stringify(total)}`);
      }
    }
  } finally {
    await service.stop();
  }
}

async function main(): Promise<void> {
  const db = await connect(databaseUrl).catch(() => null);
  const have = db ? Number((await db.query(`SELECT count(*) AS n FROM tickets`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n) : 0;
  await db?.end();
  if (have < tickets) await load();
  if (env.BENCH_QUEUES_LOAD_ONLY !== 'true') await measure();
}

await main();
process.exit(0);
