// Global setup of the e2e:embedded project: one empty PGlite data directory (initdb done) for the
// whole run, which every test stack copies (test/harness.ts) instead of creating its own.
// Creating one costs seconds of WebAssembly CPU (12 s on a busy two-core machine); copying it,
// about one. Kept in the temp directory between runs, one per PGlite version; the test workers
// learn where from WHISTLE_TEST_PGLITE_TEMPLATE.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function createTemplate() {
  const manifest = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const dir = join(tmpdir(), `whistle-test-pglite-${version}`);
  if (!existsSync(dir)) {
    const building = await mkdtemp(`${dir}-building-`);
    const db = await PGlite.create(join(building, 'db'));
    await db.close();
    await rename(join(building, 'db'), dir).catch((error) => {
      if (!existsSync(dir)) throw error; // another run made it meanwhile: theirs is as good
    });
    await rm(building, { recursive: true, force: true });
  }
  process.env.WHISTLE_TEST_PGLITE_TEMPLATE = dir;
}
