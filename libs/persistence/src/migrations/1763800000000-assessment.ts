import type { MigrationInterface, QueryRunner } from 'typeorm';

interface PastEvent {
  ticket_id: string;
  type: string;
  from_state: string | null;
  to_state: string;
  payload: Record<string, unknown>;
  at: Date;
  chain_id: string;
  category: string;
  priority: string | null;
  accept_by: Date | null;
}

/**
 * The assessment side (issue 4): SLA policies and calendar overrides, the pause for
 * information, the assignments the scoreboard counts, evaluations (测评会) and
 * rectification orders (整改单), whose timers share the timers table with tickets.
 */
export class Assessment1763800000000 implements MigrationInterface {
  name = 'Assessment1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sla_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text,
        priority text,
        deadlines jsonb NOT NULL,
        note text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX sla_policies_scope_idx ON sla_policies (COALESCE(category, ''), COALESCE(priority, ''))`);
    await db.query(`
      CREATE TABLE calendar_days (
        date date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('workday', 'holiday')),
        name text,
        updated_at timestamptz NOT NULL
      )`);

    // The pause: the machine gains `awaiting_info` and `pausedFrom` (version 2).
    await db.query(`ALTER TABLE tickets ADD COLUMN info_request jsonb, ADD COLUMN paused_seconds integer NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE tickets
         SET machine = jsonb_set(jsonb_set(machine, '{context,pausedFrom}', 'null'::jsonb), '{machineVersion}', '2'::jsonb)
       WHERE machine->>'machineVersion' = '1'`);

    await db.query(`
      CREATE TABLE ticket_assignments (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        chain_id uuid NOT NULL REFERENCES chains(id),
        department_id uuid NOT NULL REFERENCES departments(id),
        category text NOT NULL,
        priority text,
        dispatched_at timestamptz NOT NULL,
        accept_by timestamptz NOT NULL,
        accepted_at timestamptz,
        returned_at timestamptz,
        return_reason text,
        first_feedback_at timestamptz,
        first_feedback_on_time boolean,
        first_result text,
        last_result text,
        feedback_missed boolean NOT NULL DEFAULT false,
        reopened boolean NOT NULL DEFAULT false,
        ratings integer NOT NULL DEFAULT 0,
        satisfied_ratings integer NOT NULL DEFAULT 0,
        rating_sum integer NOT NULL DEFAULT 0,
        escalations_1 integer NOT NULL DEFAULT 0,
        escalations_2 integer NOT NULL DEFAULT 0,
        escalations_3 integer NOT NULL DEFAULT 0,
        ended_at timestamptz,
        end_state text
      )`);
    await db.query(`CREATE UNIQUE INDEX ticket_assignments_open_idx ON ticket_assignments (ticket_id) WHERE returned_at IS NULL`);
    await db.query(`CREATE INDEX ticket_assignments_department_idx ON ticket_assignments (department_id, dispatched_at)`);
    await db.query(`CREATE INDEX ticket_assignments_chain_idx ON ticket_assignments (chain_id, dispatched_at)`);
    await this.backfillAssignments(db);

    await db.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        chain_id uuid REFERENCES chains(id),
        period_from date NOT NULL,
        period_to date NOT NULL,
        state text NOT NULL CHECK (state IN ('open', 'closed')),
        threshold numeric(5, 2) NOT NULL,
        supervisor_weight numeric NOT NULL,
        enterprise_weight numeric NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        closed_by uuid REFERENCES users(id),
        closed_at timestamptz,
        CHECK (period_from <= period_to)
      )`);
    await db.query(`CREATE INDEX evaluations_chain_idx ON evaluations (chain_id, period_to)`);
    await db.query(`
      CREATE TABLE evaluation_departments (
        evaluation_id uuid NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES departments(id),
        result numeric(5, 2),
        supervisor_mean numeric(5, 2),
        enterprise_mean numeric(5, 2),
        scores integer,
        recused integer,
        PRIMARY KEY (evaluation_id, department_id)
      )`);
    await db.query(`CREATE INDEX evaluation_departments_department_idx ON evaluation_departments (department_id)`);
    await db.query(`
      CREATE TABLE evaluation_scorers (
        evaluation_id uuid NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('supervisor', 'enterprise')),
        enterprise_id uuid REFERENCES enterprises(id),
        PRIMARY KEY (evaluation_id, user_id)
      )`);
    await db.query(`CREATE INDEX evaluation_scorers_user_idx ON evaluation_scorers (user_id)`);
    await db.query(`
      CREATE TABLE evaluation_scores (
        evaluation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        scorer_id uuid NOT NULL,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
        comment text,
        recused boolean NOT NULL,
        recusal_reason text,
        scored_at timestamptz NOT NULL,
        PRIMARY KEY (evaluation_id, department_id, scorer_id),
        FOREIGN KEY (evaluation_id, department_id) REFERENCES evaluation_departments ON DELETE CASCADE,
        FOREIGN KEY (evaluation_id, scorer_id) REFERENCES evaluation_scorers ON DELETE CASCADE
      )`);

    await db.query(`CREATE SEQUENCE rectification_code_seq`);
    await db.query(`
      CREATE TABLE rectification_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        evaluation_id uuid NOT NULL REFERENCES evaluations(id),
        department_id uuid NOT NULL REFERENCES departments(id),
        chain_id uuid REFERENCES chains(id),
        leader_user_id uuid REFERENCES users(id),
        score numeric(5, 2) NOT NULL,
        threshold numeric(5, 2) NOT NULL,
        state text NOT NULL,
        machine jsonb NOT NULL,
        due_by timestamptz NOT NULL,
        overdue boolean NOT NULL DEFAULT false,
        escalation_level smallint NOT NULL DEFAULT 0,
        report text,
        reported_at timestamptz,
        decision_note text,
        signed_off_by uuid REFERENCES users(id),
        signed_off_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        UNIQUE (evaluation_id, department_id)
      )`);
    await db.query(`CREATE INDEX rectification_orders_department_idx ON rectification_orders (department_id, state)`);

    await db.query(`
      ALTER TABLE timers
        ALTER COLUMN ticket_id DROP NOT NULL,
        ADD COLUMN rectification_id uuid REFERENCES rectification_orders(id) ON DELETE CASCADE,
        ADD CONSTRAINT timers_one_subject CHECK (num_nonnulls(ticket_id, rectification_id) = 1)`);
    await db.query(`CREATE INDEX timers_rectification_pending_idx ON timers (rectification_id) WHERE status = 'pending'`);
    await db.query(`
      ALTER TABLE notifications
        ADD COLUMN evaluation_id uuid REFERENCES evaluations(id) ON DELETE CASCADE,
        ADD COLUMN rectification_id uuid REFERENCES rectification_orders(id) ON DELETE CASCADE`);
  }

  /**
   * Rebuilds the assignments of existing tickets from their timelines. Dispatch events before
   * this version did not record their accept deadline: each earlier dispatch is given the
   * same span as the ticket's last one.
   */
  private async backfillAssignments(db: QueryRunner): Promise<void> {
    const events = (await db.query(`
      SELECT e.ticket_id, e.type, e.from_state, e.to_state, e.payload, e.at, t.chain_id, t.category, t.priority, t.accept_by
        FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       ORDER BY e.ticket_id, e.seq`)) as PastEvent[];
    const lastDispatch = new Map<string, Date>();
    for (const e of events) if (e.type === 'dispatched') lastDispatch.set(e.ticket_id, new Date(e.at));
    const open = new Map<string, number>();
    for (const e of events) {
      const id = open.get(e.ticket_id);
      const p = e.payload;
      if (e.type === 'dispatched') {
        const last = lastDispatch.get(e.ticket_id)!;
        const span = e.accept_by ? new Date(e.accept_by).getTime() - last.getTime() : 0;
        const [{ id: created }] = (await db.query(
          `INSERT INTO ticket_assignments (ticket_id, chain_id, department_id, category, priority, dispatched_at, accept_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [e.ticket_id, e.chain_id, p.departmentId, e.category, p.priority ?? e.priority, e.at, new Date(new Date(e.at).getTime() + span)],
        )) as [{ id: number }];
        open.set(e.ticket_id, created);
        continue;
      }
      if (id === undefined) continue;
      const set = (sql: string, params: unknown[]) => db.query(`UPDATE ticket_assignments SET ${sql} WHERE id = $1`, [id, ...params]);
      if (e.type === 'accepted') await set(`accepted_at = $2`, [e.at]);
      if (e.type === 'returned') {
        await set(`returned_at = $2, return_reason = $3`, [e.at, p.reason ?? null]);
        open.delete(e.ticket_id);
      }
      if (e.type === 'feedback_given') {
        await set(`last_result = $2`, [p.result]);
        if (e.from_state === 'in_progress') await set(`first_feedback_at = $2, first_feedback_on_time = $3, first_result = $4`, [e.at, p.onTime, p.result]);
      }
      if (e.type === 'deadline_passed' && p.deadline === 'feedback') await set(`feedback_missed = true`, []);
      if (e.type === 'rated') {
        const score = Number(p.score);
        await set(`ratings = ratings + 1, satisfied_ratings = satisfied_ratings + $2, rating_sum = rating_sum + $3, reopened = reopened OR $4`, [
          score >= 4 ? 1 : 0,
          score,
          e.to_state === 'rectifying',
        ]);
      }
      if (e.type === 'escalated' && e.from_state !== 'placed' && e.from_state !== 'returned') {
        const level = Number(p.level);
        if ([1, 2, 3].includes(level)) await set(`escalations_${level} = escalations_${level} + 1`, []);
      }
      if (e.to_state === 'closed' || e.to_state === 'withdrawn') await set(`ended_at = $2, end_state = $3`, [e.at, e.to_state]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP COLUMN evaluation_id, DROP COLUMN rectification_id`);
    await db.query(`DELETE FROM timers WHERE rectification_id IS NOT NULL`);
    await db.query(`ALTER TABLE timers DROP CONSTRAINT timers_one_subject, DROP COLUMN rectification_id, ALTER COLUMN ticket_id SET NOT NULL`);
    for (const table of ['rectification_orders', 'evaluation_scores', 'evaluation_scorers', 'evaluation_departments', 'evaluations', 'ticket_assignments']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP SEQUENCE rectification_code_seq`);
    await db.query(`
      UPDATE tickets SET machine = jsonb_set(machine #- '{context,pausedFrom}', '{machineVersion}', '1'::jsonb)
       WHERE machine->>'machineVersion' = '2' AND state <> 'awaiting_info'`);
    await db.query(`ALTER TABLE tickets DROP COLUMN info_request, DROP COLUMN paused_seconds`);
    await db.query(`DROP TABLE calendar_days`);
    await db.query(`DROP TABLE sla_policies`);
  }
}
