import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@whistle/common';
import { type PlainBulkUpdate, plainBulkUpdate, type PlainSelect, plainSelect, type PlainUpdate, plainUpdate, positional, prepared } from '@whistle/persistence';
import { type OutboxEvent, ticketEventType, WebhookOutbox } from '@whistle/webhooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { ListTicketsQuery } from './ticket.dto.js';
import { TicketEntity, TicketEventEntity } from './ticket.entity.js';

/** Written apart from the rest of the row (see updateIfVersion). */
const LEADER = ['leader_user_id'] as const;
import { eventHash, GENESIS_HASH } from './ticket.audit.js';
import { listScope, visibleTo } from './ticket.visibility.js';
import { CURRENT_DEADLINE_SQL, SORT_KEYS } from './ticket.queues.js';
import { ticketData } from './ticket.data.js';

type NewEvent = Omit<TicketEventEntity, 'id' | 'prevHash' | 'hash'>;

/** A timeline line as a webhook event: the order as it stands after it, and the line. */
function outboxEvent(ticket: TicketEntity, event: NewEvent, hash: string): OutboxEvent {
  const { ticketId: _id, ...line } = event;
  return { type: ticketEventType(event.type), chainId: ticket.chainId, subjectId: ticket.id, data: { ticket: ticketData(ticket), event: { ...line, hash } }, at: event.at };
}

/** The hash of the timeline's head (the event numbered by the ticket's version), beside the ticket's columns. */
const HEAD_HASH = ', (SELECT e.hash FROM ticket_events e WHERE e.ticket_id = t.id AND e.seq = t.version) AS head_hash';

const FILTERS = [
  ['state', 't.state = :state'],
  ['chainId', 't.chain_id = :chainId'],
  ['departmentId', 't.department_id = :departmentId'],
  ['enterpriseId', 't.enterprise_id = :enterpriseId'],
  ['category', 't.category = :category'],
  ['overdue', 't.overdue = :overdue'],
  ['states', 't.state = ANY(:states::text[])'],
] as const;

/** The queues' counts (GET /api/tickets/counts), over the open tickets (those with a current deadline). */
const COUNTS = `count(*) FILTER (WHERE t.state IN ('placed', 'returned'))::int AS "toDispatch",
  count(*) FILTER (WHERE t.state = 'dispatched')::int AS "awaitingAcceptance",
  count(*) FILTER (WHERE t.state IN ('in_progress', 'awaiting_info', 'rectifying'))::int AS "inProgress",
  count(*) FILTER (WHERE t.state <> 'awaiting_info' AND ${CURRENT_DEADLINE_SQL} > :now AND ${CURRENT_DEADLINE_SQL} <= :soon)::int AS "dueSoon",
  count(*) FILTER (WHERE t.overdue)::int AS overdue,
  count(*) FILTER (WHERE t.escalation_level > 0)::int AS escalated,
  count(*) FILTER (WHERE t.state = 'feedback_given')::int AS "feedbackGiven",
  count(*)::int AS open`;

export interface TicketCounts {
  toDispatch: number;
  awaitingAcceptance: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
  escalated: number;
  feedbackGiven: number;
  open: number;
  assistOpen: number;
}

/** Lists count their tickets exactly up to this many; beyond, the total is an estimate. */
export const EXACT_TOTAL_UP_TO = 10_000;
/** How long an estimated total (beyond EXACT_TOTAL_UP_TO) answers the same list again. */
export const ESTIMATE_REUSED_FOR_MS = 10_000;
/** At most this many lists' estimates are kept; past it they are all forgotten. */
const ESTIMATES_KEPT = 1_000;

@Injectable()
export class TicketsRepository {
  /** Estimated totals of large lists, by their SQL and values (see `page`). */
  private readonly estimates = new Map<string, { total: number; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: WebhookOutbox,
  ) {}

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The ticket if `actor` may see it (any ticket for the system); outside a transaction by default.
   * Plain SQL prepared per role, like the update: it runs on every action and every firing.
   */
  async findVisible(manager: EntityManager | null, id: string, actor: Actor | null): Promise<TicketEntity | null> {
    return (await this.select(manager, id, actor, false))?.ticket ?? null;
  }

