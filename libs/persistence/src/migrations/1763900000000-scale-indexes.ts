import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a province-wide backlog (issue 5, measured by `npm run bench`):
 * - the reconciler's sweep pages through pending timers due within the horizon in
 *   (due_at, id) order;
 * - the unfiltered ticket list (administrators, supervisors) is newest first, by
 *   (created_at, id), like every other list.
 */
export class ScaleIndexes1763900000000 implements MigrationInterface {
  name = 'ScaleIndexes1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX timers_pending_due_idx`);
    await db.query(`CREATE INDEX timers_pending_due_idx ON timers (due_at, id) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX tickets_created_idx ON tickets (created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tickets_created_idx`);
    await db.query(`DROP INDEX timers_pending_due_idx`);
    await db.query(`CREATE INDEX timers_pending_due_idx ON timers (due_at) WHERE status = 'pending'`);
  }
}
