import { Injectable, Logger } from '@nestjs/common';
import {
  type Actor,
  Clock,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  SYSTEM,
  storedGrams,
} from '@whistle/common';
import { AppConfig } from '@whistle/config';
import {
  type PlannedTimer,
  SlaCalendar,
  type SlaClock,
  SlaPoliciesService,
  type TimerChanges,
  type TimerEntity,
  TimerQueue,
  TimersService,
} from '@whistle/deadlines';
import {
  AttachmentIntake,
  type AttachmentRow,
  claimAttachments,
  countAttachments,
  FileStore,
  insertAttachment,
  listAttachments,
  ref,
  type StagedFile,
} from '@whistle/files';
import { Metrics } from '@whistle/metrics';
import { type Notice, NotificationsService } from '@whistle/notifications';
import { CatalogueService, OrganisationService } from '@whistle/organisation';
import { prepared } from '@whistle/persistence';
import {
  applyTicketEvent,
  ESCALATION_LEVELS,
  type EscalationLevel,
  startTicket,
  type StoredTicketMachine,
  type TicketEvent,
  type TicketTimerEvent,
} from '@whistle/workflows';
import { DateTime, Duration } from 'luxon';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { type ChainReport, verifyChain } from './ticket.audit.js';
import { recordAssignment, recordAssignments } from './ticket.assignments.js';
import { ACTION_ROLES, actionEvent, ASSIST_ACTIONS, availableActions, LEAD_ACTIONS, type TicketAction } from './ticket.actions.js';
import { recordAssists } from './ticket.assists.js';
import { REPEAT_EVENT } from './ticket.similar.js';
import { ATTACHMENT_EVENT, type TicketAttachmentRow, ticketAttachment, UPLOADER_ROLES } from './ticket.attachments.js';
import type { AddAssistDto, AskAssistDto, AttachmentView, CreateTicketDto, DispatchTicketDto, ListTicketsQuery, TicketEventView, TicketPage, TicketView } from './ticket.dto.js';
import type { TicketEntity, TicketEventEntity } from './ticket.entity.js';
import { TicketRules } from './ticket.rules.js';
import { ticketData } from './ticket.data.js';
import type { TicketCountsQuery, TicketCountsView } from './ticket.queues.dto.js';
import { planTimers } from './ticket.timers.js';
import { TicketsRepository } from './tickets.repository.js';

/** A line of a ticket's timeline, before it is chained. */
type TimelineLine = Omit<TicketEventEntity, 'id' | 'prevHash' | 'hash'>;

/** Why a change is made: a person's action, or a timer firing. */
interface Cause {
  actor: Actor | null;
  /** The action's name, for messages: `dispatch`, or the timer event. */
  action: TicketAction | string;
  body: object;
  event?: TicketEvent;
  timerId?: string;
  departmentLeaderId?: string | null;
}

/** What a batch of timers did: how many fired and were stale, and the timers it left to be fired one by one. */
export interface BatchFiring {
  fired: number;
  stale: number;
  rest: TimerEntity[];
}

/** One timer of a batch, fired: the ticket before and after, and what the change writes. */
interface FiredTimer {
  before: TicketEntity;
  after: TicketEntity;
  event: TicketEvent;
  timer: TimerEntity;
  headHash: string | null;
  line: TimelineLine;
  notices: Notice[];
}

type ChangeOutcome =
  | { outcome: 'applied'; ticket: TicketEntity; timers: TimerChanges }
  | { outcome: 'stale' | 'settled' };

/** Lost the optimistic race: somebody else changed the ticket first. */
class VersionConflict extends Error {}

const MAX_ATTEMPTS = 5;
const TIMER_EVENTS: ReadonlySet<string> = new Set<TicketTimerEvent['type']>([
  'DISPATCH_DEADLINE_PASSED',
  'ACCEPT_DEADLINE_PASSED',
  'FEEDBACK_DEADLINE_PASSED',
  'RECTIFY_DEADLINE_PASSED',
  'RATE_DEADLINE_PASSED',
  'REMINDER_DUE',
  'ESCALATE',
  'ASSIST_DEADLINE_PASSED',
  'ASSIST_REMINDER_DUE',
  'ASSIST_ESCALATE',
]);