  /**
   * The ticket to change, with the hash of its timeline's last event (the one numbered by its
   * version, read in the same statement), which the next event chains to.
   */
  findForChange(manager: EntityManager, id: string, actor: Actor | null): Promise<{ ticket: TicketEntity; headHash: string | null } | null> {
    return this.select(manager, id, actor, true);
  }

  private async select(manager: EntityManager | null, id: string, actor: Actor | null, withHead: boolean) {
    const select = this.ticketSelect();
    const values: unknown[] = [id];
    let sql = `SELECT ${select.columns}${withHead ? HEAD_HASH : ''} FROM tickets t WHERE t.id = $1`;
    if (actor) {
      const scope = visibleTo(actor);
      sql += ` AND ${positional(scope.where, scope.params, values)}`;
    }
    const [row] = (await (manager ?? this.dataSource.manager).query(prepared(sql), values)) as Record<string, unknown>[];
    return row ? { ticket: select.hydrate(row), headHash: (row.head_hash as string | null | undefined) ?? null } : null;
  }

  /**
   * Locks the tickets to fire a batch of timers on, with their timelines' head hashes; a ticket
   * another transaction holds is skipped (SKIP LOCKED: the batch never waits, so it never
   * deadlocks with a request), and so is one that no longer exists. Keyed by id.
   *
   * The heads are read by a second statement, once the rows are locked. Read in the locking
   * statement they could be missing: a ticket changed and committed after that statement began
   * is locked at its new version (PostgreSQL re-reads a locked row at its latest version), while
   * the statement's other reads still see the old snapshot, without the new event. The timeline
   * was then chained to nothing (found by the concurrency test under load).
   */
  async lockForFiring(manager: EntityManager, ids: string[]): Promise<Map<string, { ticket: TicketEntity; headHash: string | null }>> {
    const select = this.ticketSelect();
    const rows = (await manager.query(prepared(`SELECT ${select.columns} FROM tickets t WHERE t.id = ANY($1::uuid[]) FOR UPDATE OF t SKIP LOCKED`), [ids])) as Record<
      string,
      unknown
    >[];
    const tickets = rows.map((row) => select.hydrate(row));
    const heads = new Map(
      (
        (await manager.query(
          prepared(`SELECT e.ticket_id AS "ticketId", e.hash FROM ticket_events e JOIN unnest($1::uuid[], $2::int[]) AS h(id, seq) ON e.ticket_id = h.id AND e.seq = h.seq`),
          [tickets.map((t) => t.id), tickets.map((t) => t.version)],
        )) as { ticketId: string; hash: string }[]
      ).map((head) => [head.ticketId, head.hash]),
    );
    return new Map(tickets.map((ticket) => [ticket.id, { ticket, headHash: heads.get(ticket.id) ?? null }]));
  }

  private ticketSelect(): PlainSelect<TicketEntity> {
    return (this.select_ ??= plainSelect(this.dataSource, TicketEntity, 't'));
  }

  private select_?: PlainSelect<TicketEntity>;

  insert(manager: EntityManager, ticket: Partial<TicketEntity>): Promise<TicketEntity> {
    return manager.save(TicketEntity, manager.create(TicketEntity, ticket));
  }

