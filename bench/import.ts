/**
 * `npm run bench:import`: how long a bulk import of 5,000 rows takes (issue 15 asks under 30 s),
 * for each kind, as a dry run and for real, through HTTP as the console sends it, on the
 * PostgreSQL server and on the embedded database. Prints a table; writes bench/results/import.json.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, clientAddress } from './lib/http.ts';
import { recreateDatabase } from './lib/postgres.ts';
import { ServiceProcess } from './lib/service.ts';
import { progress, round, table } from './lib/stats.ts';

const env = process.env;
const ROWS = Number(env.BENCH_IMPORT_ROWS ?? 5000);
const PORT = Number(env.BENCH_PORT ?? 3991);
const DATABASE_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/whistle_import';
const ADMIN_PASSWORD = 'bench-admin-password';
const api = new Api(`http://127.0.0.1:${PORT}/api`);

type Kind = 'departments' | 'enterprises' | 'users';

/** The three files: departments as CSV, enterprises as XLSX, users (four roles) as CSV. */
async function files(): Promise<Record<Kind, { name: string; bytes: Buffer }>> {
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  const departments = csv(['部门编码,部门名称,分管领导（用户名）', ...Array.from({ length: ROWS }, (_, i) => `D${i},区第${i}局,${i % 10 === 0 ? 'bench.leader' : ''}`)]);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  sheet.addRow(['企业名称', '产业链（编码或名称）', '企业层级', '地址']);
  for (let i = 0; i < ROWS; i++) sheet.addRow([`湘企${i}`, i % 2 ? 'PHARMA' : '装备制造产业链', i === 0 ? '链主企业' : i < 20 ? '核心企业' : '成员企业', `常德经开区 ${i} 号`]);
  const enterprises = Buffer.from(await book.xlsx.writeBuffer());
  const roles = ['企业', '职能部门', '产业链党委', '营商环境监督员'];
  const users = csv([
    '用户名,角色,姓名,产业链,企业,部门',
    ...Array.from({ length: ROWS }, (_, i) => {
      const role = roles[i % 4]!;
      return `bench.u${i},${role},用户 ${i},${role === '产业链党委' ? 'PHARMA' : ''},${role === '企业' ? '常德制药' : ''},${role === '职能部门' ? 'FIN' : ''}`;
    }),
  ]);
  return { departments: { name: 'departments.csv', bytes: departments }, enterprises: { name: 'enterprises.xlsx', bytes: enterprises }, users: { name: 'users.csv', bytes: users } };
}

async function upload(token: string, kind: Kind, file: { name: string; bytes: Buffer }, dryRun: boolean): Promise<{ ms: number; status: number; created: number; errors: number }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  const start = performance.now();
  const response = await fetch(`${api.base}/imports/${kind}?dryRun=${dryRun}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': clientAddress() } });
  const body = (await response.json()) as { created: number; errors: unknown[] };
  const ms = performance.now() - start;
  if (response.status >= 300) throw new Error(`${kind} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, status: response.status, created: body.created, errors: body.errors.length };
}

async function measure(database: 'postgres' | 'embedded'): Promise<(string | number | null)[][]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'whistle-import-'));
  if (database === 'postgres') await recreateDatabase(DATABASE_URL);
  const service = await ServiceProcess.start(
    'all',
    {
      ...(database === 'postgres' ? { DATABASE_URL } : {}),
      DATA_DIR: dataDir,
      PORT: String(PORT),
      ADMIN_PASSWORD,
      JWT_SECRET: 'bench-import-secret-of-at-least-32-characters',
      QUEUE_PREFIX: `whistle-bench-import-${process.pid}`,
      LOG_LEVEL: 'warn',
    },
    () => api.healthy(),
  );
  try {
    const admin = await api.login('admin', ADMIN_PASSWORD);
    const chain = await api.call<{ id: string }>('POST', '/chains', admin, { code: 'PHARMA', name: '医药化工产业链' });
    await api.call('POST', '/chains', admin, { code: 'EQUIP', name: '装备制造产业链' });
    await api.call('POST', '/users', admin, { username: 'bench.leader', password: 'bench-password-1', role: 'leader' });
    await api.call('POST', '/departments', admin, { code: 'FIN', name: '区财政局' });
    await api.call('POST', '/enterprises', admin, { name: '常德制药', chainId: chain.id, tier: 'leader' });
    const rows: (string | number | null)[][] = [];
    for (const [kind, file] of Object.entries(await files()) as [Kind, { name: string; bytes: Buffer }][]) {
      for (const dryRun of [true, false]) {
        const result = await upload(admin, kind, file, dryRun);
        if (result.errors > 0) throw new Error(`${kind}: ${result.errors} rows refused`);
        progress(`${database}: ${kind} ${dryRun ? 'dry run' : 'import'} of ${ROWS} rows: ${Math.round(result.ms)} ms (${result.created} created)`);
        rows.push([database, kind, file.name, round(file.bytes.length / 1024, 0), dryRun ? 'dry run' : 'import', result.created, round(result.ms / 1000, 2)]);
      }
    }
    return rows;
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows = [...(await measure('postgres')), ...(await measure('embedded'))];
const header = ['database', 'kind', 'file', 'kB', 'run', 'created', 'seconds'];
process.stdout.write(`\nBulk import of ${ROWS} rows through POST /api/imports/{kind} (target: under 30 s)\n\n${table([header, ...rows])}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/import.json', `${JSON.stringify({ at: new Date().toISOString(), rows: ROWS, results: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) }, null, 2)}\n`);
