import type { AppConfig } from '@whistle/config';
import type { RedisOptions } from 'bullmq';

/** Reconnect every 250 ms, backing off to 2 s: after a Redis restart, timers catch up within seconds. */
const retryStrategy = (attempt: number) => Math.min(attempt * 250, 2000);

/**
 * Connection options for BullMQ. `patient` connections (workers, the reconciler) queue
 * commands while Redis is away, as BullMQ requires; the API's producer fails fast instead.
 */
export function redisConnection(config: AppConfig, mode: 'patient' | 'fail-fast'): RedisOptions {
  return mode === 'patient'
    ? { url: config.redis.url, maxRetriesPerRequest: null, retryStrategy }
    : { url: config.redis.url, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy };
}
