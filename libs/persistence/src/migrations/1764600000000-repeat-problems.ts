import { storedGrams } from '@whistle/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repeat problems (每月一题, issue 16): `tickets.grams`, the character bigrams of an order's title
 * and description as a tsvector with a GIN index, for finding earlier orders that look like it;
 * its statistics target is raised so that ANALYZE keeps the frequencies of the 10,000 commonest
 * terms (pg_stats.most_common_elems), which weigh the terms; `tickets.repeat_of`, the earlier
 * order the committee linked this one to as a repeat.
 *
 * Existing orders get their terms here, 2,000 at a time (the terms are computed in JavaScript,
 * the same function the service uses).
 */
export class RepeatProblems1764600000000 implements MigrationInterface {
  name = 'RepeatProblems1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tickets ADD COLUMN grams tsvector NOT NULL DEFAULT ''::tsvector, ADD COLUMN repeat_of uuid REFERENCES tickets (id)`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = (await db.query(`SELECT id, title, description, chain_id AS "chainId" FROM tickets WHERE id > $1 ORDER BY id LIMIT 2000`, [after])) as {
        id: string;
        title: string;
        description: string;
        chainId: string;
      }[];
      if (rows.length === 0) break;
      await db.query(
        `UPDATE tickets t SET grams = array_to_tsvector(string_to_array(u.grams, ' ')) FROM unnest($1::uuid[], $2::text[]) AS u(id, grams) WHERE t.id = u.id`,
        [rows.map((r) => r.id), rows.map((r) => storedGrams(r).join(' '))],
      );
      after = rows.at(-1)!.id;
    }
    await db.query(`CREATE INDEX tickets_grams_idx ON tickets USING gin (grams)`);
    await db.query(`ALTER TABLE tickets ALTER COLUMN grams SET STATISTICS 1000`);
    await db.query(`CREATE INDEX tickets_repeat_of_idx ON tickets (repeat_of) WHERE repeat_of IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tickets DROP COLUMN repeat_of, DROP COLUMN grams`);
  }
}
