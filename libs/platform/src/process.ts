import type { INestApplicationContext } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig, readProcessEnvironment } from '@whistle/config';
import { Logger } from 'nestjs-pino';
import { preflight, PreflightError } from './preflight.js';

type Env = Record<string, string | undefined>;

/**
 * Starts a process of any role: reads `.env` if present, validates the configuration and
 * checks Redis and the database, exiting with one line that says what to fix when
 * something is wrong; then hands over to `start`.
 */
export async function startProcess(start: (config: AppConfig, env: Env) => Promise<INestApplicationContext>): Promise<void> {
  const env: Env = readProcessEnvironment();
  try {
    const config = loadConfig(env);
    const warnings = await preflight(config);
    const app = await start(config, env);
    const logger = app.get(Logger);
    for (const warning of warnings) logger.warn(warning);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PreflightError) {
      process.stderr.write(`whistle: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
