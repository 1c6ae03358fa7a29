/**
 * Repeat problems (每月一题, issue 16) at volume: loads `BENCH_TICKETS` (1,000,000) orders whose
 * texts are generated with known repeats into `BENCH_SIMILAR_DATABASE_URL` (kept between runs: a
 * second run only measures), then asks `GET /api/tickets/:id/similar` for `BENCH_SIMILAR_SAMPLES`
 * (400) repeats as their chain's committee would, and prints how often the true earlier order is
 * among the first five suggestions (target ≥ 80 %) and the latency (target p99 ≤ 100 ms).
 *
 *   npm run bench:similar          # builds the API, then this; needs the PostgreSQL server and Redis
 *
 * The texts: every order is about one of 40 topics (financing, hiring, land, permits, logistics …)
 * in one of three wordings that share the topic's common words, and names its own specifics —
 * a place, a product, an amount (every wording names all three) — drawn from a few hundred characters, so that unrelated orders
 * share the common words and, now and then, a place or a product. 6 % of the orders are repeats:
 * another enterprise of the same chain, weeks later, describing the same problem (its specifics,
 * most of them) in another of the topic's wordings. That is the hard case: a repeat shares its
 * specifics and little of its wording with the order it repeats, and its wording with thousands.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { cloneStatement } from './lib/generator.ts';
import { Api, seedOrganisation } from './lib/http.ts';
import { connect, recreateDatabase } from './lib/postgres.ts';
import { ServiceProcess } from './lib/service.ts';
import { percentiles, progress, round } from './lib/stats.ts';

/** The service's own terms (built by npm run bench:similar), so the bench's orders are matched as the service's are. */
const { storedGrams } = (await import(pathToFileURL('dist/libs/common/src/grams.js').href)) as {
  storedGrams: (ticket: { title: string; description: string; chainId: string }) => string[];
};

const env = process.env;
const databaseUrl = env.BENCH_SIMILAR_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/whistle_similar';
const port = Number(env.BENCH_PORT ?? 4391);
const total = Number(env.BENCH_TICKETS ?? 1_000_000);
const samples = Number(env.BENCH_SIMILAR_SAMPLES ?? 400);
const ADMIN_PASSWORD = 'bench-admin-password';
const api = new Api(`http://127.0.0.1:${port}/api`);
const serviceEnv: Record<string, string> = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `whistle-similar-${process.pid}`,
  PORT: String(port),
  ADMIN_PASSWORD,
  JWT_SECRET: 'similar-bench-secret-of-at-least-32-characters',
  DATA_DIR: `/tmp/whistle-similar-${randomBytes(3).toString('hex')}`,
  LOG_LEVEL: 'warn',
  THROTTLE_LIMIT: '100000',
};

