import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service catalogue (服务清单, issue 16): what enterprises can order, kept by administrators
 * for all chains or one, with the department and priority the committee's dispatch starts from.
 * An order placed from it names its item (`tickets.service_code`). Items are retired, never
 * deleted while orders refer to them (the foreign key keeps it so).
 */
export class ServiceCatalogue1764300000000 implements MigrationInterface {
  name = 'ServiceCatalogue1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE service_catalogue (
         code text PRIMARY KEY,
         name text NOT NULL,
         name_en text,
         category text NOT NULL,
         description text,
         chain_id uuid REFERENCES chains (id),
         default_department_id uuid REFERENCES departments (id),
         default_priority text,
         sort_order integer NOT NULL DEFAULT 0,
         retired boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    // A column without a default: no table rewrite, however many orders there are.
    await db.query(`ALTER TABLE tickets ADD COLUMN service_code text REFERENCES service_catalogue (code)`);
    await db.query(`CREATE INDEX tickets_service_idx ON tickets (chain_id, service_code) WHERE service_code IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tickets_service_idx`);
    await db.query(`ALTER TABLE tickets DROP COLUMN service_code`);
    await db.query(`DROP TABLE service_catalogue`);
  }
}
