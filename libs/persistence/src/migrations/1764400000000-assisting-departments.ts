import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lead and assisting departments (主办 / 协办, issue 16): the ticket machine's version 3 keeps
 * the assisting departments' parts in its context; `ticket_assists` keeps each part's record
 * (deadline, contribution, decline) for the order's view, visibility, the scoreboard and the
 * ledgers; a timer may belong to one part (`timers.part`, the assisting department).
 *
 * The stored snapshots of version 2 are upgraded in place: version 3 adds `assists` (none) and
 * `assistAsks` (0) to the context, and nothing of version 2 changes meaning, so a ticket in any
 * state carries on where it was. The upgrade rewrites every ticket row once.
 */
export class AssistingDepartments1764400000000 implements MigrationInterface {
  name = 'AssistingDepartments1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE tickets
          SET machine = jsonb_set(machine, '{context}', (machine->'context') || '{"assists": {}, "assistAsks": 0}'::jsonb)
                        || '{"machineVersion": 3}'::jsonb
        WHERE (machine->>'machineVersion')::int = 2`,
    );
    await db.query(
      `CREATE TABLE ticket_assists (
         id bigserial PRIMARY KEY,
         ticket_id uuid NOT NULL REFERENCES tickets (id),
         chain_id uuid NOT NULL REFERENCES chains (id),
         department_id uuid NOT NULL REFERENCES departments (id),
         state text NOT NULL,
         requested_at timestamptz NOT NULL,
         due_by timestamptz NOT NULL,
         accepted_at timestamptz,
         declined_at timestamptz,
         decline_reason text,
         decline_note text,
         given_at timestamptz,
         content text,
         overdue boolean NOT NULL DEFAULT false,
         escalations integer NOT NULL DEFAULT 0,
         cancelled_at timestamptz
       )`,
    );
    // One live part per department and order; a return cancels the parts of its dispatch.
    await db.query(`CREATE UNIQUE INDEX ticket_assists_live_uq ON ticket_assists (ticket_id, department_id) WHERE cancelled_at IS NULL`);
    // What an assisting department sees, and its 协办 queue.
    await db.query(`CREATE INDEX ticket_assists_department_idx ON ticket_assists (department_id, ticket_id) WHERE cancelled_at IS NULL`);
    await db.query(`CREATE INDEX ticket_assists_chain_idx ON ticket_assists (chain_id, requested_at)`);
    await db.query(`ALTER TABLE timers ADD COLUMN part uuid`);
    // The parts as the order's view reads them; a constant default adds no table rewrite.
    await db.query(`ALTER TABLE tickets ADD COLUMN assists jsonb NOT NULL DEFAULT '[]'::jsonb`);
    // What an assisting department may see: few orders have parts, so the index holds only those.
    await db.query(`CREATE INDEX tickets_assists_idx ON tickets USING gin (assists jsonb_path_ops) WHERE assists <> '[]'::jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tickets_assists_idx`);
    await db.query(`ALTER TABLE tickets DROP COLUMN assists`);
    await db.query(`ALTER TABLE timers DROP COLUMN part`);
    await db.query(`DROP TABLE ticket_assists`);
    await db.query(
      `UPDATE tickets SET machine = jsonb_set(machine, '{context}', (machine->'context') - 'assists' - 'assistAsks') || '{"machineVersion": 2}'::jsonb
        WHERE (machine->>'machineVersion')::int = 3`,
    );
  }
}
