import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Clock, InvalidInputError, InvalidStateError, NotFoundError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { SlaCalendar, type TimerChanges, TimerQueue, TimersService } from '@whistle/deadlines';
import {
  AttachmentIntake,
  type AttachmentRef,
  type AttachmentRow,
  claimAttachments,
  countAttachments,
  FileStore,
  insertAttachment,
  listAttachments,
  ref,
  type StagedFile,
} from '@whistle/files';
import { type Audience, type Notice, NotificationsService } from '@whistle/notifications';
import { Metrics } from '@whistle/metrics';
import { type OutboxEvent, WebhookOutbox } from '@whistle/webhooks';
import {
  applyRectificationEvent,
  type RectificationEvent,
  startRectification,
} from '@whistle/workflows';
import { DateTime } from 'luxon';
import {
  ACTION_EVENTS,
  assertAttachable,
  assertMayAct,
  assertMayAttach,
  assertMayDecide,
  availableActions,
  committeeOf,
  escalationAudience,
  planRectificationTimers,
  type RectificationAction,
} from './rectification.rules.js';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import type { ListRectificationsQuery, RectificationAttachmentView, RectificationView } from './evaluation.dto.js';
import { RectificationOrderEntity } from './evaluation.entity.js';

/** What a rectification action's body may hold. */
interface ActionBody {
  report?: string;
  note?: string;
  attachmentIds?: string[];
}

/** Who sees an order, as a condition on the `r` alias (named parameters, for the query builder). */
function visibleTo(actor: Actor): { where: string; params: Record<string, unknown> } {
  switch (actor.role) {
    case 'admin':
      return { where: 'TRUE', params: {} };
    case 'dispatcher':
    case 'commissioner':
      return { where: 'r.chain_id = :scopeChain', params: { scopeChain: actor.chainId } };
    case 'supervisor':
      return actor.chainId ? { where: '(r.chain_id = :scopeChain OR r.chain_id IS NULL)', params: { scopeChain: actor.chainId } } : { where: 'TRUE', params: {} };
    case 'department':
      return { where: 'r.department_id = :scopeDepartment', params: { scopeDepartment: actor.departmentId } };
    case 'leader':
      return {
        where: '(r.leader_user_id = :scopeLeader OR r.department_id IN (SELECT d.id FROM departments d WHERE d.leader_user_id = :scopeLeader))',
        params: { scopeLeader: actor.id },
      };
    case 'enterprise':
      return { where: 'FALSE', params: {} };
  }
}

/**
 * Rectification orders (整改单): opened by an evaluation's close, reported by the department,
 * signed off (or sent back) by the committee; deadline, reminders and escalations run on the
 * ticket timers' machinery.
 */
