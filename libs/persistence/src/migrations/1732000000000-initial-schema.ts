import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation, tickets with their timeline, the inbox and the timers. */
export class InitialSchema1732000000000 implements MigrationInterface {
  name = 'InitialSchema1732000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE chains (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        code text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        code text NOT NULL UNIQUE,
        leader_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE enterprises (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        chain_id uuid NOT NULL REFERENCES chains(id),
        tier text NOT NULL CHECK (tier IN ('leader', 'core', 'member')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX enterprises_chain_idx ON enterprises (chain_id)`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'enterprise', 'commissioner', 'dispatcher', 'department', 'leader', 'supervisor')),
        display_name text,
        chain_id uuid REFERENCES chains(id),
        enterprise_id uuid REFERENCES enterprises(id),
        department_id uuid REFERENCES departments(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX users_role_chain_idx ON users (role, chain_id)`);
    await db.query(`CREATE INDEX users_enterprise_idx ON users (enterprise_id) WHERE enterprise_id IS NOT NULL`);
    await db.query(`CREATE INDEX users_department_idx ON users (department_id) WHERE department_id IS NOT NULL`);
    await db.query(`ALTER TABLE departments ADD CONSTRAINT departments_leader_fk FOREIGN KEY (leader_user_id) REFERENCES users(id)`);

    await db.query(`CREATE SEQUENCE ticket_code_seq`);
    await db.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        description text NOT NULL,
        category text NOT NULL,
        priority text,
        state text NOT NULL,
        machine jsonb NOT NULL,
        enterprise_id uuid NOT NULL REFERENCES enterprises(id),
        chain_id uuid NOT NULL REFERENCES chains(id),
        department_id uuid REFERENCES departments(id),
        leader_user_id uuid REFERENCES users(id),
        dispatch_by timestamptz,
        accept_by timestamptz,
        feedback_by timestamptz,
        rate_by timestamptz,
        first_dispatched_at timestamptz,
        overdue boolean NOT NULL DEFAULT false,
        escalation_level smallint NOT NULL DEFAULT 0,
        return_count integer NOT NULL DEFAULT 0,
        feedback jsonb,
        rating jsonb,
        extension_request jsonb,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await db.query(`CREATE INDEX tickets_chain_created_idx ON tickets (chain_id, created_at DESC)`);
    await db.query(`CREATE INDEX tickets_enterprise_created_idx ON tickets (enterprise_id, created_at DESC)`);
    await db.query(`CREATE INDEX tickets_department_created_idx ON tickets (department_id, created_at DESC)`);
    await db.query(`CREATE INDEX tickets_leader_idx ON tickets (leader_user_id) WHERE leader_user_id IS NOT NULL`);
    await db.query(`CREATE INDEX tickets_state_idx ON tickets (state)`);

    await db.query(`
      CREATE TABLE ticket_events (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        type text NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL,
        UNIQUE (ticket_id, seq)
      )`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        ticket_id uuid REFERENCES tickets(id) ON DELETE CASCADE,
        message text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE timers (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('deadline', 'reminder', 'escalation')),
        event text NOT NULL,
        level smallint,
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fired', 'stale', 'cancelled')),
        created_at timestamptz NOT NULL,
        settled_at timestamptz
      )`);
    await db.query(`CREATE INDEX timers_pending_due_idx ON timers (due_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX timers_ticket_pending_idx ON timers (ticket_id) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['timers', 'notifications', 'ticket_events', 'tickets']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP SEQUENCE ticket_code_seq`);
    await db.query(`ALTER TABLE departments DROP CONSTRAINT departments_leader_fk`);
    for (const table of ['users', 'enterprises', 'departments', 'chains']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
