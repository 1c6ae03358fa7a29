import { loadConfig } from '@whistle/config';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLines } from './start-lines.js';

describe('the start-up lines', () => {
  let built: string;

  beforeAll(async () => {
    built = await mkdtemp(join(tmpdir(), 'whistle-web-'));
    await writeFile(join(built, 'index.html'), '<!doctype html>');
  });

  afterAll(() => rm(built, { recursive: true, force: true }));

  it('say where the console is and how the administrator logs in', () => {
    expect(startLines(loadConfig({ PORT: '8080', WEB_ROOT: built }))).toEqual([
      'open the console at http://localhost:8080/',
      'log in as "admin" with the password shown once in the log when that administrator was created',
    ]);
    expect(startLines(loadConfig({ WEB_ROOT: built, ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'change-me-please' }))[1]).toBe(
      'log in as "root" with ADMIN_PASSWORD',
    );
  });

  it('give the demo users’ password with SEED_DEMO', () => {
    expect(startLines(loadConfig({ WEB_ROOT: built, SEED_DEMO: 'true' }))[2]).toBe(
      'demo users (pharma.e1, pharma.dispatch, fin.staff, leader.wang, supervisor, …) log in with password "whistle-demo"',
    );
  });

  it('say how to build the console when it is not built', () => {
    expect(startLines(loadConfig({ WEB_ROOT: join(built, 'nothing-here') }))[0]).toMatch(
      /^the web console is not built \(no .*nothing-here\/index\.html\): run npm run build:web, or start with npm start, which builds it; the API is at http:\/\/localhost:3000\/api$/,
    );
  });
});
