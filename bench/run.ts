/**
 * `npm run bench`: the service against the PostgreSQL server and Redis, measured against the
 * machine's own limits. Prints a progress line per part, then a table; writes the figures as
 * JSON under bench/results/. See README, "Performance".
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { perUnit, watchCpu } from './lib/cpu.ts';
import type { Audit } from './lib/generator.ts';
import { Api, type Organisation, seedOrganisation } from './lib/http.ts';
import { getLoad } from './lib/load.ts';
import { connect, recreateDatabase, withDatabase } from './lib/postgres.ts';
import { RedisProbe } from './lib/redis.ts';
import { ServiceProcess } from './lib/service.ts';
import { mb, progress, round, table } from './lib/stats.ts';
import { ACTIONS, lifecycle } from './parts/lifecycle.ts';
import { pgbench } from './parts/pgbench.ts';
import { reads } from './parts/reads.ts';
import { timers } from './parts/timers.ts';
import { web } from './parts/web.ts';
import { webhookReceiver } from './parts/webhooks.ts';

const env = process.env;
const int = (name: string, fallback: number) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (got ${env[name]})`);
  return value;
};
const options = {
  databaseUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/whistle_bench',
  pgbenchDatabase: env.BENCH_PGBENCH_DATABASE ?? 'whistle_pgbench',
  redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  prefix: `whistle-bench-${process.pid}`,
  port: int('BENCH_PORT', 3990),
  clients: int('BENCH_CLIENTS', 8),
  seconds: int('BENCH_SECONDS', 20),
  timers: int('BENCH_TIMERS', 100_000),
  timerWindow: int('BENCH_TIMER_WINDOW', 60),
  tickets: int('BENCH_TICKETS', 1_000_000),
  readSeconds: int('BENCH_READ_SECONDS', 5),
  timerLead: int('BENCH_TIMER_LEAD', 100),
  webRuns: int('BENCH_WEB_RUNS', 5),
  webPath: env.BENCH_WEB_PATH ?? '/queues',
};
const ADMIN_PASSWORD = 'bench-admin-password';
const api = new Api(`http://127.0.0.1:${options.port}/api`);

/** What every process of the service gets; the rest is the service's own defaults. */
const serviceEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  DATABASE_URL: options.databaseUrl,
  REDIS_URL: options.redisUrl,
  QUEUE_PREFIX: options.prefix,
  PORT: String(options.port),
  ADMIN_PASSWORD,
  JWT_SECRET: jwtSecret,
  RECONCILE_EVERY: 'PT15S',
  LOG_LEVEL: 'warn',
  // The webhook part's receiver is on this machine.
  WEBHOOK_ALLOW_PRIVATE: 'true',
  ...extra,
});
const jwtSecret = randomBytes(32).toString('hex');

