import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/**
 * Loads tickets straight into the database by cloning template tickets that the service itself
 * made through its API, so every row is one the engine wrote and can act on. Columns come from
 * the catalogue, so a new column is cloned too.
 */

/** The service's own hash chain (dist/libs/tickets/src/ticket.audit.js), so clones verify. */
export interface Audit {
  GENESIS_HASH: string;
  eventHash: (prevHash: string, content: Record<string, unknown>) => string;
}

async function columns(db: pg.Client, table: string): Promise<string[]> {
  const { rows } = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/** `INSERT INTO table (…) SELECT …` copying every column of `alias` but those overridden. */
export async function cloneStatement(db: pg.Client, table: string, alias: string, overrides: Record<string, string>, from: string): Promise<string> {
  const names = (await columns(db, table)).filter((c) => c !== 'id' || 'id' in overrides);
  const select = names.map((c) => overrides[c] ?? `${alias}.${c}`);
  return `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select.join(', ')} FROM ${from}`;
}

export interface OverdueTickets {
  ticketIds: string[];
  dueFrom: Date;
  dueTo: Date;
}

/**
 * `count` copies of an overdue template (its feedback deadline missed, escalated to level 1),
 * each with its timeline re-chained by hash and one pending level-2 escalation timer. The
 * timers fall due evenly between `dueFrom` and `dueFrom + spanMs`.
 */
export async function cloneOverdueTickets(
  db: pg.Client,
  { GENESIS_HASH, eventHash }: Audit,
  templateId: string,
  count: number,
  dueFrom: Date,
  spanMs: number,
  onBatch: (done: number) => void,
): Promise<OverdueTickets> {
  const { rows: events } = await db.query(`SELECT * FROM ticket_events WHERE ticket_id = $1 ORDER BY seq`, [templateId]);
  const insertTickets = await cloneStatement(
    db,
    'tickets',
    't',
    { id: 'u.id', code: 'u.code' },
    `tickets t, unnest($1::uuid[], $2::text[]) AS u(id, code) WHERE t.id = '${templateId}'`,
  );
  const insertAssignments = await cloneStatement(
    db,
    'ticket_assignments',
    'a',
    { ticket_id: 'u.id' },
    `ticket_assignments a, unnest($1::uuid[]) AS u(id) WHERE a.ticket_id = '${templateId}'`,
  );
  const ticketIds: string[] = [];
  const BATCH = 5000;
  for (let start = 0; start < count; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, count - start) }, () => randomUUID());
    const codes = ids.map((_, i) => `BENCH-T-${String(start + i).padStart(7, '0')}`);
    const e: Record<string, unknown[]> = { ticket: [], seq: [], type: [], actor: [], role: [], fromState: [], toState: [], payload: [], at: [], event: [], prev: [], hash: [] };
    for (const id of ids) {
      let prev = GENESIS_HASH;
      for (const row of events) {
        const content = {
          ticketId: id,
          seq: row.seq,
          type: row.type,
          event: row.event,
          actorId: row.actor_id,
          actorRole: row.actor_role,
          fromState: row.from_state,
          toState: row.to_state,
          payload: row.payload,
          at: row.at,
        };
        const hash = eventHash(prev, content);
        e.ticket!.push(id);
        e.seq!.push(row.seq);
        e.type!.push(row.type);
        e.actor!.push(row.actor_id);
        e.role!.push(row.actor_role);
        e.fromState!.push(row.from_state);
        e.toState!.push(row.to_state);
        e.payload!.push(JSON.stringify(row.payload));
        e.at!.push(row.at);
        e.event!.push(JSON.stringify(row.event));
        e.prev!.push(prev);
        e.hash!.push(hash);
        prev = hash;
      }
    }
    const dues = ids.map((_, i) => new Date(dueFrom.getTime() + ((start + i) / count) * spanMs));
    await db.query('BEGIN');
    await db.query(insertTickets, [ids, codes]);
    await db.query(insertAssignments, [ids]);
    await db.query(
      `INSERT INTO ticket_events (ticket_id, seq, type, actor_id, actor_role, from_state, to_state, payload, at, event, prev_hash, hash)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::timestamptz[], $10::jsonb[], $11::text[], $12::text[])`,
      [e.ticket, e.seq, e.type, e.actor, e.role, e.fromState, e.toState, e.payload, e.at, e.event, e.prev, e.hash],
    );
    await db.query(
      `INSERT INTO timers (ticket_id, kind, event, level, due_at, status, created_at)
       SELECT id, 'escalation', 'ESCALATE', 2, due, 'pending', now() FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, due)`,
      [ids, dues],
    );
    await db.query('COMMIT');
    ticketIds.push(...ids);
    onBatch(ticketIds.length);
  }
  return { ticketIds, dueFrom, dueTo: new Date(dueFrom.getTime() + spanMs) };
}