  /**
   * Writes `next` only if nobody changed the ticket since `expectedVersion` was read. Plain SQL
   * built once from the entity's metadata: building it with the query builder on every change
   * was a tenth of the API's CPU (npm run bench).
   */
  /**
   * Writes the ticket if it is still at `expectedVersion`. The leader in charge is written only
   * when the change itself sets it (a dispatch, a return: `leaderBefore` differs): an
   * administrator may hand a department's open orders to its new leader meanwhile (a plain
   * update of that column, which moves no version), and a change that read the ticket before
   * must not write the old leader back.
   */
  async updateIfVersion(manager: EntityManager, next: TicketEntity, expectedVersion: number, leaderBefore: string | null): Promise<boolean> {
    const update = (this.ticketUpdate ??= plainUpdate(this.dataSource, TicketEntity, LEADER));
    const [, affected] = (await manager.query(prepared(update.sql), [...update.values(next), next.id, expectedVersion])) as [unknown, number];
    if (affected === 1 && next.leaderUserId !== leaderBefore) {
      await manager.query(prepared(`UPDATE tickets SET leader_user_id = $2 WHERE id = $1`), [next.id, next.leaderUserId]);
    }
    return affected === 1;
  }

  private ticketUpdate?: PlainUpdate<TicketEntity>;

  /** updateIfVersion for many tickets in one statement; false unless every one was still at its expected version. */
  async updateManyIfVersion(manager: EntityManager, rows: { next: TicketEntity; expectedVersion: number }[]): Promise<boolean> {
    if (rows.length === 0) return true;
    // Timers never change the leader in charge: the column is left as it is (see updateIfVersion).
    const update = (this.ticketBulkUpdate ??= plainBulkUpdate(this.dataSource, TicketEntity, LEADER));
    const [, affected] = (await manager.query(prepared(update.sql), update.values(rows.map(({ next, expectedVersion }) => ({ entity: next, expectedVersion }))))) as [
      unknown,
      number,
    ];
    return affected === rows.length;
  }

  private ticketBulkUpdate?: PlainBulkUpdate<TicketEntity>;

  /**
   * Appends the next line of the timeline, chained to the previous one by hash. The caller
   * holds the ticket's row (its versioned update), so event `seq - 1` is the committed head; its
   * hash is `headHash` when the caller read it with the ticket (findForChange), else read here.
   * `ticket` is the order as the line leaves it: the line goes to the webhooks' outbox with it.
   */
  async appendEvent(manager: EntityManager, ticket: TicketEntity, event: NewEvent, headHash: string | null = null): Promise<void> {
    let prevHash = headHash ?? GENESIS_HASH;
    if (event.seq > 1 && !headHash) {
      const [previous] = (await manager.query(prepared(`SELECT hash FROM ticket_events WHERE ticket_id = $1 AND seq = $2`), [event.ticketId, event.seq - 1])) as {
        hash: string;
      }[];
      if (!previous) throw new Error(`ticket ${event.ticketId} has no event ${event.seq - 1} to chain event ${event.seq} to`);
      prevHash = previous.hash;
    }
    const hash = eventHash(prevHash, event);
    await manager.query(
      prepared(`INSERT INTO ticket_events (ticket_id, seq, type, event, actor_id, actor_role, from_state, to_state, payload, at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`),
      [
        event.ticketId,
        event.seq,
        event.type,
        JSON.stringify(event.event),
        event.actorId,
        event.actorRole,
        event.fromState,
        event.toState,
        JSON.stringify(event.payload),
        event.at,
        prevHash,
        hash,
      ],
    );
    await this.outbox.publish(manager, [{ type: ticketEventType(event.type), chainId: ticket.chainId }], () => [outboxEvent(ticket, event, hash)]);
  }

