import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The current deadline of a ticket, as libs/tickets/src/ticket.queues.ts writes it
 * (CURRENT_DEADLINE_SQL): the planner matches an index expression only when the query's is the
 * same, so the two must not drift apart.
 */
const CURRENT_DEADLINE =
  "(CASE state WHEN 'placed' THEN dispatch_by WHEN 'returned' THEN dispatch_by WHEN 'dispatched' THEN accept_by" +
  " WHEN 'in_progress' THEN feedback_by WHEN 'awaiting_info' THEN feedback_by WHEN 'rectifying' THEN feedback_by" +
  " WHEN 'feedback_given' THEN rate_by ELSE NULL::timestamptz END)";

/** The priority rank of ticket.queues.ts (urgent 0 … low 3, none 4), likewise. */
const PRIORITY_RANK = "(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 WHEN 'low' THEN 3 ELSE 4 END)";

/** What the queues' orders, filters and counts read besides the key, so they are answered from the index alone. */
const INCLUDE = 'INCLUDE (state, priority, overdue, escalation_level, dispatch_by, accept_by, feedback_by, rate_by)';

/**
 * The web console (issue 14). The dispatcher's queues at a million tickets: a chain's and a
 * department's tickets by current deadline, a chain's by priority, and the escalated ones,
 * each covering what `sort=deadline|priority|escalation`, `states`, `dueWithin`, `overdue`,
 * `escalated` and the counts read, so a page's ids and the counts come from index-only scans
 * (bench/queues.ts: 2-4 s per queue page without them, 2-13 ms with them). The
 * inbox's unread count, polled every few seconds, from the unread notices alone. Notices keep
 * the values a translated sentence needs (`params`).
 */
export class ConsoleQueues1764100000000 implements MigrationInterface {
  name = 'ConsoleQueues1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX tickets_chain_deadline_idx ON tickets (chain_id, ${CURRENT_DEADLINE}, id) ${INCLUDE}`);
    await db.query(`CREATE INDEX tickets_department_deadline_idx ON tickets (department_id, ${CURRENT_DEADLINE}, id) ${INCLUDE}`);
    await db.query(`CREATE INDEX tickets_chain_priority_idx ON tickets (chain_id, ${PRIORITY_RANK}, ${CURRENT_DEADLINE}, id) ${INCLUDE}`);
    // Escalations are few: every chain's and department's in one small index, most escalated first.
    await db.query(
      `CREATE INDEX tickets_escalated_idx ON tickets (escalation_level DESC, ${CURRENT_DEADLINE}, id)
       INCLUDE (chain_id, department_id, state, priority, overdue, dispatch_by, accept_by, feedback_by, rate_by) WHERE escalation_level > 0`,
    );
    await db.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await db.query(`ALTER TABLE notifications ADD COLUMN params jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP COLUMN params`);
    await db.query(`DROP INDEX notifications_unread_idx`);
    await db.query(`DROP INDEX tickets_escalated_idx`);
    await db.query(`DROP INDEX tickets_chain_priority_idx`);
    await db.query(`DROP INDEX tickets_department_deadline_idx`);
    await db.query(`DROP INDEX tickets_chain_deadline_idx`);
  }
}
