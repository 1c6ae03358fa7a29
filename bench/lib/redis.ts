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

  /** How many of these alarm ticks (epoch ms) have no job in the queue. */
  async missingTicks(ticks: number[]): Promise<number> {
    const pipeline = this.redis.pipeline();
    for (const tick of ticks) pipeline.exists(`${this.prefix}:deadlines:tick-${tick}`);
    const results = (await pipeline.exec()) ?? [];
    return results.filter(([, exists]) => exists !== 1).length;
  }

  /**
   * Deletes every key of this prefix at once (one script, so the running workers see all or
   * nothing): what FLUSHALL or a restart without persistence does to us.
   */
  async lose(): Promise<number> {
    const script = `local n = 0
      for _, key in ipairs(redis.call('KEYS', ARGV[1])) do n = n + redis.call('UNLINK', key) end
      return n`;
    return (await this.redis.eval(script, 0, `${this.prefix}:*`)) as number;
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}
