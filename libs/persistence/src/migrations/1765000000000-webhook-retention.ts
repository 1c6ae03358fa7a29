import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the webhooks keep (WEBHOOK_RETENTION): delivered deliveries and the events no delivery
 * refers to any more are deleted once older, a few thousand at a time at each reconcile; these
 * indexes make that a range scan, and nothing when there is nothing to delete.
 */
export class WebhookRetention1765000000000 implements MigrationInterface {
  name = 'WebhookRetention1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX webhook_deliveries_delivered_idx ON webhook_deliveries (delivered_at) WHERE status = 'delivered'`);
    await db.query(`CREATE INDEX webhook_events_at_idx ON webhook_events (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX webhook_events_at_idx`);
    await db.query(`DROP INDEX webhook_deliveries_delivered_idx`);
  }
}
