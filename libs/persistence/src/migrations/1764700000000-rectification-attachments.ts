import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence with a rectification report (整改佐证, issue 16): a file is attached either to an
 * order (with the timeline event naming it, `seq`) or to a rectification order (which has no
 * timeline; `used_seq` is the order's version that its report gave it). One table of attached
 * files, so whatever keeps or sweeps the stored bytes knows every reference. The report names
 * the files it carried, with their hashes.
 */
export class RectificationAttachments1764700000000 implements MigrationInterface {
  name = 'RectificationAttachments1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE attachments ADD COLUMN rectification_id uuid REFERENCES rectification_orders (id)`);
    await db.query(`ALTER TABLE attachments ALTER COLUMN ticket_id DROP NOT NULL, ALTER COLUMN seq DROP NOT NULL`);
    await db.query(
      `ALTER TABLE attachments
         ADD CONSTRAINT attachments_one_subject CHECK ((ticket_id IS NULL) <> (rectification_id IS NULL)),
         ADD CONSTRAINT attachments_ticket_seq CHECK (ticket_id IS NULL OR seq IS NOT NULL)`,
    );
    await db.query(`CREATE INDEX attachments_rectification_idx ON attachments (rectification_id) WHERE rectification_id IS NOT NULL`);
    await db.query(`ALTER TABLE rectification_orders ADD COLUMN report_attachments jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rectification_orders DROP COLUMN report_attachments`);
    await db.query(`DELETE FROM attachments WHERE rectification_id IS NOT NULL`);
    await db.query(`ALTER TABLE attachments DROP CONSTRAINT attachments_ticket_seq, DROP CONSTRAINT attachments_one_subject`);
    await db.query(`ALTER TABLE attachments DROP COLUMN rectification_id`);
    await db.query(`ALTER TABLE attachments ALTER COLUMN ticket_id SET NOT NULL, ALTER COLUMN seq SET NOT NULL`);
  }
}
