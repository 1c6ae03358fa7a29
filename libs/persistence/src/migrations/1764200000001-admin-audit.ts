import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrators' audit trail (issue 15): every change to the organisation, the users, the
 * SLA policies and the working calendar, with who, when, and the values before and after,
 * hash-chained like a ticket's timeline (each row's hash covers the one before).
 */
export class AdminAudit1764200000001 implements MigrationInterface {
  name = 'AdminAudit1764200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE admin_audit (
         seq bigint PRIMARY KEY,
         at timestamptz NOT NULL,
         actor_id uuid,
         actor_username text,
         entity text NOT NULL,
         entity_id text NOT NULL,
         action text NOT NULL,
         before jsonb,
         after jsonb,
         prev_hash text NOT NULL,
         hash text NOT NULL
       )`,
    );
    await db.query(`CREATE INDEX admin_audit_actor_idx ON admin_audit (actor_id, seq)`);
    await db.query(`CREATE INDEX admin_audit_entity_idx ON admin_audit (entity, entity_id, seq)`);
    await db.query(`CREATE INDEX admin_audit_at_idx ON admin_audit (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE admin_audit`);
  }
}