/**
 * `count` open tickets (dispatched and accepted, feedback due within the coming month), spread
 * over the chains' enterprises and the departments, created over the past 30 days, each with
 * its two reminders and its feedback deadline pending, as the engine plans them. Acceptance is
 * on time for about 85 % of them, so the scoreboard has something to rank. No timeline rows:
 * the reads measured here do not touch them.
 */
export async function generateOpenTickets(db: pg.Client, templateId: string, count: number, onBatch: (done: number) => void): Promise<void> {
  const { rows: enterprises } = await db.query<{ id: string; chain_id: string }>(`SELECT id, chain_id FROM enterprises ORDER BY id`);
  const { rows: departments } = await db.query<{ id: string; leader_user_id: string }>(`SELECT id, leader_user_id FROM departments ORDER BY id`);
  const source = `tickets t, (
      SELECT g AS n, gen_random_uuid() AS id,
             now() - ((g::bigint * 7919) % 2592000) * interval '1 second' AS created,
             ($2::uuid[])[1 + g % cardinality($2::uuid[])] AS enterprise_id,
             ($3::uuid[])[1 + g % cardinality($3::uuid[])] AS chain_id,
             ($4::uuid[])[1 + (g / 7) % cardinality($4::uuid[])] AS department_id,
             ($5::uuid[])[1 + (g / 7) % cardinality($5::uuid[])] AS leader_id
        FROM generate_series($6::int, $7::int) AS g) u
     WHERE t.id = $1`;
  const insertTickets = await cloneStatement(
    db,
    'tickets',
    't',
    {
      id: 'u.id',
      code: `'BENCH-' || lpad(u.n::text, 8, '0')`,
      enterprise_id: 'u.enterprise_id',
      chain_id: 'u.chain_id',
      department_id: 'u.department_id',
      leader_user_id: 'u.leader_id',
      created_at: 'u.created',
      updated_at: `u.created + interval '1 hour'`,
      first_dispatched_at: `u.created + interval '10 minutes'`,
      dispatch_by: `u.created + interval '3 days'`,
      accept_by: `u.created + interval '10 minutes' + interval '2 days'`,
      feedback_by: `u.created + interval '10 minutes' + interval '1 month'`,
    },
    source,
  );
  const BATCH = 100_000;
  for (let start = 1; start <= count; start += BATCH) {
    const end = Math.min(count, start + BATCH - 1);
    await db.query('BEGIN');
    await db.query(insertTickets, [
      templateId,
      enterprises.map((e) => e.id),
      enterprises.map((e) => e.chain_id),
      departments.map((d) => d.id),
      departments.map((d) => d.leader_user_id),
      start,
      end,
    ]);
    await db.query(
      `INSERT INTO ticket_assignments (ticket_id, chain_id, department_id, category, priority, dispatched_at, accept_by, accepted_at)
       SELECT id, chain_id, department_id, category, priority, first_dispatched_at, accept_by,
              CASE WHEN right(code, 2)::int < 85 THEN first_dispatched_at + interval '5 hours' ELSE accept_by + interval '1 day' END
         FROM tickets WHERE code > 'BENCH-' || lpad($1::text, 8, '0') AND code <= 'BENCH-' || lpad($2::text, 8, '0')`,
      [start - 1, end],
    );
    await db.query(
      `INSERT INTO timers (ticket_id, kind, event, level, due_at, status, created_at)
       SELECT t.id, k.kind, k.event, NULL, t.feedback_by - k.before, 'pending', t.created_at
         FROM tickets t,
              (VALUES ('reminder', 'REMINDER_DUE', interval '7 days'), ('reminder', 'REMINDER_DUE', interval '1 day'),
                      ('deadline', 'FEEDBACK_DEADLINE_PASSED', interval '0')) AS k(kind, event, before)
        WHERE t.code > 'BENCH-' || lpad($1::text, 8, '0') AND t.code <= 'BENCH-' || lpad($2::text, 8, '0')
          AND t.feedback_by - k.before > now()`,
      [start - 1, end],
    );
    await db.query('COMMIT');
    onBatch(end);
  }
}
