import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { generateOpenTickets } from '../lib/generator.ts';
import { clientAddress, type Organisation } from '../lib/http.ts';
import { getLoad, type Load } from '../lib/load.ts';
import type { RedisProbe } from '../lib/redis.ts';
import type { ServiceProcess } from '../lib/service.ts';
import { measureRearm } from './timers.ts';
import { percentiles, progress, round } from '../lib/stats.ts';

export interface ReadsResult {
  tickets: number;
  openTickets: number;
  pendingTimers: number;
  generateSeconds: number;
  redis: { usedBytes: number; queueBytes: number; delayedJobs: number };
  /** After Redis lost everything, with the whole backlog in the database: the re-arming as the worker timed it, and per 100,000 open tickets. */
  rearm: { seconds: number | null; per100kOpenTickets: number | null; jobs: number; timers: number | null };
  lists: { name: string; requests: number; rps: number; p50: number; p99: number; max: number; non2xx: number; cpuPerRequest: Load['cpuPerRequest'] }[];
  scoreboard: { name: string; requests: number; p50: number | null; max: number | null }[];
}

async function count(db: pg.Client, sql: string): Promise<number> {
  return Number((await db.query(sql)).rows[0].n);
}

/** Read latency of ticket lists (autocannon, concurrent) and of the scoreboard (one at a time). */
export async function reads(
  db: pg.Client,
  redis: RedisProbe,
  worker: ServiceProcess,
  api: ServiceProcess,
  url: string,
  org: Organisation,
  templateId: string,
  tickets: number,
  settleMs: number,
  clients: number,
  seconds: number,
): Promise<ReadsResult> {
  const existing = await count(db, 'SELECT count(*) AS n FROM tickets');
  const baseline = await redis.usedMemory();
  const started = Date.now();
  const toGenerate = Math.max(0, tickets - existing);
  await generateOpenTickets(db, templateId, toGenerate, (done) => progress(`  reads: ${done.toLocaleString('en')} of ${toGenerate.toLocaleString('en')} tickets written`));
  // As a database that has settled: statistics, visibility map, and the load's dirty pages
  // written out, so the checkpoint that follows a bulk load does not land in the measurements.
  progress('  reads: VACUUM ANALYZE, CHECKPOINT');
  await db.query('VACUUM ANALYZE tickets, ticket_assignments, timers');
  await db.query('CHECKPOINT');
  const generateSeconds = round((Date.now() - started) / 1000, 1)!;

  // Let the workers' sweep see the new timers, then weigh Redis.
  await sleep(settleMs);
  const { delayed } = await redis.queued();
  const used = await redis.usedMemory();
  const openTickets = await count(db, `SELECT count(*) AS n FROM tickets WHERE state NOT IN ('closed', 'withdrawn')`);
  const pendingTimers = await count(db, `SELECT count(*) AS n FROM timers WHERE status = 'pending'`);
  progress(`  reads: ${openTickets.toLocaleString('en')} open tickets, ${pendingTimers.toLocaleString('en')} pending timers, ${delayed} jobs in Redis (${Math.round(used / 1048576)} MB)`);

  // Redis loses everything again, now with the whole backlog in the database.
  const measured = await measureRearm(redis, worker, 120_000);
  const rearmSeconds = measured ? round(measured.rearmSeconds, 3) : null;
  const per100k = measured ? round((measured.rearmSeconds * 100_000) / openTickets, 3) : null;
  progress(
    `  reads: after losing Redis, ${measured?.timers ?? '—'} timers (${delayed} jobs) re-armed in ${rearmSeconds ?? '—'} s, ${measured ? round(measured.totalSeconds, 1) : '—'} s after the loss`,
  );

  const chain = org.chains[0]!;
  const department = org.departments[0]!;
  const variants = [
    { name: 'admin, all tickets', token: org.admin, path: '/api/tickets?pageSize=20' },
    { name: 'admin, page 50', token: org.admin, path: '/api/tickets?pageSize=20&page=50' },
    { name: 'dispatcher, own chain', token: chain.dispatcher, path: '/api/tickets?pageSize=20' },
    { name: 'department, in progress', token: department.staff, path: '/api/tickets?pageSize=20&state=in_progress' },
    { name: 'enterprise, own', token: chain.enterprises[0]!.token, path: '/api/tickets?pageSize=20' },
    { name: 'supervisor, overdue', token: org.supervisor, path: '/api/tickets?pageSize=20&overdue=true' },
  ];
  const lists: ReadsResult['lists'] = [];
  for (const v of variants) {
    // One second unmeasured first, so each variant is measured warm (plans cached, pages read).
    await getLoad(url, v.path, v.token, clients, 1, []);
    const load = await getLoad(url, v.path, v.token, clients, seconds, [api.pid, worker.pid]);
    const perRequest = load.cpuPerRequest;
    const entry = {
      name: v.name,
      requests: load.requests,
      rps: load.requestsPerSecond,
      ...load.latencyMs,
      non2xx: load.non2xx,
      cpuPerRequest: perRequest,
    };
    lists.push(entry);
    progress(`  reads: list "${v.name}": p50 ${entry.p50} ms, p99 ${entry.p99} ms, ${entry.rps} req/s; CPU per request: service ${perRequest?.serviceMs} ms, PostgreSQL ${perRequest?.postgresMs} ms`);
  }

  const scoreboard: ReadsResult['scoreboard'] = [];
  const month = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  for (const s of [
    { name: 'all time, all chains', token: org.admin, path: '/api/reports/departments' },
    { name: 'last 30 days, all chains', token: org.admin, path: `/api/reports/departments?from=${month}` },
    { name: 'all time, one chain', token: chain.dispatcher, path: '/api/reports/departments' },
  ]) {
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const response = await fetch(`${url}${s.path}`, { headers: { authorization: `Bearer ${s.token}`, 'x-forwarded-for': clientAddress() } });
      await response.text();
      if (!response.ok) throw new Error(`${s.path} answered ${response.status}`);
      samples.push(performance.now() - t0);
    }
    const p = percentiles(samples);
    scoreboard.push({ name: s.name, requests: samples.length, p50: round(p.p50), max: round(p.max) });
    progress(`  reads: scoreboard "${s.name}": p50 ${round(p.p50)} ms, max ${round(p.max)} ms`);
  }
  return {
    tickets: existing + toGenerate,
    openTickets,
    pendingTimers,
    generateSeconds,
    redis: { usedBytes: used, queueBytes: used - baseline, delayedJobs: delayed },
    rearm: { seconds: rearmSeconds, per100kOpenTickets: per100k, jobs: delayed, timers: measured?.timers ?? null },
    lists,
    scoreboard,
  };
}
