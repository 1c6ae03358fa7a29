import 'reflect-metadata';
import { startProcess } from '@whistle/platform';
import { Logger } from 'nestjs-pino';
import { createWorkerContext } from './worker.factory.js';

/** The workers alone, whatever PROCESS_ROLE says: `npm run start:worker`. */
await startProcess(async (_config, env) => {
  const worker = await createWorkerContext({ ...env, PROCESS_ROLE: 'worker' });
  worker.get(Logger).log('whistle worker started');
  return worker;
});