/**
 * Places orders and moves them through the ticket machine. Every change is one
 * transaction: the versioned ticket update, the timeline event, the notices and the timer
 * rows; the timers go onto the queue after commit.
 */
@Injectable()
export class TicketsService {
  private readonly logger = new Logger(TicketsService.name);

  constructor(
    private readonly repository: TicketsRepository,
    private readonly rules: TicketRules,
    private readonly organisation: OrganisationService,
    private readonly catalogue: CatalogueService,
    private readonly notifications: NotificationsService,
    private readonly timers: TimersService,
    private readonly timerQueue: TimerQueue,
    private readonly calendar: SlaCalendar,
    private readonly policies: SlaPoliciesService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly files: FileStore,
    private readonly intake: AttachmentIntake,
    private readonly metrics: Metrics,
  ) {}

  /** 企业点单: an enterprise, or a commissioner on its behalf, places an order. */
  async place(actor: Actor, dto: CreateTicketDto): Promise<TicketView> {
    const enterprise = await this.orderingEnterprise(actor, dto.enterpriseId);
    const chain = await this.organisation.findChain(enterprise.chainId);
    const item = dto.serviceCode ? await this.catalogue.forOrder(dto.serviceCode, enterprise.chainId) : null;
    if (item && dto.category && dto.category !== item.category) throw new InvalidInputError('category', `must be the item’s (${item.category}) or absent`);
    const category = item?.category ?? dto.category;
    if (!category) throw new InvalidInputError('category', 'is required when no serviceCode is given');
    const sla = await this.policies.clockFor(category, null);
    const now = this.clock.now();
    const year = DateTime.fromJSDate(now, { zone: this.config.sla.timezone }).year;
    const { ticket, timers } = await this.repository.transaction(async (manager) => {
      const ticket = await this.repository.insert(manager, {
        code: await this.repository.nextCode(manager, chain!.code, year),
        title: dto.title,
        description: dto.description,
        category,
        serviceCode: item?.code ?? null,
        priority: null,
        state: 'placed',
        machine: startTicket(),
        enterpriseId: enterprise.id,
        chainId: enterprise.chainId,
        departmentId: null,
        leaderUserId: null,
        ...this.rules.placed(now, sla),
        acceptBy: null,
        feedbackBy: null,
        rateBy: null,
        firstDispatchedAt: null,
        overdue: false,
        escalationLevel: 0,
        returnCount: 0,
        feedback: null,
        rating: null,
        extensionRequest: null,
        infoRequest: null,
        assists: [],
        repeatOf: null,
        pausedSeconds: 0,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await manager.query(prepared(`UPDATE tickets SET grams = array_to_tsvector($2::text[]) WHERE id = $1`), [ticket.id, storedGrams({ ...dto, chainId: enterprise.chainId })]);
      await this.repository.appendEvent(manager, ticket, {
        ticketId: ticket.id,
        seq: 1,
        type: 'placed',
        event: null,
        actorId: actor.id,
        actorRole: actor.role,
        fromState: null,
        toState: 'placed',
        payload: { ...dto, category, enterpriseId: enterprise.id },
        at: now,
      });
      await this.notifications.deliver(
        manager,
        ticket.id,
        [{ type: 'ticket.placed', to: { dispatchersOfChain: ticket.chainId }, message: `${ticket.code} “${ticket.title}”: new order from ${enterprise.name}`, params: { enterpriseName: enterprise.name } }],
        now,
      );
      const timers = await this.timers.sync(manager, { ticketId: ticket.id }, planTimers(ticket, this.config.sla, this.calendar), now);
      return { ticket, timers };
    });
    this.metrics.action('place');
    await this.timerQueue.apply(timers);
    return this.view(actor, ticket);
  }

  async list(actor: Actor, query: ListTicketsQuery): Promise<TicketPage> {
    const now = this.clock.now();
    const due = query.dueWithin ? { from: now, until: DateTime.fromJSDate(now).plus(Duration.fromISO(query.dueWithin)).toJSDate() } : undefined;
    const { items, total, totalExact } = await this.repository.page(actor, query, due);
    return { items: items.map((ticket) => this.view(actor, ticket)), total, totalExact, page: query.page, pageSize: query.pageSize };
  }

  /** The queues' counts over the tickets the caller may see (see TicketCountsView). */
  async counts(actor: Actor, query: TicketCountsQuery): Promise<TicketCountsView> {
    const at = this.clock.now();
    const soon = DateTime.fromJSDate(at).plus(Duration.fromISO(query.dueSoonWithin)).toJSDate();
    return { ...(await this.repository.counts(actor, at, soon)), dueSoonWithin: query.dueSoonWithin, at };
  }

  async get(actor: Actor, id: string): Promise<TicketView> {
    return this.view(actor, await this.visible(actor, id));
  }

  async events(actor: Actor, id: string): Promise<TicketEventView[]> {
    await this.visible(actor, id);
    const events = await this.repository.events(id);
    return events.map(({ id: _id, ticketId: _ticket, ...event }) => event);
  }

  /** Whether the ticket's timeline is intact: hash chain, sequence and replay (see ticket.audit.ts). */
  async verifyEvents(actor: Actor, id: string): Promise<ChainReport> {
    const ticket = await this.visible(actor, id);
    return verifyChain(await this.repository.events(id), ticket);
  }

  /** One of API.md's actions: 403 for a role that never takes it, 404 unseen, 409 wrong state. */
  async act(actor: Actor, id: string, action: TicketAction, body: object): Promise<TicketView> {
    if (!ACTION_ROLES[action].includes(actor.role)) {
      throw new ForbiddenError(`${actor.role} may not ${action}; ${ACTION_ROLES[action].join(' or ')} may`);
    }
    if (action === 'dispatch') await this.checkDispatch(body as DispatchTicketDto);
    if (action === 'dispatch' || action === 'add-assist') await this.checkAssisting(body as DispatchTicketDto | AddAssistDto);
    if (action === 'ask-assist' && (body as AskAssistDto).departmentId) await this.checkAssisting({ departmentIds: [(body as AskAssistDto).departmentId!] });
    const result = await this.change(id, { actor, action, body, event: actionEvent(action, body, actor) });
    if (result.outcome !== 'applied') throw new NotFoundError('ticket');
    return this.view(actor, result.ticket);
  }

  /**
   * Fires a timer: applies its event if the timer is still pending and the machine still
   * accepts it. Idempotent: the timer row is locked and settled in the same transaction.
   */
  async fireTimer(timerId: string): Promise<'applied' | 'stale' | 'settled'> {
    const result = await this.change(null, { actor: null, action: 'timer', body: {}, timerId });
    return result.outcome;
  }

  /**
   * Fires a batch of ticket timers in one transaction of about ten statements, whatever its
   * size: a backlog of escalations costs a statement per batch, not ten per timer. It does what
   * fireTimer does for each timer, and leaves to fireTimer (`rest`) what it cannot take without
   * waiting or reordering: a ticket or timer another transaction holds, a second timer of a
   * ticket in the batch, a rectification's timer. If it fails, nothing of it is committed; the
   * caller fires its timers one by one.
   */
  async fireTimers(batch: TimerEntity[]): Promise<BatchFiring> {
    const rest: TimerEntity[] = [];
    const first = new Map<string, TimerEntity>();
    for (const timer of batch) {
      if (!timer.ticketId || first.has(timer.ticketId)) rest.push(timer);
      else first.set(timer.ticketId, timer);
    }
    if (first.size === 0) return { fired: 0, stale: 0, rest };
    const done = await this.repository.transaction(async (manager) => {
      const now = this.clock.now();
      const tickets = await this.repository.lockForFiring(manager, [...first.keys()]);
      const claimed = new Map(
        (await this.timers.claimMany(manager, [...first.values()].filter((t) => tickets.has(t.ticketId!)).map((t) => t.id))).map((t) => [t.id, t]),
      );
      const changes: FiredTimer[] = [];
      const stale: string[] = [];
      for (const timer of first.values()) {
        const held = tickets.get(timer.ticketId!);
        const claim = claimed.get(timer.id);
        if (!held || !claim) {
          rest.push(timer);
          continue;
        }
        const event = timerEvent(claim);
        const next = applyTicketEvent(held.ticket.machine, event);
        if (!next) {
          stale.push(claim.id);
          continue;
        }
        const sla = await this.policies.clockFor(held.ticket.category, held.ticket.priority, manager);
        const { updated, line, notices } = this.nextTicket(held.ticket, event, next, { actor: null, action: 'timer', body: {} }, sla, now, claim);
        changes.push({ before: held.ticket, after: updated, event, timer: claim, headHash: held.headHash, line, notices });
      }
      const updated = changes.map(({ after, before }) => ({ next: after, expectedVersion: before.version }));
      if (!(await this.repository.updateManyIfVersion(manager, updated))) throw new VersionConflict();
      await this.repository.appendEvents(manager, changes.map(({ after, line, headHash }) => ({ ticket: after, event: line, headHash })));
      await recordAssignments(manager, changes, now);
      for (const { before, after, event } of changes) await recordAssists(manager, before, after, event, now);
      await this.notifications.deliverForTickets(manager, changes.flatMap(({ after, notices }) => notices.map((notice) => ({ ticketId: after.id, notice }))), now);
      await this.timers.settleMany(manager, changes.map(({ timer }) => timer.id), 'fired', now);
      await this.timers.settleMany(manager, stale, 'stale', now);
      const plans = new Map<string, PlannedTimer[]>(changes.map(({ after }) => [after.id, planTimers(after, this.config.sla, this.calendar)]));
      const timers = await this.timers.syncTickets(manager, plans, now);
      return { fired: changes.length, stale: stale.length, timers };
    });
    this.metrics.action('timer', done.fired);
    await this.timerQueue.apply(done.timers);
    return { fired: done.fired, stale: done.stale, rest };
  }

  /** Sends a clock event straight to a ticket (used by the path tests; timers use fireTimer). */
  async applyTimerEvent(ticketId: string, event: TicketTimerEvent): Promise<TicketEntity | null> {
    const result = await this.change(ticketId, { actor: null, action: event.type, body: {}, event });
    return result.outcome === 'applied' ? result.ticket : null;
  }

  private async change(ticketId: string | null, cause: Cause): Promise<ChangeOutcome> {
    const result = await this.retrying((manager) => this.changeOnce(manager, ticketId, cause));
    if (result.outcome === 'applied') {
      this.metrics.action(cause.action);
      await this.timerQueue.apply(result.timers);
    }
    return result;
  }

  /** Runs `work` in a transaction, again (a few times, after a short random pause) when it lost a race. */
  private async retrying<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.repository.transaction(work);
      } catch (error) {
        if (!lostRace(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new ConflictError('the ticket is being changed by others; reload it and try again');
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }

  private async changeOnce(manager: EntityManager, ticketId: string | null, cause: Cause): Promise<ChangeOutcome> {
    let timer: TimerEntity | null = null;
    let event = cause.event;
    if (cause.timerId) {
      timer = await this.timers.claim(manager, cause.timerId);
      if (!timer) return { outcome: 'settled' };
      ticketId = timer.ticketId;
      event = timerEvent(timer);
    }
    const now = this.clock.now();
    const found = await this.repository.findForChange(manager, ticketId!, cause.actor);
    if (!found) {
      if (timer) return this.settleStale(manager, timer, now);
      throw new NotFoundError('ticket');
    }
    const { ticket, headHash } = found;
    if (cause.actor) this.checkRelation(cause.actor, cause.action as TicketAction, ticket, cause.body);
    const next = applyTicketEvent(ticket.machine, event!);
    if (!next) {
      if (!cause.actor) return timer ? this.settleStale(manager, timer, now) : { outcome: 'stale' };
      throw new InvalidStateError(cause.action, ticket.state, availableActions(cause.actor, ticket));
    }
    // A dispatch may re-categorise and sets the priority: its deadlines follow the new ones.
    const dispatch = event!.type === 'DISPATCH' ? (cause.body as DispatchTicketDto) : null;
    if (dispatch) {
      // The department's leader as of this transaction, the row held: a new leader named at the
      // same moment either comes first (and is read here) or waits, and then finds this ticket
      // among the department's open orders to hand over.
      const [department] = (await manager.query(prepared(`SELECT leader_user_id FROM departments WHERE id = $1 FOR SHARE`), [dispatch.departmentId])) as {
        leader_user_id: string | null;
      }[];
      cause = { ...cause, departmentLeaderId: department?.leader_user_id ?? null };
    }
    const sla = await this.policies.clockFor(dispatch?.category ?? ticket.category, dispatch?.priority ?? ticket.priority, manager);
    const { updated, line, notices } = this.nextTicket(ticket, event!, next, cause, sla, now, timer);
    const attachmentIds = (cause.body as { attachmentIds?: string[] }).attachmentIds;
    if (cause.actor && attachmentIds?.length) await this.carryAttachments(manager, cause.actor, cause.action, attachmentIds, updated, line);
    if (!(await this.repository.updateIfVersion(manager, updated, ticket.version, ticket.leaderUserId))) throw new VersionConflict();
    await this.repository.appendEvent(manager, updated, line, headHash);
    await recordAssignment(manager, ticket, updated, event!, now);
    await recordAssists(manager, ticket, updated, event!, now);
    await this.notifications.deliver(manager, ticket.id, notices, now);
    if (timer) await this.timers.settle(manager, timer.id, 'fired', now);
    const timers = await this.timers.sync(manager, { ticketId: ticket.id }, planTimers(updated, this.config.sla, this.calendar), now);
    return { outcome: 'applied', ticket: updated, timers };
  }

  /**
   * The files an action's body names (`attachmentIds`) go with it: each must be one this user
   * attached to the order and no action carried yet (else 400, nothing changes). The timeline
   * line names them with their hashes; a feedback shows them.
   */
  private async carryAttachments(manager: EntityManager, actor: Actor, action: string, ids: string[], updated: TicketEntity, line: TimelineLine): Promise<void> {
    const carried = await claimAttachments(manager, { subject: { ticketId: updated.id }, userId: actor.id, ids, seq: updated.version, action });
    if (!carried) throw new InvalidInputError('attachmentIds', 'each must be a file you attached to this order (POST /api/tickets/:id/attachments) that no action has carried yet');
    const { attachmentIds: _ids, ...payload } = line.payload as { attachmentIds?: string[] };
    line.payload = { ...payload, attachments: carried };
    if (line.event?.type === 'FEEDBACK' && updated.feedback) updated.feedback = { ...updated.feedback, attachments: carried };
  }

  /**
   * Whether `actor` may attach a file to the order now: checked before the upload streams in (so
   * a refusal costs no upload), and again when the file is stored. The parties to an order attach
   * (its enterprise and commissioner, the committee, the lead and assisting departments) while
   * it is open; supervisors, leaders and administrators read. 404 unseen.
   */
  async checkAttachable(actor: Actor, ticketId: string): Promise<void> {
    this.mayAttach(actor);
    const ticket = await this.visible(actor, ticketId);
    this.attachable(actor, ticket, await countAttachments(this.repository.manager, { ticketId }));
  }

  private mayAttach(actor: Actor): void {
    if (!UPLOADER_ROLES.includes(actor.role)) throw new ForbiddenError(`${actor.role} may read an order’s attachments, not add to them; ${UPLOADER_ROLES.join(', ')} may`);
  }

  private attachable(actor: Actor, ticket: TicketEntity, count: number): void {
    this.mayAttach(actor);
    if (ticket.state === 'closed' || ticket.state === 'withdrawn') throw new InvalidStateError('attach', ticket.state, availableActions(actor, ticket));
    const limit = this.config.attachments.maxPerTicket;
    if (count >= limit) throw new ConflictError(`the order holds ${count} attachments, the most it may (ATTACHMENT_MAX_PER_TICKET=${limit})`, { limit });
  }

  /**
   * 附件: stores a received upload with the order. Its type is read from its bytes (allowlist,
   * else 415); its bytes are kept by their hash; the row and a timeline event naming the file
   * and its hash are written in one transaction, which moves the order's version. The staged
   * file is gone afterwards, stored or refused.
   */
  async attach(actor: Actor, ticketId: string, upload: StagedFile & { originalName: string | undefined }): Promise<AttachmentView> {
    const row = await this.intake.take(upload, (file) =>
      this.retrying(async (manager) => {
        const found = await this.repository.findForChange(manager, ticketId, actor);
        if (!found) throw new NotFoundError('ticket');
        const { ticket, headHash } = found;
        this.attachable(actor, ticket, await countAttachments(manager, { ticketId }));
        const now = this.clock.now();
        const updated: TicketEntity = { ...ticket, updatedAt: now, version: ticket.version + 1 };
        const row = await insertAttachment(manager, { ticketId }, { ...file, seq: updated.version, uploadedBy: actor.id, uploadedRole: actor.role, uploadedAt: now });
        if (!(await this.repository.updateIfVersion(manager, updated, ticket.version, ticket.leaderUserId))) throw new VersionConflict();
        await this.repository.appendEvent(
          manager,
          updated,
          {
            ticketId,
            seq: updated.version,
            type: ATTACHMENT_EVENT,
            event: null,
            actorId: actor.id,
            actorRole: actor.role,
            fromState: ticket.state,
            toState: ticket.state,
            payload: { attachment: ref(row) },
            at: now,
          },
          headHash,
        );
        return { ...row, ticketId, seq: updated.version };
      }),
    );
    return attachmentView(row);
  }

  /** The files attached to an order, oldest first; 404 for an order the caller may not see. */
  async attachments(actor: Actor, ticketId: string): Promise<AttachmentView[]> {
    await this.visible(actor, ticketId);
    return (await listAttachments(this.repository.manager, { ticketId })).flatMap((row) => {
      const file = ticketAttachment(row);
      return file ? [attachmentView(file)] : [];
    });
  }

  /**
   * An order's file (a row AttachmentFinder read) and how to read its bytes, for whoever may see
   * the order; null for anybody else, and for a file that is not an order's (a rectification order's).
   */
  async attachmentFile(actor: Actor, found: AttachmentRow): Promise<{ attachment: AttachmentView; open: () => Promise<Readable> } | null> {
    const row = ticketAttachment(found);
    if (!row || !(await this.repository.findVisible(null, row.ticketId, actor))) return null;
    return { attachment: attachmentView(row), open: () => this.files.open(row.sha256) };
  }

  /**
   * 每月一题: the committee marks an order as a repeat of an earlier one of its chain. The link
   * goes to the first order of the problem (an order linked to a repeat is linked to what that
   * repeats), so a problem's orders form one group; it is a line of the timeline, and may be
   * made again to correct it.
   */
  async linkRepeat(actor: Actor, ticketId: string, ofTicketId: string): Promise<TicketView> {
    if (actor.role !== 'dispatcher') throw new ForbiddenError('only the chain committee (dispatcher) links repeats');
    const ticket = await this.retrying(async (manager) => {
      const found = await this.repository.findForChange(manager, ticketId, actor);
      if (!found) throw new NotFoundError('ticket');
      const { ticket, headHash } = found;
      const of = ofTicketId === ticketId ? null : await this.repository.findVisible(manager, ofTicketId, actor);
      if (!of) throw new InvalidInputError('ofTicketId', ofTicketId === ticketId ? 'must be another order' : 'no such order in your chain');
      if (of.createdAt >= ticket.createdAt) throw new InvalidInputError('ofTicketId', `must be an order placed before this one (${of.code} was placed after it)`);
      const rootId = of.repeatOf ?? of.id;
      const root = rootId === of.id ? of : await this.repository.findVisible(manager, rootId, actor);
      const now = this.clock.now();
      const updated: TicketEntity = { ...ticket, repeatOf: rootId, updatedAt: now, version: ticket.version + 1 };
      if (!(await this.repository.updateIfVersion(manager, updated, ticket.version, ticket.leaderUserId))) throw new VersionConflict();
      await this.repository.appendEvent(
        manager,
        updated,
        {
          ticketId,
          seq: updated.version,
          type: REPEAT_EVENT,
          event: null,
          actorId: actor.id,
          actorRole: actor.role,
          fromState: ticket.state,
          toState: ticket.state,
          payload: { repeatOf: rootId, repeatOfCode: root?.code ?? null, ...(rootId !== of.id ? { via: of.id, viaCode: of.code } : {}), ...(ticket.repeatOf ? { previous: ticket.repeatOf } : {}) },
          at: now,
        },
        headHash,
      );
      return updated;
    });
    return this.view(actor, ticket);
  }

  /** What an accepted event makes of the ticket: its next row, its timeline line, its notices. */
  private nextTicket(
    ticket: TicketEntity,
    event: TicketEvent,
    next: StoredTicketMachine,
    cause: Cause,
    sla: SlaClock,
    now: Date,
    timer: TimerEntity | null,
  ): { updated: TicketEntity; line: TimelineLine; notices: Notice[] } {
    const effects = this.rules.effects({
      ticket,
      event,
      to: next.value,
      body: cause.body,
      now,
      actorId: cause.actor?.id ?? null,
      sla,
      departmentLeaderId: cause.departmentLeaderId,
    });
    const updated: TicketEntity = {
      ...ticket,
      ...effects.patch,
      state: next.value,
      machine: next,
      overdue: next.context.overdue,
      escalationLevel: next.context.escalationLevel,
      returnCount: next.context.returnCount,
      updatedAt: now,
      version: ticket.version + 1,
    };
    const line = {
      ticketId: ticket.id,
      seq: updated.version,
      type: effects.type,
      event,
      actorId: cause.actor?.id ?? null,
      actorRole: cause.actor?.role ?? SYSTEM,
      fromState: ticket.state,
      toState: updated.state,
      payload: timer ? { ...effects.payload, timerId: timer.id, dueAt: timer.dueAt.toISOString() } : effects.payload,
      at: now,
    };
    return { updated, line, notices: effects.notices };
  }

  private async settleStale(manager: EntityManager, timer: TimerEntity, now: Date): Promise<ChangeOutcome> {
    await this.timers.settle(manager, timer.id, 'stale', now);
    this.logger.debug(`timer ${timer.id} (${timer.event}) for ticket ${timer.ticketId} is stale`);
    return { outcome: 'stale' };
  }

  private async visible(actor: Actor, id: string): Promise<TicketEntity> {
    const ticket = await this.repository.findVisible(null, id, actor);
    if (!ticket) throw new NotFoundError('ticket');
    return ticket;
  }

  private async orderingEnterprise(actor: Actor, enterpriseId: string | undefined) {
    if (actor.role !== 'enterprise' && actor.role !== 'commissioner') {
      throw new ForbiddenError('only enterprises and service commissioners place orders');
    }
    const id = actor.role === 'enterprise' ? (enterpriseId ?? actor.enterpriseId!) : enterpriseId;
    if (!id) throw new InvalidInputError('enterpriseId', 'is required when a commissioner places an order');
    const enterprise = await this.organisation.findEnterprise(id);
    const mine = actor.role === 'enterprise' ? enterprise?.id === actor.enterpriseId : enterprise?.chainId === actor.chainId;
    if (!enterprise || !mine) {
      throw new InvalidInputError('enterpriseId', actor.role === 'enterprise' ? 'must be your own enterprise' : 'no such enterprise in your chain');
    }
    if (!enterprise.active) throw new InvalidInputError('enterpriseId', 'the enterprise is retired and places no new orders');
    return enterprise;
  }

  /**
   * A department sees an order it leads or assists: the lead's actions are the lead's (403 for an
   * assisting department), a part's actions need a part, and the departments asked to assist are
   * neither the lead nor already asked in this dispatch (400, naming the field).
   */
  private checkRelation(actor: Actor, action: TicketAction, ticket: TicketEntity, body: object): void {
    if (actor.role === 'department' && LEAD_ACTIONS.has(action) && ticket.departmentId !== actor.departmentId) {
      throw new ForbiddenError(`only the lead department (主办) may ${action}; your department assists this order`);
    }
    if (actor.role === 'department' && ASSIST_ACTIONS.has(action) && !ticket.assists.some((part) => part.departmentId === actor.departmentId)) {
      throw new ForbiddenError(`your department has no assisting part (协办) in this order`);
    }
    const asked = action === 'dispatch' ? (body as DispatchTicketDto) : null;
    if (asked?.assistingDepartmentIds?.includes(asked.departmentId)) {
      throw new InvalidInputError('assistingDepartmentIds', 'must not include the lead department (departmentId)');
    }
    if (action === 'add-assist') {
      const { departmentIds } = body as AddAssistDto;
      if (departmentIds.includes(ticket.departmentId ?? '')) throw new InvalidInputError('departmentIds', 'must not include the lead department');
      const already = departmentIds.filter((id) => ticket.assists.some((part) => part.departmentId === id));
      if (already.length > 0) throw new InvalidInputError('departmentIds', `already asked to assist in this dispatch: ${already.join(', ')}`);
    }
  }

  /** The assisting departments named exist, take orders, and are named once. */
  private async checkAssisting(body: { assistingDepartmentIds?: string[]; departmentIds?: string[] }): Promise<void> {
    const field = body.departmentIds ? 'departmentIds' : 'assistingDepartmentIds';
    const ids = body.departmentIds ?? body.assistingDepartmentIds ?? [];
    if (new Set(ids).size !== ids.length) throw new InvalidInputError(field, 'names a department twice');
    for (const id of ids) {
      const department = await this.organisation.findDepartment(id);
      if (!department) throw new InvalidInputError(field, `no such department: ${id}`);
      if (!department.active) throw new InvalidInputError(field, `the department ${department.name} is retired and takes no orders`);
    }
  }

  /** Checks a dispatch's references (its leader in charge is read in the change's transaction). */
  private async checkDispatch(body: DispatchTicketDto): Promise<void> {
    const department = await this.organisation.findDepartment(body.departmentId);
    if (!department) throw new InvalidInputError('departmentId', 'no such department');
    if (!department.active) throw new InvalidInputError('departmentId', 'the department is retired and takes no orders');
    if (body.leaderUserId) {
      const leader = await this.organisation.findUserById(body.leaderUserId);
      if (leader?.role !== 'leader' || !leader.active) throw new InvalidInputError('leaderUserId', 'must be the id of an active user with role leader');
    }
  }

  private view(actor: Actor, t: TicketEntity): TicketView {
    return { ...ticketData(t), availableActions: availableActions(actor, t) };
  }
}

function attachmentView(row: TicketAttachmentRow): AttachmentView {
  return { ...ref(row), ticketId: row.ticketId, seq: row.seq, uploadedBy: row.uploadedBy, uploadedRole: row.uploadedRole, uploadedAt: row.uploadedAt, usedSeq: row.usedSeq, usedAction: row.usedAction };
}

function timerEvent(timer: TimerEntity): TicketTimerEvent {
  if (!TIMER_EVENTS.has(timer.event)) throw new Error(`timer ${timer.id} carries unknown event ${timer.event}`);
  if (timer.event.startsWith('ASSIST_')) {
    if (!timer.part) throw new Error(`timer ${timer.id} (${timer.event}) names no assisting department`);
    if (timer.event !== 'ASSIST_ESCALATE') return { type: timer.event, department: timer.part } as TicketTimerEvent;
    if (!ESCALATION_LEVELS.includes(timer.level as EscalationLevel)) throw new Error(`timer ${timer.id} has no escalation level`);
    return { type: 'ASSIST_ESCALATE', department: timer.part, level: timer.level as EscalationLevel };
  }
  if (timer.event === 'ESCALATE') {
    if (!ESCALATION_LEVELS.includes(timer.level as EscalationLevel)) throw new Error(`timer ${timer.id} has no escalation level`);
    return { type: 'ESCALATE', level: timer.level as EscalationLevel };
  }
  return { type: timer.event } as TicketTimerEvent;
}

/** A lost optimistic race, a serialization failure or a deadlock: worth another try. */
function lostRace(error: unknown): boolean {
  if (error instanceof VersionConflict) return true;
  const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
  return code === '40001' || code === '40P01';
}
