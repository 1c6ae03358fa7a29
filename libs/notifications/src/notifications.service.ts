import { Injectable } from '@nestjs/common';
import { type Actor, Clock, NotFoundError } from '@whistle/common';
import { prepared } from '@whistle/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationParams, NotificationType, NotificationView, ReadAllView, UnreadCountView } from './notification.dto.js';

/** Who receives a notice, in the organisation's terms. */
export type Audience =
  | { dispatchersOfChain: string }
  | { usersOfDepartment: string }
  | { usersOfEnterprise: string }
  | { user: string }
  | { supervisorsOfChain: string }
  | { leaderOfDepartment: string }
  | { administrators: true };

/** What a notice is about. */
export interface NoticeSubject {
  ticketId?: string;
  evaluationId?: string;
  rectificationId?: string;
}

export interface Notice {
  type: NotificationType;
  to: Audience;
  message: string;
  /** What a translated sentence needs besides the subject's names (see NotificationParams). */
  params?: NotificationParams;
}

/**
 * The inbox's rows with the names a sentence needs (the ticket's code and title, the
 * rectification order's code, the evaluation's title), read with them.
 */
const INBOX = `SELECT n.id, n.type, n.ticket_id, n.evaluation_id, n.rectification_id, n.message, n.params, n.created_at, n.read_at,
       t.code AS ticket_code, t.title AS ticket_title, r.code AS rectification_code, e.title AS evaluation_title
  FROM notifications n
  LEFT JOIN tickets t ON t.id = n.ticket_id
  LEFT JOIN rectification_orders r ON r.id = n.rectification_id
  LEFT JOIN evaluations e ON e.id = n.evaluation_id
 WHERE n.user_id = $1`;

interface InboxRow {
  id: string;
  type: string;
  ticket_id: string | null;
  evaluation_id: string | null;
  rectification_id: string | null;
  message: string;
  params: NotificationParams | null;
  created_at: Date;
  read_at: Date | null;
  ticket_code: string | null;
  ticket_title: string | null;
  rectification_code: string | null;
  evaluation_title: string | null;
}

/**
 * The users of an audience, as a condition on `users` with its value at `param` (`$1` for one
 * notice, a column for a set of them); `kind` names the condition's shape. Only active users.
 */
function audienceSql(to: Audience, param: string): { kind: string; where: string; value: string | null } {
  const { kind, where, value } = audienceOf(to, param);
  // A retired user receives nothing.
  return { kind, where: `active AND ${where}`, value };
}

function audienceOf(to: Audience, param: string): { kind: string; where: string; value: string | null } {
  if ('administrators' in to) return { kind: 'administrators', where: `role = 'admin' AND ${param}::uuid IS NULL`, value: null };
  if ('dispatchersOfChain' in to) return { kind: 'dispatchersOfChain', where: `role = 'dispatcher' AND chain_id = ${param}`, value: to.dispatchersOfChain };
  if ('usersOfDepartment' in to) return { kind: 'usersOfDepartment', where: `role = 'department' AND department_id = ${param}`, value: to.usersOfDepartment };
  if ('usersOfEnterprise' in to) return { kind: 'usersOfEnterprise', where: `role = 'enterprise' AND enterprise_id = ${param}`, value: to.usersOfEnterprise };
  if ('user' in to) return { kind: 'user', where: `id = ${param}`, value: to.user };
  if ('leaderOfDepartment' in to) {
    return { kind: 'leaderOfDepartment', where: `id = (SELECT d.leader_user_id FROM departments d WHERE d.id = ${param})`, value: to.leaderOfDepartment };
  }
  // Supervisors of the chain, and those who watch every chain.
  return { kind: 'supervisorsOfChain', where: `role = 'supervisor' AND (chain_id = ${param} OR chain_id IS NULL)`, value: to.supervisorsOfChain };
}

