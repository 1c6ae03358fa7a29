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

function audienceSql(to: Audience): { where: string; param: string | null } {
  if ('administrators' in to) return { where: `role = 'admin' AND $1::uuid IS NULL`, param: null };
  if ('dispatchersOfChain' in to) return { where: `role = 'dispatcher' AND chain_id = $1`, param: to.dispatchersOfChain };
  if ('usersOfDepartment' in to) return { where: `role = 'department' AND department_id = $1`, param: to.usersOfDepartment };
  if ('usersOfEnterprise' in to) return { where: `role = 'enterprise' AND enterprise_id = $1`, param: to.usersOfEnterprise };
  if ('user' in to) return { where: `id = $1`, param: to.user };
  // Supervisors of the chain, and those who watch every chain.
  return { where: `role = 'supervisor' AND (chain_id = $1 OR chain_id IS NULL)`, param: to.supervisorsOfChain };
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
      const { where, param } = audienceSql(notice.to);
      await manager.query(
        prepared(`INSERT INTO notifications (user_id, type, ticket_id, evaluation_id, rectification_id, message, created_at)
         SELECT id, $2, $3, $4, $5, $6, $7 FROM users WHERE ${where}`),
        [param, notice.type, ticketId, evaluationId, rectificationId, notice.message, at],
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
