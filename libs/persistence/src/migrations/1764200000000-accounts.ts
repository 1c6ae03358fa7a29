import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts that live for years (issue 15): chains, departments, enterprises and users can be
 * retired (`active`), never deleted; an enterprise has an address; a user's tokens carry the
 * account's `token_version`, raised by a password change or reset, a role or binding change and
 * a deactivation, so that every token issued before answers 401; a reset password must be
 * changed at the next login. Failed logins are counted per username typed, whether an account
 * of that name exists or not, so that a lock tells an attacker nothing.
 */
export class Accounts1764200000000 implements MigrationInterface {
  name = 'Accounts1764200000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['chains', 'departments', 'enterprises', 'users']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN active boolean NOT NULL DEFAULT true, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    }
    await db.query(`ALTER TABLE enterprises ADD COLUMN address text`);
    await db.query(
      `ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0,
                         ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
                         ADD COLUMN password_changed_at timestamptz`,
    );
    await db.query(
      `CREATE TABLE login_failures (
         username text PRIMARY KEY,
         failures integer NOT NULL,
         locks integer NOT NULL DEFAULT 0,
         locked_until timestamptz,
         last_failure_at timestamptz NOT NULL
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_failures`);
    await db.query(`ALTER TABLE users DROP COLUMN token_version, DROP COLUMN must_change_password, DROP COLUMN password_changed_at`);
    await db.query(`ALTER TABLE enterprises DROP COLUMN address`);
    for (const table of ['chains', 'departments', 'enterprises', 'users']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN active, DROP COLUMN updated_at`);
    }
  }
}
