import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ticket lists at a million tickets (issue 5, `npm run bench`): a department's tickets in one
 * state (its daily work list) and the overdue tickets (supervisors and committees), newest
 * first, each read from its own index, for the page and for the count alike. Without them the
 * count fell back on a sequential scan whose cost depended on where the matching rows lay.
 */
export class ListIndexes1764000000001 implements MigrationInterface {
  name = 'ListIndexes1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX tickets_department_state_created_idx ON tickets (department_id, state, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX tickets_overdue_created_idx ON tickets (created_at DESC, id DESC) WHERE overdue`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tickets_overdue_created_idx`);
    await db.query(`DROP INDEX tickets_department_state_created_idx`);
  }
}