/** A seeded generator (mulberry32): the same texts on every run. */
function generator(seed: number) {
  let s = seed;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const CHARS = [...'安宝北滨长城春大德东丰福富光广国海汉和河红湖华怀吉嘉建江金锦京晶景静九菊康兰蓝乐黎丽利连良林临灵龙隆鹿绿茂美民明南宁鹏平浦七启千桥青清庆秋泉仁荣瑞润三森山善上尚深神胜盛石顺泰天通同万旺威维文武西溪祥新信星兴秀旭雅阳扬怡益银英永友裕元远月云泽长正志中众州洲卓紫'];
const PLACE_SUFFIX = ['路', '大道', '工业园', '镇', '片区', '产业园'];
const PRODUCTS = ['电缆', '轴承', '液压件', '铸件', '原料药', '中间体', '饮片', '米粉', '茶叶', '酒', '光伏组件', '锂电池', '变压器', '医疗器械', '农机', '包装材料', '冷冻食品', '精细化学品', '电子元件', '烟机配件'];

/** Each topic: wordings of the same problem (sharing its common words), each with slots for the specifics. */
const TOPICS: string[][] = [
  ['{place}{product}项目扩产,流动资金缺口约{amount}万元,希望协调银行贷款。', '我公司{product}生产线扩建,在{place},还差{amount}万元流动资金,请帮助对接金融机构。', '扩大{product}产能需要资金{amount}万元,厂址{place},恳请帮忙融资。'],
  ['{place}新建{product}车间需要用地约{amount}亩,用地审批进度慢。', '{product}项目落户{place},{amount}亩工业用地迟迟批不下来。', '申请{place}地块{amount}亩建{product}厂房,土地手续请协调加快。'],
  ['{place}{product}生产线缺少技术工人{amount}人,希望对接职业院校。', '招不到熟练工,{product}车间缺口{amount}人,{place}园区能否组织招聘会。', '{place}厂区{product}岗位用工缺{amount}名,请人社部门帮忙。'],
  ['{place}{product}产品出口退税{amount}万元两个月未到账,影响资金周转。', '出口{product}的退税款{amount}万元一直没到,请税务部门催办,公司在{place}。', '{place}企业{product}出口退税迟迟不到账,金额{amount}万元。'],
  ['{place}厂区道路破损,{product}货车通行困难,约{amount}米请协调修复。', '进出{place}的路坏了,运{product}的车过不去,约{amount}米需要修。', '{product}运输受阻,{place}门前道路损坏{amount}米。'],
  ['{product}新产品认证检测周期长,希望{place}检测中心加快,已等{amount}天。', '检测认证太慢,{product}等了{amount}天还没出报告,送检{place}。', '{place}{product}送检认证进度慢,已等待{amount}天。'],
  ['{place}园区供电容量不足,{product}新生产线需增容{amount}千伏安。', '{product}车间要增加用电{amount}千伏安,{place}变电站容量不够。', '申请增容{amount}千伏安用于{product}扩产,地点{place}。'],
  ['{place}{product}原材料价格上涨,采购成本增加{amount}%,希望对接本地供应商。', '做{product}的原料涨价{amount}%,{place}有没有本地货源可以对接。', '{place}企业{product}原材料紧缺,成本上涨{amount}%。'],
  ['{product}物流运费上涨{amount}%,希望协调{place}本地物流企业。', '发{product}的运费涨了{amount}%,{place}附近有无物流公司合作。', '{place}{product}外发物流成本高,上涨{amount}%。'],
  ['{product}项目环评批复进度慢,已提交{amount}天,项目在{place}。', '{place}{product}项目的环评报告交了{amount}天还没批。', '环评审批请加快,{product}扩建项目,{place},等待{amount}天。'],
];
// 40 topics: the ten above with the four kinds of ask appended, so wordings overlap across topics too.
const ASKS = ['请予协调解决。', '希望尽快办理。', '恳请相关部门支持。', '企业很着急,请帮忙。'];

interface Order {
  title: string;
  description: string;
  /** The order it repeats (index), or -1. */
  repeats: number;
  chain: number;
  day: number;
}

function specifics(r: ReturnType<typeof generator>) {
  const name = () => r.pick(CHARS) + r.pick(CHARS);
  return { place: name() + r.pick(PLACE_SUFFIX), product: r.next() < 0.5 ? name() + r.pick(PRODUCTS) : r.pick(PRODUCTS), amount: String(10 + r.int(990)) };
}

function fill(template: string, s: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => s[k]!);
}