  /**
   * Appends many tickets' next lines in one statement, each chained to its ticket's head
   * (`headHash`, null for a ticket's first line), with the orders as they leave them (`ticket`,
   * for the webhooks' outbox). The caller holds the tickets' rows.
   */
  async appendEvents(manager: EntityManager, lines: { ticket: TicketEntity; event: NewEvent; headHash: string | null }[]): Promise<void> {
    if (lines.length === 0) return;
    const rows = lines.map(({ event, headHash }) => {
      if (event.seq > 1 && !headHash) throw new Error(`ticket ${event.ticketId}: event ${event.seq} has no head to chain to`);
      const prevHash = headHash ?? GENESIS_HASH;
      return {
        ticket_id: event.ticketId,
        seq: event.seq,
        type: event.type,
        event: event.event,
        actor_id: event.actorId,
        actor_role: event.actorRole,
        from_state: event.fromState,
        to_state: event.toState,
        payload: event.payload,
        at: event.at,
        prev_hash: prevHash,
        hash: eventHash(prevHash, event),
      };
    });
    await manager.query(
      prepared(`INSERT INTO ticket_events (ticket_id, seq, type, event, actor_id, actor_role, from_state, to_state, payload, at, prev_hash, hash)
       SELECT ticket_id, seq, type, event, actor_id, actor_role, from_state, to_state, payload, at, prev_hash, hash
         FROM jsonb_to_recordset($1::jsonb) AS e(ticket_id uuid, seq integer, type text, event jsonb, actor_id uuid, actor_role text,
              from_state text, to_state text, payload jsonb, at timestamptz, prev_hash text, hash text)`),
      [JSON.stringify(rows)],
    );
    await this.outbox.publish(
      manager,
      lines.map(({ ticket, event }) => ({ type: ticketEventType(event.type), chainId: ticket.chainId })),
      () => lines.map(({ ticket, event }, i) => outboxEvent(ticket, event, rows[i]!.hash)),
    );
  }

  async nextCode(manager: EntityManager, chainCode: string, year: number): Promise<string> {
    const [{ n }] = (await manager.query(prepared(`SELECT nextval('ticket_code_seq') AS n`))) as [{ n: string }];
    return `${chainCode}-${year}-${n.padStart(6, '0')}`;
  }

