import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface LegacyEvent {
  id: string;
  ticket_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  actor_role: string;
  from_state: string | null;
  to_state: string;
  payload: Record<string, unknown>;
  at: Date;
}

/**
 * The timeline becomes a replayable, hash-chained log: each event records the machine event
 * it applied and a SHA-256 over its content and the previous event's hash.
 *
 * Existing events get `event = null` (they predate it; verification does not replay them) and
 * their hashes computed here. The hash function is copied, not imported, as of this version:
 * a migration must keep meaning what it meant when it was written.
 */
export class HashedTimeline1763700000000 implements MigrationInterface {
  name = 'HashedTimeline1763700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ticket_events ADD COLUMN event jsonb, ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    const rows = (await db.query(`SELECT * FROM ticket_events ORDER BY ticket_id, seq`)) as LegacyEvent[];
    let ticket = '';
    let prevHash = '';
    for (const row of rows) {
      if (row.ticket_id !== ticket) [ticket, prevHash] = [row.ticket_id, '0'.repeat(64)];
      const content = {
        ticketId: row.ticket_id,
        seq: row.seq,
        type: row.type,
        event: null,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        fromState: row.from_state,
        toState: row.to_state,
        payload: row.payload,
        at: new Date(row.at).toISOString(),
      };
      const hash = createHash('sha256').update(prevHash).update('\n').update(canonicalize(content)!).digest('hex');
      await db.query(`UPDATE ticket_events SET prev_hash = $1, hash = $2 WHERE id = $3`, [prevHash, hash, row.id]);
      prevHash = hash;
    }
    await db.query(`ALTER TABLE ticket_events ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ticket_events DROP COLUMN event, DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