/** The inbox: notices are written in the transaction of the change they announce. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Fans each notice out to the users of its audience, inside the caller's transaction. */
  async deliver(manager: EntityManager, subject: string | NoticeSubject, notices: Notice[], at: Date): Promise<void> {
    const { ticketId = null, evaluationId = null, rectificationId = null } = typeof subject === 'string' ? { ticketId: subject } : subject;
    for (const notice of notices) {
      const { where, value } = audienceSql(notice.to, '$1');
      await manager.query(
        prepared(`INSERT INTO notifications (user_id, type, ticket_id, evaluation_id, rectification_id, message, params, created_at)
         SELECT id, $2, $3, $4, $5, $6, $8, $7 FROM users WHERE ${where}`),
        [value, notice.type, ticketId, evaluationId, rectificationId, notice.message, at, notice.params ? JSON.stringify(notice.params) : null],
      );
    }
  }

  /**
   * deliver for many tickets' notices at once (a batch of timers firing): one statement per
   * kind of audience among them, the notices sent as one JSON parameter.
   */
  async deliverForTickets(manager: EntityManager, notices: { ticketId: string; notice: Notice }[], at: Date): Promise<void> {
    const byKind = new Map<string, { where: string; rows: { n_type: string; n_ticket: string; n_message: string; n_params: NotificationParams | null; n_value: string | null }[] }>();
    for (const { ticketId, notice } of notices) {
      const { kind, where, value } = audienceSql(notice.to, 'n.n_value');
      const group = byKind.get(kind) ?? byKind.set(kind, { where, rows: [] }).get(kind)!;
      group.rows.push({ n_type: notice.type, n_ticket: ticketId, n_message: notice.message, n_params: notice.params ?? null, n_value: value });
    }
    for (const { where, rows } of byKind.values()) {
      await manager.query(
        prepared(`INSERT INTO notifications (user_id, type, ticket_id, message, params, created_at)
         SELECT users.id, n.n_type, n.n_ticket, n.n_message, n.n_params, $2
           FROM jsonb_to_recordset($1::jsonb) AS n(n_type text, n_ticket uuid, n_message text, n_params jsonb, n_value uuid) JOIN users ON ${where}`),
        [JSON.stringify(rows), at],
      );
    }
  }

  async list(actor: Actor, unread?: boolean): Promise<NotificationView[]> {
    const read = unread === undefined ? '' : ` AND n.read_at IS ${unread ? '' : 'NOT '}NULL`;
    const rows = (await this.dataSource.query(prepared(`${INBOX}${read} ORDER BY n.created_at DESC, n.id DESC LIMIT 500`), [actor.id])) as InboxRow[];
    return rows.map(toView);
  }

  /** Polled by the console every few seconds: a count over the partial index of unread notices. */
  async unreadCount(actor: Actor): Promise<UnreadCountView> {
    const [{ unread }] = (await this.dataSource.query(prepared(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`), [
      actor.id,
    ])) as [{ unread: number }];
    return { unread };
  }

  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    await this.dataSource.query(prepared(`UPDATE notifications SET read_at = $3 WHERE id = $2 AND user_id = $1 AND read_at IS NULL`), [actor.id, id, this.clock.now()]);
    const [row] = (await this.dataSource.query(prepared(`${INBOX} AND n.id = $2`), [actor.id, id])) as InboxRow[];
    if (!row) throw new NotFoundError('notification');
    return toView(row);
  }

  /** Marks every unread notice of the caller read. */
  async markAllRead(actor: Actor): Promise<ReadAllView> {
    const [, read] = (await this.dataSource.query(prepared(`UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`), [
      actor.id,
      this.clock.now(),
    ])) as [unknown, number];
    return { read };
  }
}

function toView(row: InboxRow): NotificationView {
  return {
    id: row.id,
    type: row.type,
    ticketId: row.ticket_id,
    evaluationId: row.evaluation_id,
    rectificationId: row.rectification_id,
    ticketCode: row.ticket_code,
    ticketTitle: row.ticket_title,
    rectificationCode: row.rectification_code,
    evaluationTitle: row.evaluation_title,
    params: row.params ?? {},
    message: row.message,
    createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
  };
}