@Injectable()
export class RectificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timers: TimersService,
    private readonly timerQueue: TimerQueue,
    private readonly notifications: NotificationsService,
    private readonly calendar: SlaCalendar,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly files: FileStore,
    private readonly intake: AttachmentIntake,
    private readonly metrics: Metrics,
    private readonly outbox: WebhookOutbox,
  ) {}

  /** Opens an order inside the evaluation's closing transaction; returns the timers to arm after commit. */
  async open(
    manager: EntityManager,
    input: { evaluationId: string; evaluationTitle: string; departmentId: string; chainId: string | null; score: number; threshold: number },
    now: Date,
  ): Promise<{ order: RectificationOrderEntity; timers: TimerChanges }> {
    const [{ n }] = (await manager.query(`SELECT nextval('rectification_code_seq') AS n`)) as [{ n: string }];
    const [department] = (await manager.query(`SELECT leader_user_id FROM departments WHERE id = $1`, [input.departmentId])) as {
      leader_user_id: string | null;
    }[];
    const machine = startRectification();
    const order = await manager.save(
      RectificationOrderEntity,
      manager.create(RectificationOrderEntity, {
        // The year as the committee counts it, like ticket codes.
        code: `ZG-${DateTime.fromJSDate(now, { zone: this.config.sla.timezone }).year}-${n.padStart(6, '0')}`,
        evaluationId: input.evaluationId,
        departmentId: input.departmentId,
        chainId: input.chainId,
        leaderUserId: department?.leader_user_id ?? null,
        score: String(input.score),
        threshold: String(input.threshold),
        state: machine.value,
        machine,
        dueBy: this.calendar.add(now, this.config.sla.rectificationOrder),
        overdue: false,
        escalationLevel: 0,
        report: null,
        reportedAt: null,
        reportAttachments: [],
        decisionNote: null,
        signedOffBy: null,
        signedOffAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    const message = `${order.code}: “${input.evaluationTitle}” scored your department ${input.score} (below ${input.threshold}); report the rectification by ${order.dueBy.toISOString()}`;
    const params = { score: input.score, threshold: input.threshold, dueBy: order.dueBy.toISOString() };
    await this.notifications.deliver(
      manager,
      { rectificationId: order.id, evaluationId: input.evaluationId },
      [
        { type: 'rectification.ordered', to: { usersOfDepartment: input.departmentId }, message, params },
        ...(order.leaderUserId ? [{ type: 'rectification.ordered' as const, to: { user: order.leaderUserId }, message, params }] : []),
      ],
      now,
    );
    await this.outbox.publish(manager, [{ type: 'rectification.ordered', chainId: order.chainId }], () => [rectificationEvent(order, 'rectification.ordered', null, now)]);
    const timers = await this.timers.sync(manager, { rectificationId: order.id }, planRectificationTimers(order, this.config.sla, this.calendar), now);
    return { order, timers };
  }

  async list(actor: Actor, query: ListRectificationsQuery): Promise<RectificationView[]> {
    const scope = visibleTo(actor);
    const builder = this.dataSource.createQueryBuilder(RectificationOrderEntity, 'r').where(scope.where, scope.params);
    if (query.state) builder.andWhere('r.state = :state', { state: query.state });
    if (query.evaluationId) builder.andWhere('r.evaluation_id = :evaluationId', { evaluationId: query.evaluationId });
    const orders = await builder.orderBy('r.created_at', 'DESC').limit(500).getMany();
    return orders.map((order) => this.view(actor, order));
  }

  async get(actor: Actor, id: string): Promise<RectificationView> {
    return this.view(actor, await this.visible(this.dataSource.manager, actor, id));
  }

  async act(actor: Actor, id: string, action: RectificationAction, body: ActionBody): Promise<RectificationView> {
    assertMayAct(actor, action);
    const { order, timers } = await this.dataSource.transaction(async (manager) => {
      const order = await this.visible(manager, actor, id, true);
      assertMayDecide(actor, action, order);
      const result = await this.change(manager, order, ACTION_EVENTS[action], actor, body);
      if (!result) throw new InvalidStateError(action, order.state, availableActions(actor, order), 'rectification order');
      return result;
    });
    this.metrics.action(`rectification.${action}`);
    await this.timerQueue.apply(timers);
    return this.view(actor, order);
  }

  /**
   * Whether `actor` may attach evidence to the order now: its department, while the order is open
   * (before the report, or after the committee sent it back). Checked before an upload streams in
   * and again when the file is stored. 404 for an order the caller may not see.
   */
  async checkAttachable(actor: Actor, id: string): Promise<void> {
    assertMayAttach(actor);
    const order = await this.visible(this.dataSource.manager, actor, id);
    assertAttachable(actor, order, await countAttachments(this.dataSource.manager, { rectificationId: id }), this.config.attachments.maxPerTicket);
  }

  /** 整改佐证: stores a received upload with the order (type from its bytes, bytes by their hash), to send with the report. */
  async attach(actor: Actor, id: string, upload: StagedFile & { originalName: string | undefined }): Promise<RectificationAttachmentView> {
    const row = await this.intake.take(upload, (file) =>
      this.dataSource.transaction(async (manager) => {
        const order = await this.visible(manager, actor, id, true);
        assertAttachable(actor, order, await countAttachments(manager, { rectificationId: id }), this.config.attachments.maxPerTicket);
        return insertAttachment(manager, { rectificationId: id }, { ...file, seq: null, uploadedBy: actor.id, uploadedRole: actor.role, uploadedAt: this.clock.now() });
      }),
    );
    return attachmentView(row, id);
  }

  /** The order's files, oldest first, for whoever may see it (404 otherwise). */
  async attachments(actor: Actor, id: string): Promise<RectificationAttachmentView[]> {
    await this.visible(this.dataSource.manager, actor, id);
    return (await listAttachments(this.dataSource.manager, { rectificationId: id })).map((row) => attachmentView(row, id));
  }

  /**
   * A rectification order's file (a row AttachmentFinder read) and how to read its bytes, for
   * whoever may see the order; null for anybody else, and for a file that is not a rectification order's.
   */
  async attachmentFile(actor: Actor, row: AttachmentRow): Promise<{ attachment: RectificationAttachmentView; open: () => Promise<Readable> } | null> {
    const rectificationId = row.rectificationId;
    if (!rectificationId) return null;
    const seen = await this.visible(this.dataSource.manager, actor, rectificationId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    return seen && { attachment: attachmentView(row, rectificationId), open: () => this.files.open(row.sha256) };
  }

  /** The files a report carries (`attachmentIds`): each one this user attached to the order and no report carried yet, else 400. */
  private async carried(manager: EntityManager, order: RectificationOrderEntity, actor: Actor, ids: string[]): Promise<AttachmentRef[]> {
    if (ids.length === 0) return [];
    const carried = await claimAttachments(manager, { subject: { rectificationId: order.id }, userId: actor.id, ids, seq: order.version + 1, action: 'report' });
    if (!carried) throw new InvalidInputError('attachmentIds', 'each must be a file you attached to this rectification order (POST /api/rectifications/:id/attachments) that no report has carried yet');
    return carried;
  }

  /** Fires a timer of an order; idempotent on the timer row, like the tickets'. */
  async fireTimer(timerId: string): Promise<'applied' | 'stale' | 'settled'> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const timer = await this.timers.claim(manager, timerId);
      if (!timer?.rectificationId) return { outcome: 'settled' as const };
      const now = this.clock.now();
      const order = await manager.findOne(RectificationOrderEntity, { where: { id: timer.rectificationId }, lock: { mode: 'pessimistic_write' } });
      const event: RectificationEvent =
        timer.event === 'ESCALATE' ? { type: 'ESCALATE', level: timer.level as 1 | 2 | 3 } : ({ type: timer.event } as RectificationEvent);
      const result = order && (await this.change(manager, order, event, null, {}));
      await this.timers.settle(manager, timer.id, result ? 'fired' : 'stale', now);
      return result ? { outcome: 'applied' as const, timers: result.timers } : { outcome: 'stale' as const };
    });
    if (outcome.outcome === 'applied') {
      this.metrics.action('rectification.timer');
      await this.timerQueue.apply(outcome.timers);
    }
    return outcome.outcome;
  }

  private async change(
    manager: EntityManager,
    order: RectificationOrderEntity,
    event: RectificationEvent,
    actor: Actor | null,
    body: ActionBody,
  ): Promise<{ order: RectificationOrderEntity; timers: TimerChanges } | null> {
    const next = applyRectificationEvent(order.machine, event);
    if (!next) return null;
    const now = this.clock.now();
    const patch: Partial<RectificationOrderEntity> = {};
    const notices: Notice[] = [];
    const committee = committeeOf(order);
    const department: Audience = { usersOfDepartment: order.departmentId };
    switch (event.type) {
      case 'REPORT':
        Object.assign(patch, { report: body.report, reportedAt: now, reportAttachments: await this.carried(manager, order, actor!, body.attachmentIds ?? []) });
        notices.push({ type: 'rectification.reported', to: committee, message: `${order.code}: the department reported its rectification` });
        break;
      case 'SIGN_OFF':
        Object.assign(patch, { decisionNote: body.note ?? null, signedOffBy: actor!.id, signedOffAt: now });
        notices.push({ type: 'rectification.signed_off', to: department, message: `${order.code}: rectification signed off` });
        break;
      case 'REJECT':
        Object.assign(patch, { decisionNote: body.note ?? null });
        notices.push({ type: 'rectification.rejected', to: department, message: `${order.code}: sent back: ${body.note}`, params: body.note ? { note: body.note } : {} });
        break;
      case 'REMINDER_DUE':
        notices.push({ type: 'rectification.reminder', to: department, message: `${order.code}: rectification report due by ${order.dueBy.toISOString()}`, params: { dueBy: order.dueBy.toISOString() } });
        break;
      case 'ESCALATE': {
        notices.push({ type: 'rectification.escalated', to: escalationAudience(order, event.level), message: `${order.code}: rectification overdue, escalated to level ${event.level} (督办)`, params: { level: event.level } });
        break;
      }
      case 'DEADLINE_PASSED':
        break;
    }
    const updated: RectificationOrderEntity = {
      ...order,
      ...patch,
      state: next.value,
      machine: next,
      overdue: next.context.overdue,
      escalationLevel: next.context.escalationLevel,
      updatedAt: now,
      version: order.version + 1,
    };
    await manager.save(RectificationOrderEntity, updated);
    await this.notifications.deliver(manager, { rectificationId: order.id, evaluationId: order.evaluationId }, notices, now);
    const type = `rectification.${RECTIFICATION_EVENT_NAMES[event.type]}`;
    await this.outbox.publish(manager, [{ type, chainId: updated.chainId }], () => [rectificationEvent(updated, type, actor, now)]);
    const timers = await this.timers.sync(manager, { rectificationId: order.id }, planRectificationTimers(updated, this.config.sla, this.calendar), now);
    return { order: updated, timers };
  }

  private async visible(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<RectificationOrderEntity> {
    const scope = visibleTo(actor);
    const query = manager.createQueryBuilder(RectificationOrderEntity, 'r').where('r.id = :id', { id }).andWhere(scope.where, scope.params);
    const order = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!order) throw new NotFoundError('rectification order');
    return order;
  }

  private view(actor: Actor, r: RectificationOrderEntity): RectificationView {
    return {
      id: r.id,
      code: r.code,
      evaluationId: r.evaluationId,
      departmentId: r.departmentId,
      chainId: r.chainId,
      leaderUserId: r.leaderUserId,
      score: Number(r.score),
      threshold: Number(r.threshold),
      state: r.state,
      dueBy: r.dueBy,
      overdue: r.overdue,
      escalationLevel: r.escalationLevel,
      rejections: r.machine.context.rejections,
      report: r.report,
      reportedAt: r.reportedAt,
      reportAttachments: r.reportAttachments,
      decisionNote: r.decisionNote,
      signedOffAt: r.signedOffAt,
      availableActions: availableActions(actor, r),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      version: r.version,
    };
  }
}

function attachmentView(row: AttachmentRow, rectificationId: string): RectificationAttachmentView {
  return { ...ref(row), rectificationId, uploadedBy: row.uploadedBy, uploadedAt: row.uploadedAt, usedSeq: row.usedSeq, usedAction: row.usedAction };
}

/** The webhook event type of each machine event, after `rectification.`. */
const RECTIFICATION_EVENT_NAMES: Record<RectificationEvent['type'], string> = {
  REPORT: 'reported',
  SIGN_OFF: 'signed_off',
  REJECT: 'rejected',
  REMINDER_DUE: 'reminder',
  ESCALATE: 'escalated',
  DEADLINE_PASSED: 'deadline_passed',
};

/** A change of a rectification order as a webhook event: the order as it leaves it, and who made it (null: a deadline). */
function rectificationEvent(order: RectificationOrderEntity, type: string, actor: Actor | null, at: Date): OutboxEvent {
  const { machine: _machine, ...rectification } = order;
  return { type, chainId: order.chainId, subjectId: order.id, data: { rectification, actor: actor && { id: actor.id, role: actor.role } }, at };
}
