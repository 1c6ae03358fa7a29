/**
 * `npm run api:generate`: boots the API on the embedded database in a throw-away DATA_DIR,
 * reads its /docs-json and writes the console's typed client (apps/web/src/api/schema.d.ts)
 * from it. Run it after changing a route, a DTO or a view; a test fails until you do.
 * `-- --document <file>` also writes the document itself there.
 */
import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProcessEnvironment } from '@whistle/config';
import { createApiApp } from '../app.factory.js';
import { CLIENT_TYPES_PATH, renderClientTypes } from './client-types.js';

const dataDir = await mkdtemp(join(tmpdir(), 'whistle-openapi-'));
try {
  const app = await createApiApp({
    ...readProcessEnvironment(),
    DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    PROCESS_ROLE: 'api',
    QUEUE_PREFIX: `whistle-openapi-${randomBytes(4).toString('hex')}`,
    ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    LOG_LEVEL: 'silent',
  });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/docs-json`);
    if (!response.ok) throw new Error(`GET /docs-json answered ${response.status}`);
    const document = (await response.json()) as OpenAPIObject;
    await writeFile(CLIENT_TYPES_PATH, await renderClientTypes(document));
    const documentPath = process.argv[process.argv.indexOf('--document') + 1];
    if (process.argv.includes('--document') && documentPath) await writeFile(documentPath, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`wrote ${CLIENT_TYPES_PATH} (${Object.keys(document.paths).length} paths)`);
  } finally {
    await app.close();
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
