import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks (issue 17). An endpoint is what an administrator registered; an event is
 * what happened (a timeline line, an evaluation's or rectification order's change), written in
 * the change's own transaction with a delivery row for each endpoint that wants it (the
 * outbox); the worker sends each endpoint's deliveries in order of id, one at a time, under a
 * lease on the endpoint. Nothing is written when no endpoint wants an event.
 */
export class Webhooks1764800000000 implements MigrationInterface {
  name = 'Webhooks1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE webhook_endpoints (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         url text NOT NULL,
         description text,
         events text[] NOT NULL,
         chain_id uuid REFERENCES chains (id),
         secret text NOT NULL,
         previous_secret text,
         previous_secret_until timestamptz,
         active boolean NOT NULL DEFAULT true,
         disabled_reason text,
         disabled_at timestamptz,
         lease_owner uuid,
         lease_until timestamptz,
         created_by uuid REFERENCES users (id),
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
    );
    await db.query(
      `CREATE TABLE webhook_events (
         id bigserial PRIMARY KEY,
         type text NOT NULL,
         chain_id uuid,
         subject_id uuid,
         payload jsonb NOT NULL,
         at timestamptz NOT NULL
       )`,
    );
    await db.query(
      `CREATE TABLE webhook_deliveries (
         id bigserial PRIMARY KEY,
         endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
         event_id bigint NOT NULL REFERENCES webhook_events (id),
         status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
         attempts integer NOT NULL DEFAULT 0,
         next_attempt_at timestamptz NOT NULL,
         last_attempt_at timestamptz,
         last_status integer,
         last_duration_ms integer,
         last_error text,
         last_response text,
         delivered_at timestamptz,
         created_at timestamptz NOT NULL,
         UNIQUE (endpoint_id, event_id)
       )`,
    );
    // The head of each endpoint's line, and the reconciler's look for due heads.
    await db.query(`CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries (endpoint_id, id) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, id DESC)`);
    await db.query(`CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_events`);
    await db.query(`DROP TABLE webhook_endpoints`);
  }
}
