import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/** What the bench reads from Redis: memory, the queue's delayed jobs, and a simulated loss. */
export class RedisProbe {
  readonly redis: Redis;
  readonly queue: Queue;
  readonly prefix: string;

  constructor(url: string, prefix: string) {
    this.prefix = prefix;
    this.redis = new Redis(url, { maxRetriesPerRequest: null });
    this.queue = new Queue('deadlines', { prefix, connection: new Redis(url, { maxRetriesPerRequest: null }) });
  }

  async usedMemory(): Promise<number> {
    const info = await this.redis.info('memory');
    return Number(/used_memory:(\d+)/.exec(info)![1]);
  }

  /** Jobs waiting for their time (delayed) or due and not yet taken (waiting). */
  async queued(): Promise<{ delayed: number; waiting: number }> {
    const counts = await this.queue.getJobCounts('delayed', 'waiting', 'prioritized');
    return { delayed: counts.delayed ?? 0, waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) };
  }

  /** Deletes every key of this prefix: what FLUSHALL or a restart without persistence does to us. */
  async lose(): Promise<number> {
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await this.redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}
