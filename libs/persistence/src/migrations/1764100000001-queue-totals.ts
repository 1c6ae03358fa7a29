import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The current deadline, exactly as 1764100000000-console-queues.ts and libs/tickets/src/ticket.queues.ts write it. */
const CURRENT_DEADLINE =
  "(CASE state WHEN 'placed' THEN dispatch_by WHEN 'returned' THEN dispatch_by WHEN 'dispatched' THEN accept_by" +
  " WHEN 'in_progress' THEN feedback_by WHEN 'awaiting_info' THEN feedback_by WHEN 'rectifying' THEN feedback_by" +
  " WHEN 'feedback_given' THEN rate_by ELSE NULL::timestamptz END)";

/**
 * The totals of the dispatcher's narrow queues. A list counts its matching tickets (exactly, up
 * to 10,001); for "to dispatch", "awaiting acceptance" and "overdue" that count walked every
 * ticket of the chain in the deadline index, filtering (0.4-1.5 s at a million tickets,
 * bench/queues.ts). A chain's tickets by state (7 MB, deduplicated) and its overdue ones by
 * deadline answer it from the matching entries alone (1-45 ms).
 */
export class QueueTotals1764100000001 implements MigrationInterface {
  name = 'QueueTotals1764100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX tickets_chain_state_idx ON tickets (chain_id, state)`);
    await db.query(
      `CREATE INDEX tickets_chain_overdue_idx ON tickets (chain_id, ${CURRENT_DEADLINE}, id)
       INCLUDE (state, dispatch_by, accept_by, feedback_by, rate_by) WHERE overdue`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tickets_chain_overdue_idx`);
    await db.query(`DROP INDEX tickets_chain_state_idx`);
  }
}
