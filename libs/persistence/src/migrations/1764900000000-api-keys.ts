import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys for the Open311 GeoReport v2 facade (issue 17). A key acts through an account of its
 * own, made with it: an enterprise's (it places as that enterprise) or a chain's commissioner's
 * (it places for the chain's enterprises), so every rule of who may see and do what holds for a
 * key as for a person, and the timeline names the key's account. Only the key's SHA-256 is
 * kept (a key is 32 random bytes: nothing to guess, so no slow hash is needed). Where an
 * enterprise is, for the facade's lat/long.
 */
export class ApiKeys1764900000000 implements MigrationInterface {
  name = 'ApiKeys1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE api_keys (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         name text NOT NULL,
         key_hash text NOT NULL UNIQUE,
         prefix text NOT NULL,
         user_id uuid NOT NULL REFERENCES users (id),
         enterprise_id uuid REFERENCES enterprises (id),
         chain_id uuid REFERENCES chains (id),
         created_by uuid REFERENCES users (id),
         created_at timestamptz NOT NULL,
         revoked_at timestamptz,
         last_used_at timestamptz,
         CONSTRAINT api_keys_one_binding CHECK ((enterprise_id IS NULL) <> (chain_id IS NULL))
       )`,
    );
    await db.query(`ALTER TABLE enterprises ADD COLUMN latitude double precision, ADD COLUMN longitude double precision`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE enterprises DROP COLUMN latitude, DROP COLUMN longitude`);
    await db.query(`DROP TABLE api_keys`);
  }
}
