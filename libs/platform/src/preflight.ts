import type { AppConfig } from '@whistle/config';
import { Redis } from 'ioredis';
import pg from 'pg';

/** A dependency the process cannot start without: says which, and how to fix it. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
}

const hidePassword = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/**
 * Checks that Redis (and the PostgreSQL server, when DATABASE_URL is set) answer before
 * anything starts, so a misconfigured deployment fails in one clear line instead of
 * retrying quietly. Returns warnings worth logging.
 */
export async function preflight(config: AppConfig): Promise<string[]> {
  const warnings: string[] = [];
  const redis = new Redis(config.redis.url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    const policy = await redis.config('GET', 'maxmemory-policy').catch(() => null);
    const value = Array.isArray(policy) ? policy[1] : null;
    if (value && value !== 'noeviction') {
      warnings.push(
        `Redis maxmemory-policy is ${value}: under memory pressure Redis may evict timer jobs. ` +
          'Set maxmemory-policy noeviction (the database keeps every deadline and the reconciler re-arms, but late).',
      );
    }
  } catch (error) {
    throw new PreflightError(
      `cannot reach Redis at ${hidePassword(config.redis.url)} (${(error as Error).message}); ` +
        'start Redis (e.g. `redis-server --daemonize yes`) or set REDIS_URL',
    );
  } finally {
    redis.disconnect();
  }
  if (config.database.url) {
    const client = new pg.Client({ connectionString: config.database.url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      throw new PreflightError(
        `cannot reach PostgreSQL at ${hidePassword(config.database.url)} (${(error as Error).message}); ` +
          'start the server, fix DATABASE_URL, or unset it to use the embedded database',
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return warnings;
}
