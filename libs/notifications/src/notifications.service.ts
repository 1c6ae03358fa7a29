import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Actor, Clock, NotFoundError } from '@whistle/common';
import { prepared } from '@whistle/persistence';
import { type EntityManager, IsNull, Not, type Repository } from 'typeorm';
import type { NotificationType, NotificationView } from './notification.dto.js';
import { NotificationEntity } from './notification.entity.js';

/** Who receives a notice, in the organisation's terms. */
export type Audience =
  | { dispatchersOfChain: string }
  | { usersOfDepartment: string }
  | { usersOfEnterprise: string }
  | { user: string }
  | { supervisorsOfChain: string }
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
}

/**
 * The users of an audience, as a condition on `users` with its value at `param` (`$1` for one
 * notice, a column for a set of them); `kind` names the condition's shape.
 */
function audienceSql(to: Audience, param: string): { kind: string; where: string; value: string | null } {
  if ('administrators' in to) return { kind: 'administrators', where: `role = 'admin' AND ${param}::uuid IS NULL`, value: null };
  if ('dispatchersOfChain' in to) return { kind: 'dispatchersOfChain', where: `role = 'dispatcher' AND chain_id = ${param}`, value: to.dispatchersOfChain };
  if ('usersOfDepartment' in to) return { kind: 'usersOfDepartment', where: `role = 'department' AND department_id = ${param}`, value: to.usersOfDepartment };
  if ('usersOfEnterprise' in to) return { kind: 'usersOfEnterprise', where: `role = 'enterprise' AND enterprise_id = ${param}`, value: to.usersOfEnterprise };
  if ('user' in to) return { kind: 'user', where: `id = ${param}`, value: to.user };
  // Supervisors of the chain, and those who watch every chain.
  return { kind: 'supervisorsOfChain', where: `role = 'supervisor' AND (chain_id = ${param} OR chain_id IS NULL)`, value: to.supervisorsOfChain };
}

/** The inbox: notices are written in the transaction of the change they announce. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly clock: Clock,
  ) {}

  /** Fans each notice out to the users of its audience, inside the caller's transaction. */
  async deliver(manager: EntityManager, subject: string | NoticeSubject, notices: Notice[], at: Date): Promise<void> {
    const { ticketId = null, evaluationId = null, rectificationId = null } = typeof subject === 'string' ? { ticketId: subject } : subject;
    for (const notice of notices) {
      const { where, value } = audienceSql(notice.to, '$1');
      await manager.query(
        prepared(`INSERT INTO notifications (user_id, type, ticket_id, evaluation_id, rectification_id, message, created_at)
         SELECT id, $2, $3, $4, $5, $6, $7 FROM users WHERE ${where}`),
        [value, notice.type, ticketId, evaluationId, rectificationId, notice.message, at],
      );
    }
  }

  /**
   * deliver for many tickets' notices at once (a batch of timers firing): one statement per
   * kind of audience among them, the notices sent as one JSON parameter.
   */
  async deliverForTickets(manager: EntityManager, notices: { ticketId: string; notice: Notice }[], at: Date): Promise<void> {
    const byKind = new Map<string, { where: string; rows: { n_type: string; n_ticket: string; n_message: string; n_value: string | null }[] }>();
    for (const { ticketId, notice } of notices) {
      const { kind, where, value } = audienceSql(notice.to, 'n.n_value');
      const group = byKind.get(kind) ?? byKind.set(kind, { where, rows: [] }).get(kind)!;
      group.rows.push({ n_type: notice.type, n_ticket: ticketId, n_message: notice.message, n_value: value });
    }
    for (const { where, rows } of byKind.values()) {
      await manager.query(
        prepared(`INSERT INTO notifications (user_id, type, ticket_id, message, created_at)
         SELECT users.id, n.n_type, n.n_ticket, n.n_message, $2
           FROM jsonb_to_recordset($1::jsonb) AS n(n_type text, n_ticket uuid, n_message text, n_value uuid) JOIN users ON ${where}`),
        [JSON.stringify(rows), at],
      );
    }
  }

  async list(actor: Actor, unread?: boolean): Promise<NotificationView[]> {
    const readAt = unread === undefined ? undefined : unread ? IsNull() : Not(IsNull());
    const rows = await this.notifications.find({
      where: { userId: actor.id, ...(readAt ? { readAt } : {}) },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return rows.map(toView);
  }

  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    const row = await this.notifications.findOneBy({ id, userId: actor.id });
    if (!row) throw new NotFoundError('notification');
    if (!row.readAt) {
      row.readAt = this.clock.now();
      await this.notifications.update({ id }, { readAt: row.readAt });
    }
    return toView(row);
  }
}

function toView(row: NotificationEntity): NotificationView {
  const { userId: _user, ...view } = row;
  return view;
}
