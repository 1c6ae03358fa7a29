import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@whistle/common';
import { type PlainSelect, plainSelect, type PlainUpdate, plainUpdate, positional, prepared } from '@whistle/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type { ListTicketsQuery } from './ticket.dto.js';
import { TicketEntity, TicketEventEntity } from './ticket.entity.js';
import { eventHash, GENESIS_HASH } from './ticket.audit.js';
import { visibleTo } from './ticket.visibility.js';

const FILTERS = [
  ['state', 't.state = :state'],
  ['chainId', 't.chain_id = :chainId'],
  ['departmentId', 't.department_id = :departmentId'],
  ['enterpriseId', 't.enterprise_id = :enterpriseId'],
  ['category', 't.category = :category'],
  ['overdue', 't.overdue = :overdue'],
] as const;

/** Lists count their tickets exactly up to this many; beyond, the total is an estimate. */
export const EXACT_TOTAL_UP_TO = 10_000;

@Injectable()
export class TicketsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const select = (this.ticketSelect ??= plainSelect(this.dataSource, TicketEntity, 't'));
    const values: unknown[] = [id];
    const head = withHead ? ', (SELECT e.hash FROM ticket_events e WHERE e.ticket_id = t.id AND e.seq = t.version) AS head_hash' : '';
    let sql = `SELECT ${select.columns}${head} FROM tickets t WHERE t.id = $1`;
    if (actor) {
      const scope = visibleTo(actor);
      sql += ` AND ${positional(scope.where, scope.params, values)}`;
    }
    const [row] = (await (manager ?? this.dataSource.manager).query(prepared(sql), values)) as Record<string, unknown>[];
    return row ? { ticket: select.hydrate(row), headHash: (row.head_hash as string | null | undefined) ?? null } : null;
  }

  private ticketSelect?: PlainSelect<TicketEntity>;

  insert(manager: EntityManager, ticket: Partial<TicketEntity>): Promise<TicketEntity> {
    return manager.save(TicketEntity, manager.create(TicketEntity, ticket));
  }

  /**
   * Writes `next` only if nobody changed the ticket since `expectedVersion` was read. Plain SQL
   * built once from the entity's metadata: building it with the query builder on every change
   * was a tenth of the API's CPU (npm run bench).
   */
  async updateIfVersion(manager: EntityManager, next: TicketEntity, expectedVersion: number): Promise<boolean> {
    const update = (this.ticketUpdate ??= plainUpdate(this.dataSource, TicketEntity));
    const [, affected] = (await manager.query(prepared(update.sql), [...update.values(next), next.id, expectedVersion])) as [unknown, number];
    return affected === 1;
  }

  private ticketUpdate?: PlainUpdate<TicketEntity>;

  /**
   * Appends the next line of the timeline, chained to the previous one by hash. The caller
   * holds the ticket's row (its versioned update), so event `seq - 1` is the committed head; its
   * hash is `headHash` when the caller read it with the ticket (findForChange), else read here.
   */
  async appendEvent(manager: EntityManager, event: Omit<TicketEventEntity, 'id' | 'prevHash' | 'hash'>, headHash: string | null = null): Promise<void> {
    let prevHash = headHash ?? GENESIS_HASH;
    if (event.seq > 1 && !headHash) {
      const [previous] = (await manager.query(prepared(`SELECT hash FROM ticket_events WHERE ticket_id = $1 AND seq = $2`), [event.ticketId, event.seq - 1])) as {
        hash: string;
      }[];
      if (!previous) throw new Error(`ticket ${event.ticketId} has no event ${event.seq - 1} to chain event ${event.seq} to`);
      prevHash = previous.hash;
    }
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
        eventHash(prevHash, event),
      ],
    );
  }

  async nextCode(manager: EntityManager, chainCode: string, year: number): Promise<string> {
    const [{ n }] = (await manager.query(prepared(`SELECT nextval('ticket_code_seq') AS n`))) as [{ n: string }];
    return `${chainCode}-${year}-${n.padStart(6, '0')}`;
  }

  /**
   * A page of the tickets the actor may see, newest first, and how many there are: exactly up
   * to EXACT_TOTAL_UP_TO, beyond that PostgreSQL's estimate (counting a million rows costs more
   * than the page; `npm run bench`).
   */
  async page(actor: Actor, query: ListTicketsQuery): Promise<{ items: TicketEntity[]; total: number; totalExact: boolean }> {
    const scope = visibleTo(actor);
    const matching = this.dataSource.createQueryBuilder(TicketEntity, 't').where(scope.where, scope.params);
    for (const [key, condition] of FILTERS) {
      if (query[key] !== undefined) matching.andWhere(condition, { [key]: query[key] });
    }
    const page = matching
      .clone()
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    const [sql, params] = matching.select('1').getQueryAndParameters();
    const [items, [{ n }]] = await Promise.all([
      page.getMany(),
      this.dataSource.query(`SELECT count(*)::int AS n FROM (${sql} LIMIT ${EXACT_TOTAL_UP_TO + 1}) matching`, params) as Promise<[{ n: number }]>,
    ]);
    if (n <= EXACT_TOTAL_UP_TO) return { items, total: n, totalExact: true };
    const [{ 'QUERY PLAN': [plan] }] = (await this.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }];
    return { items, total: Math.max(EXACT_TOTAL_UP_TO + 1, Math.round(plan.Plan['Plan Rows'])), totalExact: false };
  }

  events(ticketId: string): Promise<TicketEventEntity[]> {
    return this.dataSource.getRepository(TicketEventEntity).find({ where: { ticketId }, order: { seq: 'ASC' } });
  }
}