async function lifecycleTemplate(org: Organisation, title: string): Promise<string> {
  const chain = org.chains[0]!;
  const enterprise = chain.enterprises[0]!;
  const department = org.departments[0]!;
  const ticket = await api.call<{ id: string }>('POST', '/tickets', enterprise.token, { title, description: '基准测试模板工单', category: 'financing' });
  await api.call('POST', `/tickets/${ticket.id}/dispatch`, chain.dispatcher, { departmentId: department.id, priority: 'normal' });
  await api.call('POST', `/tickets/${ticket.id}/accept`, department.staff, { note: '已受理' });
  return ticket.id;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  progress(`setup: database ${withDatabase(options.databaseUrl, '…')} (recreated), Redis prefix ${options.prefix}`);
  await recreateDatabase(options.databaseUrl);
  const redis = new RedisProbe(options.redisUrl, options.prefix);
  await redis.lose();
  const db = await connect(options.databaseUrl);
  const audit = (await import(pathToFileURL('dist/libs/tickets/src/ticket.audit.js').href)) as Audit;

  // The overdue template: a short feedback SLA, so its deadline passes and level 1 escalates.
  progress('setup: organisation and an overdue template ticket (one process, feedback due in 2 s)');
  const short = await ServiceProcess.start('all', serviceEnv({ SLA_FEEDBACK: 'PT2S', SLA_REMIND_BEFORE: 'PT1S' }), () => api.healthy());
  const org = await seedOrganisation(api, ADMIN_PASSWORD);
  const overdueTemplate = await lifecycleTemplate(org, '逾期模板');
  for (let i = 0; ; i++) {
    const ticket = await api.call<{ escalationLevel: number }>('GET', `/tickets/${overdueTemplate}`, org.admin);
    if (ticket.escalationLevel === 1) break;
    if (i > 100) throw new Error('the overdue template was not escalated within 20 s');
    await sleep(200);
  }
  await short.stop();

  progress('setup: API and worker as two processes, service defaults');
  const apiProcess = await ServiceProcess.start('api', serviceEnv(), () => api.healthy());
  const worker = await ServiceProcess.start('worker', serviceEnv({ LOG_LEVEL: 'info' }), /reconciled \d+ pending timer/);
  const openTemplate = await lifecycleTemplate(org, '在办模板');
  const memory: Record<string, { api: { rss: number; peak: number }; worker: { rss: number; peak: number } }> = {};
  const weigh = (part: string) => (memory[part] = { api: apiProcess.memory(), worker: worker.memory() });

  progress(`lifecycle: ${options.clients} clients for ${options.seconds} s (place → dispatch → accept → feedback → rate)`);
  const lifecycleCpu = watchCpu([apiProcess.pid, worker.pid]);
  const cycle = await lifecycle(`http://127.0.0.1:${options.port}`, org, options.clients, options.seconds);
  const actionCpu = perUnit(lifecycleCpu.stop(), cycle.actions, cpus().length);
  weigh('lifecycle');
  progress(`lifecycle: ${cycle.actionsPerSecond} actions/s, ${cycle.cycles} cycles, ${cycle.errors} errors`);
  if (actionCpu) {
    progress(
      `lifecycle: CPU per action: service ${actionCpu.serviceMs} ms, PostgreSQL ${actionCpu.postgresMs} ms, load generator ${actionCpu.benchMs} ms;` +
        ` ceiling without the load generator ${actionCpu.ceilingPerSecond} actions/s`,
    );
  }

  // The same lifecycle with one webhook endpoint subscribed to everything: every action's
  // timeline line is written to the outbox in its transaction and sent by the worker.
  progress(`webhooks: the lifecycle again, ${options.clients} clients for ${options.seconds} s, with one endpoint subscribed to every event`);
  const receiver = await webhookReceiver();
  const endpoint = await api.call<{ id: string; secret: string }>('POST', '/webhooks', org.admin, { url: receiver.url, events: ['*'], description: 'bench' });
  receiver.verifyWith(endpoint.secret);
  const hookedCpu = watchCpu([apiProcess.pid, worker.pid]);
  const hooked = await lifecycle(`http://127.0.0.1:${options.port}`, org, options.clients, options.seconds);
  const hookedActionCpu = perUnit(hookedCpu.stop(), hooked.actions, cpus().length);
  const drainStarted = Date.now();
  for (;;) {
    const view = await api.call<{ pending: number; delivered: number; failed: number }>('GET', `/webhooks/${endpoint.id}`, org.admin);
    if (view.pending === 0) break;
    if (Date.now() - drainStarted > 300_000) throw new Error(`webhook deliveries not drained within 300 s: ${JSON.stringify(view)}`);
    await sleep(200);
  }
  const drainMs = Date.now() - drainStarted;
  const deliveries = await api.call<{ delivered: number; failed: number }>('GET', `/webhooks/${endpoint.id}`, org.admin);
  const webhook = { ...hooked, cpuPerAction: hookedActionCpu, deliveries: { ...receiver.stats(), delivered: deliveries.delivered, failed: deliveries.failed, drainAfterRunMs: drainMs } };
  await api.call('DELETE', `/webhooks/${endpoint.id}`, org.admin);
  await receiver.close();
  progress(
    `webhooks: ${hooked.actionsPerSecond} actions/s (without: ${cycle.actionsPerSecond}), ${webhook.deliveries.delivered} delivered, ` +
      `${webhook.deliveries.badSignatures} bad signatures, lag p50 ${webhook.deliveries.lagMs?.p50} ms p99 ${webhook.deliveries.lagMs?.p99} ms, drained ${drainMs} ms after the run`,
  );

  const floorPath = `/api/tickets/${openTemplate}`;
  const floorSeconds = Math.max(1, Math.round(options.seconds / 2));
  progress(`floor: GET ${floorPath.replace(openTemplate, ':id')} as its enterprise, ${options.clients} clients for ${floorSeconds} s`);
  const read1 = await getLoad(`http://127.0.0.1:${options.port}`, floorPath, org.chains[0]!.enterprises[0]!.token, options.clients, floorSeconds, [
    apiProcess.pid,
    worker.pid,
  ]);
  const requestCpu = read1.cpuPerRequest;
  progress(`floor: ${read1.requestsPerSecond} requests/s; CPU per request: service ${requestCpu?.serviceMs} ms, PostgreSQL ${requestCpu?.postgresMs} ms, load generator ${requestCpu?.benchMs} ms`);

  progress(`pgbench: TPC-B, ${options.clients} clients for ${options.seconds} s on the same server`);
  const pg = await pgbench(withDatabase(options.databaseUrl, options.pgbenchDatabase), options.clients, options.seconds, 10);
  progress(`pgbench: ${pg.tps} tps; CPU per transaction: PostgreSQL ${pg.cpuPerTransaction?.postgresMs} ms, pgbench ${pg.cpuPerTransaction?.benchMs} ms`);

  progress(`timers: ${options.timers.toLocaleString('en')} escalations due within ${options.timerWindow} s`);
  const timer = await timers(db, redis, worker, cpus().length, audit, overdueTemplate, options.timers, options.timerWindow, options.timerLead);
  weigh('timers');
  progress(`timers: lag p50 ${timer.lagMs.p50} ms, p99 ${timer.lagMs.p99} ms, max ${timer.lagMs.max} ms; ${timer.fired} fired, ${timer.unfired} unfired`);

  progress(`reads: ${options.tickets.toLocaleString('en')} tickets`);
  const read = await reads(db, redis, worker, apiProcess, `http://127.0.0.1:${options.port}`, org, openTemplate, options.tickets, 12_000, options.clients, options.readSeconds);
  weigh('reads');

  // The console on the same million tickets: the API process serves it, as in production.
  progress(`web: the console in Chromium (login page scripts; ${options.webPath} as chain ${org.chains[0]!.code}'s dispatcher, 1 cold + ${options.webRuns} warm loads)`);
  const dispatcher = org.chains[0]!.dispatcher;
  const console_ = await web(`http://127.0.0.1:${options.port}`, { token: dispatcher, user: await api.call('GET', '/auth/me', dispatcher) }, options.webPath, options.webRuns);
  progress(`web: ${options.webPath} first page cold ${console_.queue.cold} ms, warm p50 ${console_.queue.warm.p50} ms (max ${console_.queue.warm.max}), ${console_.queue.rows} rows`);

  await Promise.all([apiProcess.stop(), worker.stop()]);
  await redis.lose();
  await redis.close();
  await db.end();

  const ratio = round(cycle.actionsPerSecond / pg.tps, 3);
  const webhookRatio = round(webhook.actionsPerSecond / pg.tps, 3);
  // The CPU accounts of the three workloads, side by side: what a TPC-B transaction costs the
  // machine (PostgreSQL + pgbench), hence what an action may cost for the ratio to reach 0.30.
  const allIn = (c: ReturnType<typeof perUnit>) => (c ? round(c.serviceMs + c.postgresMs + c.benchMs, 2) : null);
  const budget = {
    tpcbMs: allIn(pg.cpuPerTransaction),
    actionBudgetMs: pg.cpuPerTransaction ? round(allIn(pg.cpuPerTransaction)! / 0.3, 2) : null,
    floorRequestMs: allIn(requestCpu),
    actionMs: allIn(actionCpu),
  };
  const result = {
    startedAt: startedAt.toISOString(),
    seconds: round((Date.now() - startedAt.getTime()) / 1000, 0),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, memoryMB: Math.round(totalmem() / 1048576), node: process.version },
    options: { ...options, databaseUrl: undefined },
    lifecycle: { ...cycle, cpuPerAction: actionCpu },
    floor: read1,
    budget,
    pgbench: pg,
    ratio,
    webhook: { ...webhook, ratio: webhookRatio },
    timers: timer,
    reads: read,
    web: console_,
    memory,
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

  const worst = (xs: (number | null)[]) => Math.max(...xs.map((x) => x ?? NaN));
  console.log(`\n${table([
    ['figure', 'value', 'target'],
    ['lifecycle actions/s', cycle.actionsPerSecond, null],
    ['pgbench TPC-B tps', pg.tps, null],
    ['actions/s ÷ pgbench tps', ratio, '≥ 0.30'],
    ['  the same with one webhook endpoint subscribed to everything', webhookRatio, null],
    ['  webhooks: actions/s; delivered / bad signatures; lag p50/p99 ms; drained after the run, ms', `${webhook.actionsPerSecond}; ${webhook.deliveries.delivered} / ${webhook.deliveries.badSignatures}; ${webhook.deliveries.lagMs?.p50} / ${webhook.deliveries.lagMs?.p99}; ${webhook.deliveries.drainAfterRunMs}`, null],
    ['  CPU ms per action with the webhook: service / PostgreSQL / load generator', hookedActionCpu ? `${hookedActionCpu.serviceMs} / ${hookedActionCpu.postgresMs} / ${hookedActionCpu.benchMs}` : null, null],
    ...ACTIONS.map((a) => [`  ${a} p50/p95/p99 ms`, `${cycle.latencyMs[a].p50} / ${cycle.latencyMs[a].p95} / ${cycle.latencyMs[a].p99}`, null]),
    ['  CPU ms per action: service / PostgreSQL / load generator', actionCpu ? `${actionCpu.serviceMs} / ${actionCpu.postgresMs} / ${actionCpu.benchMs}` : null, null],
    ['  ceiling: cores ÷ (service + PostgreSQL CPU), actions/s', actionCpu?.ceilingPerSecond ?? null, null],
    ['floor: GET /tickets/:id requests/s', read1.requestsPerSecond, null],
    ['  CPU ms per request: service / PostgreSQL / load generator', requestCpu ? `${requestCpu.serviceMs} / ${requestCpu.postgresMs} / ${requestCpu.benchMs}` : null, null],
    ['CPU ms per TPC-B transaction: PostgreSQL / pgbench', pg.cpuPerTransaction ? `${pg.cpuPerTransaction.postgresMs} / ${pg.cpuPerTransaction.benchMs}` : null, null],
    ['CPU ms, all processes: per TPC-B tx / budget of an action at 0.30 / floor request / action', `${budget.tpcbMs} / ${budget.actionBudgetMs} / ${budget.floorRequestMs} / ${budget.actionMs}`, null],
    ['lifecycle errors (non-2xx + socket)', Object.values(cycle.non2xx).reduce((s, n) => s + (n ?? 0), 0) + cycle.errors, '0'],
    [`timer lag p50/p99/max ms (${options.timers.toLocaleString('en')} in ${options.timerWindow} s)`, `${timer.lagMs.p50} / ${timer.lagMs.p99} / ${timer.lagMs.max}`, 'p99 ≤ 1000'],
    ['timers fired / unfired', `${timer.fired} / ${timer.unfired}`, null],
    ['  firings/s; CPU ms per firing: worker / PostgreSQL', `${timer.firesPerSecond}; ${timer.cpuPerFiring ? `${timer.cpuPerFiring.serviceMs} / ${timer.cpuPerFiring.postgresMs}` : '—'}`, null],
    ['  ceiling: cores ÷ CPU per firing, firings/s (100,000 in 60 s needs 1,667)', timer.cpuPerFiring?.ceilingPerSecond ?? null, null],
    ['Redis bytes per armed timer (ticks held)', `${timer.redisBytesPerTimer} (${timer.ticks})`, null],
    ['re-arm after Redis loss, s per 100k timers due', timer.rearm.per100kSeconds, '≤ 6'],
    [`Redis MB with ${read.openTickets.toLocaleString('en')} open tickets`, mb(read.redis.usedBytes), '< 100'],
    ['  jobs held in Redis / timers pending in the database', `${read.redis.delayedJobs} / ${read.pendingTimers}`, null],
    ['  re-arm after Redis loss at that size, s (per 100k open tickets)', `${read.rearm.seconds} (${read.rearm.per100kOpenTickets})`, '≤ 6 per 100k'],
    ...read.lists.map((l) => [`list ${l.name} p50/p99 ms`, `${l.p50} / ${l.p99}`, 'p99 ≤ 50']),
    ['list p99, worst variant, ms', worst(read.lists.map((l) => l.p99)), '≤ 50'],
    ...read.scoreboard.map((s) => [`scoreboard ${s.name} p50/max ms`, `${s.p50} / ${s.max}`, '≤ 1000']),
    ['console: login page JavaScript, kB gzip (files)', `${console_.loginJs.gzipKB} (${console_.loginJs.files})`, '≤ 350'],
    [`console: ${options.webPath} first page at ${read.tickets.toLocaleString('en')} tickets, ms cold / warm p50 / warm max`, `${console_.queue.cold} / ${console_.queue.warm.p50} / ${console_.queue.warm.max}`, '≤ 1000'],
    ['RSS MB api / worker (peak)', `${mb(memory.reads!.api.peak)} / ${mb(memory.reads!.worker.peak)}`, null],
  ])}\n\nwritten to ${file} (${result.seconds} s in all)`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