  /**
   * A page of the tickets the actor may see, newest first, and how many there are: exactly up
   * to EXACT_TOTAL_UP_TO, beyond that PostgreSQL's estimate (counting a million rows costs more
   * than the page; `npm run bench`). An estimate is reused for the same question for
   * ESTIMATE_REUSED_FOR_MS: counting the first 10,001 rows again on every page of a large list
   * was half of its database time, only to learn again that the total is an estimate.
   */
  async page(actor: Actor, query: ListTicketsQuery, due?: { from: Date; until: Date }): Promise<{ items: TicketEntity[]; total: number; totalExact: boolean }> {
    const scope = listScope(actor, query.assist);
    const values: unknown[] = [];
    const conditions = [positional(scope.where, scope.params, values)];
    for (const [key, condition] of FILTERS) {
      if (query[key] !== undefined) conditions.push(positional(condition, { [key]: query[key] }, values));
    }
    if (query.escalated !== undefined) conditions.push(query.escalated ? 't.escalation_level > 0' : 't.escalation_level = 0');
    // Open is "has a current deadline": read from the deadline indexes, no list of states.
    if (query.open !== undefined) conditions.push(`${CURRENT_DEADLINE_SQL} IS ${query.open ? 'NOT ' : ''}NULL`);
    if (due) {
      conditions.push(
        positional(`t.state <> 'awaiting_info' AND ${CURRENT_DEADLINE_SQL} > :dueFrom AND ${CURRENT_DEADLINE_SQL} <= :dueUntil`, { dueFrom: due.from, dueUntil: due.until }, values),
      );
    }
    const matching = `SELECT 1 FROM tickets t WHERE ${conditions.join(' AND ')}`;
    const select = this.ticketSelect();
    const limit = `LIMIT $${values.length + 1} OFFSET $${values.length + 2}`;
    // Plain SQL (the query builder cost CPU on every list), not prepared: a generic plan for a
    // filter would ignore how skewed its value is (a rare state, a busy department).
    const page = query.sort === 'created' ? `SELECT ${select.columns} FROM tickets t WHERE ${conditions.join(' AND ')}
                   ORDER BY t.created_at DESC, t.id DESC ${limit}` : this.sortedPage(query.sort, conditions, limit);
    const read = (): Promise<TicketEntity[]> =>
      (this.dataSource.query(page, [...values, query.pageSize, (query.page - 1) * query.pageSize]) as Promise<Record<string, unknown>[]>).then((rows) =>
        rows.map(select.hydrate),
      );
    const question = `${matching}\u0000${JSON.stringify(values)}`;
    const estimate = this.estimates.get(question);
    if (estimate && estimate.until > Date.now()) return { items: await read(), total: estimate.total, totalExact: false };
    const [items, [{ n }]] = await Promise.all([
      read(),
      this.dataSource.query(`SELECT count(*)::int AS n FROM (${matching} LIMIT ${EXACT_TOTAL_UP_TO + 1}) matching`, values) as Promise<[{ n: number }]>,
    ]);
    if (n <= EXACT_TOTAL_UP_TO) return { items, total: n, totalExact: true };
    const [{ 'QUERY PLAN': [plan] }] = (await this.dataSource.query(`EXPLAIN (FORMAT JSON) ${matching}`, values)) as [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }];
    const total = Math.max(EXACT_TOTAL_UP_TO + 1, Math.round(plan.Plan['Plan Rows']));
    if (this.estimates.size >= ESTIMATES_KEPT) this.estimates.clear();
    this.estimates.set(question, { total, until: Date.now() + ESTIMATE_REUSED_FOR_MS });
    return { items, total, totalExact: false };
  }

  /**
   * A page in one of the queues' orders: the page's ids are chosen first from the index alone
   * (the chain's and the department's deadline indexes include every column these orders and the
   * queues' filters read, so neither walking in deadline order nor sorting by priority touches
   * the table), then its rows are read by id.
   */
  private sortedPage(sort: Exclude<ListTicketsQuery['sort'], 'created'>, conditions: string[], limit: string): string {
    const keys = SORT_KEYS[sort];
    const order = (column: (key: { sql: string }, i: number) => string) =>
      keys.map((key, i) => `${column(key, i)}${key.descending ? ' DESC' : ''}`).join(', ');
    const chosen = `SELECT t.id, ${keys.map((key, i) => `${key.sql} AS k${i}`).join(', ')} FROM tickets t
                     WHERE ${conditions.join(' AND ')} ORDER BY ${order((key) => key.sql)} ${limit}`;
    return `SELECT ${this.ticketSelect().columns} FROM (${chosen}) p JOIN tickets t ON t.id = p.id ORDER BY ${order((_, i) => `p.k${i}`)}`;
  }

  /**
   * The queues' counts over what the actor may see, in one statement (FILTER clauses over the
   * open tickets, read from the deadline indexes alone where the scope has one).
   */
  async counts(actor: Actor, now: Date, soon: Date): Promise<TicketCounts> {
    const scope = listScope(actor);
    const values: unknown[] = [];
    const where = positional(scope.where, scope.params, values);
    const counts = positional(COUNTS, { now, soon }, values);
    const assisting = listScope(actor, 'open');
    const assistValues: unknown[] = [];
    const assistWhere = positional(assisting.where, assisting.params, assistValues);
    const [[row], [{ assistOpen }]] = await Promise.all([
      this.dataSource.query(`SELECT ${counts} FROM tickets t WHERE ${where} AND ${CURRENT_DEADLINE_SQL} IS NOT NULL`, values) as Promise<[Omit<TicketCounts, 'assistOpen'>]>,
      // The 协办 queue: orders whose assisting part is still owed (by the caller's department, for a department or leader).
      this.dataSource.query(`SELECT count(*)::int AS "assistOpen" FROM tickets t WHERE ${assistWhere} AND ${CURRENT_DEADLINE_SQL} IS NOT NULL`, assistValues) as Promise<[{ assistOpen: number }]>,
    ]);
    return { ...row, assistOpen };
  }

  events(ticketId: string): Promise<TicketEventEntity[]> {
    return this.dataSource.getRepository(TicketEventEntity).find({ where: { ticketId }, order: { seq: 'ASC' } });
  }
}
