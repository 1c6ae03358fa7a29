import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments (附件, issue 16): each row is one file attached to an order, its bytes kept by
 * their SHA-256 under DATA_DIR/files. `seq` is the timeline event that names the upload (the
 * audit chain covers the hash); `used_seq` the action (a feedback, an answer, …) that carried it.
 */
export class Attachments1764500000000 implements MigrationInterface {
  name = 'Attachments1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE attachments (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         ticket_id uuid NOT NULL REFERENCES tickets (id),
         seq integer NOT NULL,
         name text NOT NULL,
         size bigint NOT NULL CHECK (size > 0),
         content_type text NOT NULL,
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         uploaded_by uuid NOT NULL REFERENCES users (id),
         uploaded_role text NOT NULL,
         uploaded_at timestamptz NOT NULL,
         used_seq integer,
         used_action text,
         UNIQUE (ticket_id, seq)
       )`,
    );
    await db.query(`CREATE INDEX attachments_sha256_idx ON attachments (sha256)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachments`);
  }
}
