import 'reflect-metadata';
import { startProcess } from '@whistle/platform';
import { Logger } from 'nestjs-pino';
import { createWorkerContext } from '../../worker/src/index.js';
import { createApiApp } from './app.factory.js';
import { startLines } from './web/start-lines.js';

/** `npm start`: PROCESS_ROLE=all (API and workers, the default), api, or worker. */
await startProcess(async (config, env) => {
  if (!config.runsApi) {
    const worker = await createWorkerContext(env);
    worker.get(Logger).log('whistle worker started');
    return worker;
  }
  const app = await createApiApp(env);
  await app.listen(config.port);
  const logger = app.get(Logger);
  logger.log(`whistle ${config.runsWorker ? 'API and workers' : 'API'} listening on port ${config.port}; docs at /docs`);
  for (const line of startLines(config)) logger.log(line);
  return app;
});

