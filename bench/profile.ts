/**
 * `node bench/profile.ts`: the lifecycle part alone against one API process started with
 * --cpu-prof (a worker beside it), for finding where an action's time goes; with
 * `BENCH_PART=floor`, the floor part instead (one ticket read by id, over and over); with
 * `BENCH_PART=list`, the administrator's first page of 41 tickets. The profile
 * lands in PROFILE_DIR (default /tmp/whistle-profile); open it in Chrome DevTools or speedscope.
 */
import { randomBytes } from 'node:crypto';
import { Api, seedOrganisation } from './lib/http.ts';
import { getLoad } from './lib/load.ts';
import { recreateDatabase } from './lib/postgres.ts';
import { RedisProbe } from './lib/redis.ts';
import { ServiceProcess } from './lib/service.ts';
import { progress } from './lib/stats.ts';
import { lifecycle } from './parts/lifecycle.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/whistle_bench';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const dir = process.env.PROFILE_DIR ?? '/tmp/whistle-profile';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const prefix = `whistle-profile-${process.pid}`;
const env = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: prefix,
  PORT: '3991',
  ADMIN_PASSWORD: 'bench-admin-password',
  JWT_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'warn',
};
const api = new Api('http://127.0.0.1:3991/api');

await recreateDatabase(databaseUrl);
const service = await ServiceProcess.start('api', { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` }, () => api.healthy());
const worker = await ServiceProcess.start('worker', { ...env, LOG_LEVEL: 'info' }, /reconciled \d+ pending timer/);
const org = await seedOrganisation(api, 'bench-admin-password');
const clients = Number(process.env.BENCH_CLIENTS ?? 8);
progress(`profiling the API for ${seconds} s`);
let result: unknown;
if (process.env.BENCH_PART === 'floor' || process.env.BENCH_PART === 'list') {
  const enterprise = org.chains[0]!.enterprises[0]!;
  const place = () => api.call<{ id: string }>('POST', '/tickets', enterprise.token, { title: '剖析', description: '剖析用工单', category: 'financing' });
  const ticket = await place();
  if (process.env.BENCH_PART === 'list') for (let i = 0; i < 40; i++) await place();
  const path = process.env.BENCH_PART === 'list' ? '/api/tickets?pageSize=20' : `/api/tickets/${ticket.id}`;
  result = await getLoad('http://127.0.0.1:3991', path, process.env.BENCH_PART === 'list' ? org.admin : enterprise.token, clients, seconds, [service.pid]);
} else {
  result = await lifecycle('http://127.0.0.1:3991', org, clients, seconds);
}
console.log(JSON.stringify(result, null, 2));
await Promise.all([service.stop(), worker.stop()]);
const redis = new RedisProbe(redisUrl, prefix);
await redis.lose();
await redis.close();
progress(`profile written under ${dir}`);
