import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chainHash, Clock, GENESIS_HASH as GENESIS } from '@whistle/common';
import type { DataSource, EntityManager } from 'typeorm';

/** What the administrators' audit trail records changes of. */
export const AUDITED = ['chain', 'department', 'enterprise', 'user', 'sla_policy', 'calendar', 'catalogue', 'webhook', 'api_key'] as const;
export type Audited = (typeof AUDITED)[number];

/** Who changed something: the administrator, or nobody (the first start, the demo). */
export interface AuditActor {
  id: string;
  username: string;
}

export interface AuditChange {
  entity: Audited;
  entityId: string;
  /** created, updated, retired, reactivated, password_reset, password_changed, unlocked, imported, deleted, replaced. */
  action: string;
  before: object | null;
  after: object | null;
}

export interface AuditRecord extends AuditChange {
  seq: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  actorId?: string;
  entity?: Audited;
  entityId?: string;
  from?: Date;
  to?: Date;
}

/** The answer of GET /api/audit/verify. */
export interface AuditReport {
  intact: boolean;
  records: number;
  /** The first record (seq) that does not match the chain; null when intact. */
  brokenAt: number | null;
  reason: string | null;
  headHash: string | null;
}

/** Serialises the writers of the chain (each row's hash needs the one before). */
const CHAIN_LOCK = 715_001;

interface Row {
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  entity: Audited;
  entity_id: string;
  action: string;
  before: object | null;
  after: object | null;
  prev_hash: string;
  hash: string;
}

/** The record's link of the audit trail's hash chain (see chainHash). */
export function auditHash(prevHash: string, r: Omit<AuditRecord, 'prevHash' | 'hash'>): string {
  return chainHash(prevHash, { seq: r.seq, at: r.at.toISOString(), actorId: r.actorId, actorUsername: r.actorUsername, entity: r.entity, entityId: r.entityId, action: r.action, before: r.before, after: r.after });
}

const toRecord = (row: Row): AuditRecord => ({
  seq: Number(row.seq),
  at: row.at,
  actorId: row.actor_id,
  actorUsername: row.actor_username,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  before: row.before,
  after: row.after,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/**
 * The administrators' audit trail: each change is written in the transaction of the change
 * itself (so a change without its record, or a record without its change, cannot be committed),
 * chained by hash to the one before, so that an edited or deleted row breaks `verify`.
 */
@Injectable()
export class AdminAudit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Appends a record inside the caller's transaction. */
  record(manager: EntityManager, actor: AuditActor | null, change: AuditChange): Promise<void> {
    return this.recordMany(manager, actor, [change]);
  }

  /** Appends records, in order, inside the caller's transaction (an import's thousands at once). */
  async recordMany(manager: EntityManager, actor: AuditActor | null, changes: AuditChange[]): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [CHAIN_LOCK]);
    const [head] = (await manager.query(`SELECT seq, hash FROM admin_audit ORDER BY seq DESC LIMIT 1`)) as { seq: string; hash: string }[];
    const at = this.clock.now();
    let seq = head ? Number(head.seq) : 0;
    let prevHash = head?.hash ?? GENESIS;
    const rows = changes.map((change) => {
      const content = { seq: ++seq, at, actorId: actor?.id ?? null, actorUsername: actor?.username ?? null, ...change };
      const hash = auditHash(prevHash, content);
      const row = [
        content.seq,
        content.at,
        content.actorId,
        content.actorUsername,
        content.entity,
        content.entityId,
        content.action,
        change.before === null ? null : JSON.stringify(change.before),
        change.after === null ? null : JSON.stringify(change.after),
        prevHash,
        hash,
      ];
      prevHash = hash;
      return row;
    });
    // 11 parameters a row: 500 rows a statement stays well under PostgreSQL's 65,535.
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await manager.query(
        `INSERT INTO admin_audit (seq, at, actor_id, actor_username, entity, entity_id, action, before, after, prev_hash, hash) VALUES ${chunk
          .map((_, r) => `(${Array.from({ length: 11 }, (_, c) => `$${r * 11 + c + 1}`).join(', ')})`)
          .join(', ')}`,
        chunk.flat(),
      );
    }
  }

  /** Newest first, at most `limit` (1,000). */
  async list(filter: AuditFilter, limit = 1000): Promise<AuditRecord[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => where.push(sql.replace('?', `$${values.push(value)}`));
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.entity) add('entity = ?', filter.entity);
    if (filter.entityId) add('entity_id = ?', filter.entityId);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    const rows = (await this.dataSource.query(
      `SELECT * FROM admin_audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ${Math.max(1, Math.min(limit, 10_000))}`,
      values,
    )) as Row[];
    return rows.map(toRecord);
  }

  /** Recomputes the chain from the first record: a changed, removed or inserted row is found. */
  async verify(): Promise<AuditReport> {
    const rows = ((await this.dataSource.query(`SELECT * FROM admin_audit ORDER BY seq`)) as Row[]).map(toRecord);
    let prev = GENESIS;
    for (const [i, r] of rows.entries()) {
      const broken = (reason: string): AuditReport => ({ intact: false, records: rows.length, brokenAt: r.seq, reason, headHash: rows.at(-1)!.hash });
      if (r.seq !== i + 1) return broken(`record ${i + 1} is missing`);
      if (r.prevHash !== prev) return broken('its previous hash is not the hash of the record before');
      if (auditHash(r.prevHash, r) !== r.hash) return broken('its content does not match its hash');
      prev = r.hash;
    }
    return { intact: true, records: rows.length, brokenAt: null, reason: null, headHash: rows.at(-1)?.hash ?? null };
  }
}
