import { Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { type ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig } from '@whistle/config';
import { redisConnection } from '@whistle/deadlines';
import { Redis } from 'ioredis';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The rate limits' counters, in Redis (@nest-lab/throttler-storage-redis) so that every API
 * instance counts against the same limit: N instances no longer allow N times THROTTLE_LIMIT.
 * Keys live under QUEUE_PREFIX:throttle:. The connection fails fast, like the API's other
 * Redis producer: while Redis is away a request never waits on it, and each instance counts in
 * its own memory until Redis answers again (the limits hold per instance meanwhile).
 */
@Injectable()
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(SharedThrottlerStorage.name);
  private readonly redis: Redis;
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private degraded = false;

  constructor(config: AppConfig) {
    const { url, ...options } = redisConnection(config, 'fail-fast');
    this.redis = new Redis(url!, { ...options, keyPrefix: `${config.redis.prefix}:throttle:` });
    this.redis.on('error', (error) => this.logger.debug(`throttle connection: ${error.message}`));
    this.shared = new ThrottlerStorageRedisService(this.redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    try {
      const record = await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      if (this.degraded) this.logger.log('Redis answers again: rate limits are shared by every instance again');
      this.degraded = false;
      return record;
    } catch (error) {
      if (!this.degraded) this.logger.warn(`Redis does not answer (${(error as Error).message}): rate limits are counted per instance until it does`);
      this.degraded = true;
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
    this.redis.disconnect();
  }
}

/** Provides the storage to ThrottlerModule.forRootAsync (which can inject only what its imports export). */
@Module({ providers: [SharedThrottlerStorage], exports: [SharedThrottlerStorage] })
export class SharedThrottlerStorageModule {}
