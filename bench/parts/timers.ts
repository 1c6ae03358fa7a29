import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { perUnit, watchCpu } from '../lib/cpu.ts';
import { type Audit, cloneOverdueTickets } from '../lib/generator.ts';
import type { RedisProbe } from '../lib/redis.ts';
import type { ServiceProcess } from '../lib/service.ts';
import { progress, round } from '../lib/stats.ts';

export interface TimersResult {
  timers: number;
  windowSeconds: number;
  generateSeconds: number;
  /** From the rows' commit until the worker had them all on the queue (its promotion sweep). */
  armSeconds: number | null;
  redisBytesPerTimer: number | null;
  /** Alarm ticks (delayed jobs) the timers needed. */
  ticks: number;
  /**
   * After every key of the queue was deleted: until all were back (the watchdog notices within
   * RECONCILE_EVERY), and the re-arming itself as the worker timed it, scaled to 100,000.
   */
  rearm: { detectedAndRearmedSeconds: number | null; rearmSeconds: number | null; per100kSeconds: number | null };
  fired: number;
  stale: number;
  unfired: number;
  lagMs: { p50: number | null; p99: number | null; max: number | null };
  firesPerSecond: number | null;
  /** CPU per firing while the timers fell due, the worker's and PostgreSQL's, and the ceiling it implies. */
  cpuPerFiring: ReturnType<typeof perUnit>;
  armedLate: boolean;
}

export interface Rearm {
  /** From the loss until the worker had re-armed (it notices within RECONCILE_EVERY). */
  totalSeconds: number;
  /** The re-arming itself, as the worker timed it (the read of the database and the adds). */
  rearmSeconds: number;
  /** How many pending timers the worker re-armed (their ticks). */
  timers: number;
}