/** The orders, oldest first; a repeat comes 1–60 days after the order it repeats. */
function orders(count: number): Order[] {
  const r = generator(2026);
  const out: Order[] = [];
  const families: { index: number; topic: number; wording: number; s: Record<string, string>; chain: number; day: number }[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor((i / count) * 365);
    if (families.length > 1000 && r.next() < 0.06) {
      // A repeat of a recent order: same chain, another wording, and the specifics told again as
      // another enterprise would — the place 85 % of the time, the product 85 %, the amount 60 %
      // (else its own). About 2 % share none of them and are a topic's order like thousands.
      const f = families[families.length - 1 - r.int(Math.min(families.length, 20_000))]!;
      const topic = TOPICS[f.topic % TOPICS.length]!;
      const wording = (f.wording + 1 + r.int(topic.length - 1)) % topic.length;
      const own = specifics(r);
      const s = { place: r.next() < 0.85 ? f.s.place! : own.place, product: r.next() < 0.85 ? f.s.product! : own.product, amount: r.next() < 0.6 ? f.s.amount! : own.amount };
      const text = fill(topic[wording]!, s) + r.pick(ASKS);
      out.push({ title: text.slice(0, 12 + r.int(8)), description: text, repeats: f.index, chain: f.chain, day: Math.max(day, f.day + 1 + r.int(60)) });
      continue;
    }
    const topicIndex = r.int(TOPICS.length * ASKS.length);
    const topic = TOPICS[topicIndex % TOPICS.length]!;
    const wording = r.int(topic.length);
    const s = specifics(r);
    const text = fill(topic[wording]!, s) + ASKS[Math.floor(topicIndex / TOPICS.length)]!;
    const chain = r.int(4);
    families.push({ index: i, topic: topicIndex, wording, s, chain, day });
    out.push({ title: text.slice(0, 12 + r.int(8)), description: text, repeats: -1, chain, day });
  }
  return out;
}

