import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timers are fired in batches (issue 5): a worker leases the pending timers now due, fires
 * them, and another worker skips what is leased. A lease that outlives its worker (killed
 * mid-batch) simply expires; the next alarm or sweep takes those timers again.
 */
export class TimerLeases1764000000000 implements MigrationInterface {
  name = 'TimerLeases1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE timers ADD COLUMN leased_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE timers DROP COLUMN leased_until`);
  }
}