/** Deletes every key of the queue, then waits for the worker's watchdog to say it re-armed. */
export async function measureRearm(redis: RedisProbe, worker: ServiceProcess, timeoutMs: number): Promise<Rearm | null> {
  const logged = worker.nextLog(/re-armed (\d+) pending timer\(s\) due within the horizon after Redis lost its data, in (\d+) ms/, timeoutMs);
  const lost = Date.now();
  await redis.lose();
  try {
    const [, timers, ms] = /re-armed (\d+) .* in (\d+) ms/.exec(await logged)!;
    return { totalSeconds: (Date.now() - lost) / 1000, rearmSeconds: Number(ms) / 1000, timers: Number(timers) };
  } catch {
    return null; // the worker did not say it re-armed: reported as not measured
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return false;
}

/**
 * Timer precision, memory and recovery in one: `count` overdue tickets whose level-2
 * escalation timers fall due evenly within `windowSeconds`, starting `leadSeconds` from now.
 * Lag is the time from a timer's due moment to the commit of its escalation (settled_at).
 */
export async function timers(
  db: pg.Client,
  redis: RedisProbe,
  worker: ServiceProcess,
  cores: number,
  audit: Audit,
  templateId: string,
  count: number,
  windowSeconds: number,
  leadSeconds: number,
): Promise<TimersResult> {
  const baseline = await redis.usedMemory();
  const dueFrom = new Date(Date.now() + leadSeconds * 1000);
  const started = Date.now();
  await cloneOverdueTickets(db, audit, templateId, count, dueFrom, windowSeconds * 1000, (done) => {
    if (done % 25_000 === 0 || done === count) progress(`  timers: ${done.toLocaleString('en')} overdue tickets written`);
  });
  const generated = Date.now();
  const { rows: tickRows } = await db.query(
    `SELECT DISTINCT (ceil(extract(epoch FROM due_at) * 10) * 100)::bigint AS tick FROM timers
      WHERE status = 'pending' AND event = 'ESCALATE' AND level = 2 AND ticket_id <> $1`,
    [templateId],
  );
  const ticks = tickRows.map((row: { tick: string }) => Number(row.tick));
  const allArmed = async () => (await redis.missingTicks(ticks)) === 0;
  const armed = await waitFor(allArmed, Math.max(5_000, dueFrom.getTime() - Date.now()));
  const armSeconds = armed ? (Date.now() - generated) / 1000 : null;
  const redisBytesPerTimer = armed ? (await redis.usedMemory() - baseline) / count : null;
  progress(`  timers: armed in ${armSeconds ?? '—'} s, ${redisBytesPerTimer ? Math.round(redisBytesPerTimer) : '—'} bytes of Redis per timer (${ticks.length} ticks)`);

  // Redis loses everything; the workers' watchdog notices and re-arms from the database.
  let rearm: TimersResult['rearm'] = { detectedAndRearmedSeconds: null, rearmSeconds: null, per100kSeconds: null };
  if (armed && dueFrom.getTime() - Date.now() > 20_000) {
    const measured = await measureRearm(redis, worker, dueFrom.getTime() - Date.now());
    if (measured && !(await waitFor(allArmed, 5_000))) throw new Error('the worker said it re-armed, but ticks are missing from Redis');
    if (measured) {
      rearm = {
        detectedAndRearmedSeconds: round(measured.totalSeconds, 2),
        rearmSeconds: round(measured.rearmSeconds, 3),
        per100kSeconds: round((measured.rearmSeconds * 100_000) / count, 3),
      };
    }
    progress(`  timers: after losing Redis, re-armed ${rearm.detectedAndRearmedSeconds ?? '—'} s after the loss (the re-arming itself ${rearm.rearmSeconds ?? '—'} s)`);
  } else {
    progress('  timers: no time left before the window to measure re-arming; skipped');
  }
  const armedLate = Date.now() > dueFrom.getTime();

  const pending = async () =>
    Number((await db.query(`SELECT count(*) AS n FROM timers WHERE status = 'pending' AND event = 'ESCALATE' AND level = 2 AND ticket_id <> $1`, [templateId])).rows[0].n);
  const windowEnd = dueFrom.getTime() + windowSeconds * 1000;
  await sleep(Math.max(0, dueFrom.getTime() - Date.now()));
  const firingCpu = watchCpu([worker.pid]);
  const pendingAtStart = await pending();
  await waitFor(async () => {
    const left = await pending();
    if (Date.now() > dueFrom.getTime()) progress(`  timers: ${left.toLocaleString('en')} still pending`);
    return left === 0;
  }, windowEnd - Date.now() + 120_000, 5_000);
  const firedMeanwhile = pendingAtStart - (await pending());
  const cpuPerFiring = perUnit(firingCpu.stop(), firedMeanwhile, cores);
  if (cpuPerFiring) {
    progress(`  timers: CPU per firing: worker ${cpuPerFiring.serviceMs} ms, PostgreSQL ${cpuPerFiring.postgresMs} ms; ceiling ${cpuPerFiring.ceilingPerSecond} firings/s`);
  }

  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'fired') AS fired, count(*) FILTER (WHERE status = 'stale') AS stale,
            count(*) FILTER (WHERE status = 'pending') AS unfired,
            percentile_disc(0.5) WITHIN GROUP (ORDER BY lag) AS p50, percentile_disc(0.99) WITHIN GROUP (ORDER BY lag) AS p99, max(lag) AS max,
            extract(epoch FROM max(settled_at) - min(due_at)) AS span
       FROM (SELECT status, settled_at, due_at, extract(epoch FROM settled_at - due_at) * 1000 AS lag
               FROM timers WHERE event = 'ESCALATE' AND level = 2 AND ticket_id <> $1) t`,
    [templateId],
  );
  const r = rows[0];
  const num = (v: string | null) => (v === null ? null : round(Number(v), 0));
  return {
    timers: count,
    windowSeconds,
    generateSeconds: round((generated - started) / 1000, 1)!,
    armSeconds: armSeconds === null ? null : round(armSeconds, 2),
    redisBytesPerTimer: redisBytesPerTimer === null ? null : Math.round(redisBytesPerTimer),
    ticks: ticks.length,
    rearm,
    fired: Number(r.fired),
    stale: Number(r.stale),
    unfired: Number(r.unfired),
    lagMs: { p50: num(r.p50), p99: num(r.p99), max: num(r.max) },
    firesPerSecond: r.span ? round(Number(r.fired) / Number(r.span), 0) : null,
    cpuPerFiring,
    armedLate,
  };
}