async function load(all: Order[]): Promise<void> {
  progress(`similar: loading ${total.toLocaleString('en')} orders into ${databaseUrl}`);
  await recreateDatabase(databaseUrl);
  const service = await ServiceProcess.start('api', serviceEnv, () => api.healthy());
  const org = await seedOrganisation(api, ADMIN_PASSWORD);
  const template = await api.call<{ id: string }>('POST', '/tickets', org.chains[0]!.enterprises[0]!.token, { title: '模板', description: '基准测试模板工单', category: 'financing' });
  await service.stop();
  const db = await connect(databaseUrl);
  try {
    const started = Date.now();
    const { rows: enterprises } = await db.query<{ id: string; chain_id: string }>(`SELECT e.id, e.chain_id FROM enterprises e JOIN chains c ON c.id = e.chain_id ORDER BY c.code, e.name`);
    const { rows: chains } = await db.query<{ id: string }>(`SELECT id FROM chains ORDER BY code`);
    const byChain = chains.map((c) => enterprises.filter((e) => e.chain_id === c.id).map((e) => e.id));
    await db.query('DROP INDEX tickets_grams_idx');
    const insert = await cloneStatement(
      db,
      'tickets',
      't',
      {
        id: 'u.id',
        code: `'SIM-' || lpad(u.n::text, 8, '0')`,
        title: 'u.title',
        description: 'u.description',
        grams: `array_to_tsvector(string_to_array(u.grams, ' '))`,
        enterprise_id: 'u.enterprise_id',
        chain_id: 'u.chain_id',
        created_at: `now() - interval '366 days' + u.day * interval '1 day' + (u.n % 86400) * interval '1 second'`,
        updated_at: `now() - interval '366 days' + u.day * interval '1 day'`,
      },
      `tickets t, unnest($2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::int[]) AS u(n, id, title, description, grams, enterprise_id, chain_id, day) WHERE t.id = $1`,
    );
    const BATCH = 10_000;
    for (let start = 0; start < all.length; start += BATCH) {
      const batch = all.slice(start, start + BATCH);
      const n = batch.map((_, i) => start + i);
      await db.query(insert, [
        template.id,
        n,
        batch.map(() => randomUUID()),
        batch.map((o) => o.title),
        batch.map((o) => o.description),
        batch.map((o) => storedGrams({ title: o.title, description: o.description, chainId: chains[o.chain]!.id }).join(' ')),
        batch.map((o, i) => byChain[o.chain]![(start + i) % byChain[o.chain]!.length]!),
        batch.map((o) => chains[o.chain]!.id),
        batch.map((o) => o.day),
      ]);
      if ((start / BATCH) % 10 === 9) progress(`  similar: ${(start + batch.length).toLocaleString('en')} orders written`);
    }
    progress('  similar: building the GIN index on tickets.grams');
    await db.query('CREATE INDEX tickets_grams_idx ON tickets USING gin (grams)');
    await db.query('VACUUM ANALYZE tickets');
    await db.query('CHECKPOINT');
    progress(`  similar: loaded in ${round((Date.now() - started) / 1000, 1)} s`);
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const all = orders(total);
  const db = await connect(databaseUrl).catch(() => null);
  const loaded = db ? Number((await db.query(`SELECT count(*) AS n FROM tickets WHERE code LIKE 'SIM-%'`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n) : 0;
  await db?.end();
  if (loaded !== total) await load(all);
  else progress(`similar: ${total.toLocaleString('en')} orders already loaded in ${databaseUrl}`);

  const service = await ServiceProcess.start('api', serviceEnv, () => api.healthy(), 300_000);
  try {
    const conn = await connect(databaseUrl);
    const { rows: ids } = await conn.query<{ code: string; id: string }>(`SELECT code, id FROM tickets WHERE code LIKE 'SIM-%'`);
    const { rows: gin } = await conn.query<{ size: string; rows: string }>(`SELECT pg_size_pretty(pg_relation_size('tickets_grams_idx')) AS size, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'tickets')::text AS rows`);
    await conn.end();
    const idOf = new Map(ids.map((r) => [Number(r.code.slice(4)), r.id]));
    const repeats = all.map((o, i) => ({ ...o, index: i })).filter((o) => o.repeats >= 0);
    const r = generator(7);
    const chosen = Array.from({ length: Math.min(samples, repeats.length) }, () => repeats[r.int(repeats.length)]!);
    const dispatchers = await Promise.all(['pharma', 'equip', 'food', 'power'].map((c) => api.login(`${c}.dispatch`, 'bench-password-1')));
    // The chains sort by code: EQUIP, FOOD, PHARMA, POWER.
    const dispatcherOf = [dispatchers[1]!, dispatchers[2]!, dispatchers[0]!, dispatchers[3]!];
    // A few warm-up queries (the first reads the statistics).
    for (const o of chosen.slice(0, 5)) await api.call('GET', `/tickets/${idOf.get(o.index)}/similar`, dispatcherOf[o.chain]!);
    let top1 = 0;
    let top5 = 0;
    const misses: string[][] = [];
    const code = (n: number) => `SIM-${String(n).padStart(8, '0')}`;
    const latencies: number[] = [];
    for (const o of chosen) {
      const t0 = performance.now();
      const found = await api.call<{ ticket: { id: string }; score: number }[]>('GET', `/tickets/${idOf.get(o.index)}/similar`, dispatcherOf[o.chain]!);
      latencies.push(performance.now() - t0);
      const rank = found.findIndex((f) => f.ticket.id === idOf.get(o.repeats));
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 5) top5++;
      else if (misses.length < 10) misses.push([code(o.index), code(o.repeats)]);
    }
    const p = percentiles(latencies);
    const result = {
      tickets: total,
      repeats: repeats.length,
      samples: chosen.length,
      top1: round((100 * top1) / chosen.length, 1),
      top5: round((100 * top5) / chosen.length, 1),
      latencyMs: { p50: round(p.p50), p95: round(p.p95), p99: round(p.p99), max: round(p.max) },
      gin: gin[0],
    };
    progress(`similar: ${chosen.length} repeats among ${total.toLocaleString('en')} orders (${repeats.length.toLocaleString('en')} repeats in all)`);
    progress(`similar: the true earlier order first in ${result.top1} %, among the first five in ${result.top5} % (target ≥ 80 %)`);
    progress(`similar: GET /api/tickets/:id/similar p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms (target p99 ≤ 100 ms); GIN index ${gin[0]!.size}`);
    if (env.BENCH_SIMILAR_PAIRS) await writeFile(env.BENCH_SIMILAR_PAIRS, JSON.stringify(chosen.map((o) => [code(o.index), code(o.repeats)])));
    // The repeats missed, as [repeat, the order it repeats], to look into.
    if (env.BENCH_SIMILAR_MISSES) progress(`similar: missed ${JSON.stringify(misses)}`);
    await mkdir('bench/results', { recursive: true });
    await writeFile(`bench/results/similar-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(result, null, 2));
  } finally {
    await service.stop();
  }
}

await main();
