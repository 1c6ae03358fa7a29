import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@whistle/common';
import type { SlaClock } from '@whistle/deadlines';
import type { Notice } from '@whistle/notifications';
import type { EscalationLevel, TicketEvent, TicketState } from '@whistle/workflows';
import type {
  AddAssistDto,
  AskAssistDto,
  DeclineAssistDto,
  GiveAssistDto,
  DecideExtensionDto,
  DispatchTicketDto,
  FeedbackDto,
  ProvideInfoDto,
  RateDto,
  RequestExtensionDto,
  RequestInfoDto,
  ReturnTicketDto,
  WithdrawDto,
} from './ticket.dto.js';
import type { AssistRecord, TicketEntity } from './ticket.entity.js';

/** What a change does besides moving the machine: fields, timeline entry, notices. */
export interface Effects {
  patch: Partial<TicketEntity>;
  /** The timeline entry's type, e.g. `dispatched`, `escalated`. */
  type: string;
  payload: Record<string, unknown>;
  notices: Notice[];
}

export interface EffectsInput {
  ticket: TicketEntity;
  event: TicketEvent;
  to: TicketState;
  body: object;
  now: Date;
  actorId: string | null;
  /** The deadlines in force for the ticket's category and priority (after this change). */
  sla: SlaClock;
  /** The leader in charge of the department being dispatched to, looked up beforehand. */
  departmentLeaderId?: string | null;
}

const label = (t: TicketEntity) => `${t.code} “${t.title}”`;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** New parts for `departments`, due by `dueBy`. */
const requestedParts = (departments: readonly string[], now: Date, dueBy: Date): AssistRecord[] =>
  departments.map((departmentId) => ({
    departmentId,
    state: 'requested',
    requestedAt: now.toISOString(),
    dueBy: dueBy.toISOString(),
    acceptedAt: null,
    at: null,
    content: null,
    declineReason: null,
    declineNote: null,
    onTime: null,
  }));

/** The ticket's parts with `department`'s changed. */
const changePart = (t: TicketEntity, department: string, change: Partial<AssistRecord>): AssistRecord[] =>
  t.assists.map((part) => (part.departmentId === department ? { ...part, ...change } : part));

const partOf = (t: TicketEntity, department: string): AssistRecord | undefined => t.assists.find((part) => part.departmentId === department);

/**
 * The rules around the machine: which deadlines each step sets (the feedback deadline runs
 * from the first dispatch; an approved extension moves it; an unsatisfied rating opens a
 * rectification deadline; a request for information pauses the clock), and who is told. Pure
 * apart from calendar arithmetic.
 */
@Injectable()
export class TicketRules {
  /** Deadlines of a newly placed order. */
  placed(now: Date, sla: SlaClock): Pick<TicketEntity, 'dispatchBy'> {
    return { dispatchBy: sla.due('dispatch', now) };
  }

  effects(input: EffectsInput): Effects {
    const { ticket: t, event, to, now, sla } = input;
    const chain = { dispatchersOfChain: t.chainId };
    const department = t.departmentId ? { usersOfDepartment: t.departmentId } : null;
    const enterprise = { usersOfEnterprise: t.enterpriseId };

    switch (event.type) {
      case 'DISPATCH': {
        const body = input.body as DispatchTicketDto;
        const feedbackBy = body.feedbackBy ? new Date(body.feedbackBy) : null;
        if (feedbackBy && feedbackBy <= now) throw new InvalidInputError('feedbackBy', 'must be in the future');
        const leaderUserId = body.leaderUserId ?? input.departmentLeaderId ?? null;
        const patch: Partial<TicketEntity> = {
          departmentId: body.departmentId,
          leaderUserId,
          priority: body.priority,
          category: body.category ?? t.category,
          acceptBy: sla.due('accept', now),
          firstDispatchedAt: t.firstDispatchedAt ?? now,
          // The one-month rule counts from the first dispatch; a re-dispatch keeps it.
          feedbackBy: feedbackBy ?? t.feedbackBy ?? sla.due('feedback', now),
          assists: requestedParts(body.assistingDepartmentIds ?? [], now, sla.due('assist', now)),
        };
        return {
          patch,
          type: 'dispatched',
          payload: {
            ...body,
            leaderUserId,
            acceptBy: iso(patch.acceptBy!),
            feedbackBy: iso(patch.feedbackBy!),
            redispatch: t.firstDispatchedAt !== null,
            ...(patch.assists!.length > 0 ? { assistBy: patch.assists![0]!.dueBy } : {}),
          },
          notices: [
            { type: 'ticket.dispatched', to: { usersOfDepartment: body.departmentId }, message: `${label(t)}: dispatched to your department`, params: { priority: body.priority } },
            ...this.assistRequests(t, patch.assists!),
          ],
        };
      }
      case 'ACCEPT':
        return {
          patch: {},
          type: 'accepted',
          payload: { ...input.body },
          notices: [{ type: 'ticket.accepted', to: enterprise, message: `${label(t)}: accepted by the department` }],
        };
      case 'RETURN': {
        const body = input.body as ReturnTicketDto;
        return {
          // The whole order goes back: the parts of this dispatch end with it.
          patch: { departmentId: null, leaderUserId: null, dispatchBy: sla.due('dispatch', now), assists: [] },
          type: 'returned',
          payload: { ...body, departmentId: t.departmentId, ...(t.assists.length > 0 ? { assistsEnded: t.assists.map((part) => part.departmentId) } : {}) },
          notices: [{ type: 'ticket.returned', to: chain, message: `${label(t)}: returned by the department (${body.reason}), re-dispatch it`, params: { reason: body.reason } }],
        };
      }
      case 'FEEDBACK': {
        const body = input.body as FeedbackDto;
        const onTime = t.feedbackBy === null || now <= t.feedbackBy;
        const message = `${label(t)}: feedback given (${body.result})`;
        return {
          patch: {
            feedback: {
              result: body.result,
              content: body.content,
              at: now.toISOString(),
              onTime,
              ...(t.assists.length > 0
                ? { assists: t.assists.map(({ departmentId, state, content, onTime: partOnTime }) => ({ departmentId, state, content, onTime: partOnTime })) }
                : {}),
            },
            rating: null,
            extensionRequest: null,
            rateBy: sla.due('rate', now),
          },
          type: 'feedback_given',
          payload: { ...body, onTime, round: t.state === 'rectifying' ? 'rectification' : 'first' },
          // 双反馈: the enterprise and the chain committee both hear it.
          notices: [
            { type: 'ticket.feedback', to: enterprise, message, params: { result: body.result } },
            { type: 'ticket.feedback', to: chain, message, params: { result: body.result } },
          ],
        };
      }
      case 'RATE': {
        const body = input.body as RateDto;
        const rectify = to === 'rectifying';
        return {
          patch: {
            rating: { score: body.score, comment: body.comment ?? null, at: now.toISOString() },
            ...(rectify ? { feedbackBy: sla.due('rectify', now) } : {}),
          },
          type: 'rated',
          payload: { ...body, outcome: rectify ? 'rectify' : 'closed' },
          notices: department
            ? [{ type: 'ticket.rated', to: department, message: `${label(t)}: rated ${body.score}/5${rectify ? ', rectification required' : ''}`, params: { score: body.score, rectify } }]
            : [],
        };
      }
      case 'WITHDRAW': {
        const body = input.body as WithdrawDto;
        const message = `${label(t)}: withdrawn by the enterprise`;
        return {
          patch: {},
          type: 'withdrawn',
          payload: { ...body },
          notices: [
            { type: 'ticket.withdrawn', to: chain, message, params: { note: body.reason } },
            ...(department ? [{ type: 'ticket.withdrawn' as const, to: department, message, params: { note: body.reason } }] : []),
          ],
        };
      }
      case 'REQUEST_EXTENSION': {
        const body = input.body as RequestExtensionDto;
        const until = new Date(body.until);
        if (t.feedbackBy && until <= t.feedbackBy) {
          throw new InvalidInputError('until', `must be later than the current feedback deadline ${t.feedbackBy.toISOString()}`);
        }
        return {
          patch: {
            extensionRequest: { until: until.toISOString(), reason: body.reason, requestedAt: now.toISOString(), requestedBy: input.actorId! },
          },
          type: 'extension_requested',
          payload: { until: until.toISOString(), reason: body.reason, feedbackBy: iso(t.feedbackBy) },
          notices: [{ type: 'ticket.extension_requested', to: chain, message: `${label(t)}: the department asks for more time until ${until.toISOString()}`, params: { until: until.toISOString() } }],
        };
      }
      case 'DECIDE_EXTENSION': {
        const body = input.body as DecideExtensionDto;
        const until = t.extensionRequest?.until ?? null;
        return {
          patch: { extensionRequest: null, ...(body.approve && until ? { feedbackBy: new Date(until) } : {}) },
          type: 'extension_decided',
          payload: { ...body, until, previousFeedbackBy: iso(t.feedbackBy) },
          notices: department
            ? [{ type: 'ticket.extension_decided', to: department, message: `${label(t)}: extension ${body.approve ? `approved until ${until}` : 'refused'}`, params: { approved: body.approve, ...(body.approve && until ? { until } : {}) } }]
            : [],
        };
      }
      case 'REMIND':
        return {
          patch: {},
          type: 'reminded',
          payload: { ...input.body },
          notices: [{ type: 'ticket.reminded', to: this.whoMustAct(t), message: `${label(t)}: the chain committee asks you to act (催办)`, params: (input.body as { note?: string }).note ? { note: (input.body as { note: string }).note } : {} }],
        };
      case 'REQUEST_INFO': {
        const body = input.body as RequestInfoDto;
        return {
          patch: { infoRequest: { question: body.question, requestedAt: now.toISOString(), requestedBy: input.actorId! } },
          type: 'info_requested',
          payload: { ...body, feedbackBy: iso(t.feedbackBy) },
          notices: [{ type: 'ticket.info_requested', to: enterprise, message: `${label(t)}: the department asks for information: ${body.question}`, params: { question: body.question } }],
        };
      }
      case 'PROVIDE_INFO': {
        const body = input.body as ProvideInfoDto;
        // The clock stood still from the request to now: the deadline moves by exactly that.
        const pausedMs = t.infoRequest ? Math.max(0, now.getTime() - new Date(t.infoRequest.requestedAt).getTime()) : 0;
        const feedbackBy = t.feedbackBy ? new Date(t.feedbackBy.getTime() + pausedMs) : null;
        return {
          patch: { infoRequest: null, feedbackBy, pausedSeconds: t.pausedSeconds + Math.round(pausedMs / 1000) },
          type: 'info_provided',
          payload: { ...body, pausedMs, feedbackBy: iso(feedbackBy) },
          notices: department
            ? [{ type: 'ticket.info_provided', to: department, message: `${label(t)}: the enterprise answered; feedback now due by ${iso(feedbackBy)}`, params: feedbackBy ? { dueBy: iso(feedbackBy)! } : {} }]
            : [],
        };
      }
      case 'DISPATCH_DEADLINE_PASSED':
      case 'ACCEPT_DEADLINE_PASSED':
      case 'FEEDBACK_DEADLINE_PASSED':
      case 'RECTIFY_DEADLINE_PASSED': {
        const deadline = event.type.replace('_DEADLINE_PASSED', '').toLowerCase();
        return { patch: {}, type: 'deadline_passed', payload: { deadline }, notices: [] };
      }
      case 'RATE_DEADLINE_PASSED':
        return {
          patch: {},
          type: 'closed_unrated',
          payload: { rateBy: iso(t.rateBy) },
          notices: [
            ...(department ? [{ type: 'ticket.closed' as const, to: department, message: `${label(t)}: closed unrated` }] : []),
            { type: 'ticket.closed', to: enterprise, message: `${label(t)}: closed without a rating` },
          ],
        };
      case 'REMINDER_DUE':
        return {
          patch: {},
          type: 'reminder_sent',
          payload: { feedbackBy: iso(t.feedbackBy) },
          notices: department
            ? [{ type: 'deadline.reminder', to: department, message: `${label(t)}: feedback due by ${iso(t.feedbackBy)}`, params: t.feedbackBy ? { dueBy: iso(t.feedbackBy)! } : {} }]
            : [],
        };
      case 'ESCALATE':
        return {
          patch: {},
          type: 'escalated',
          payload: { level: event.level },
          notices: [{ type: 'ticket.escalated', to: this.escalationAudience(t, event.level), message: `${label(t)}: overdue, escalated to level ${event.level} (督办)`, params: { level: event.level } }],
        };
      case 'ADD_ASSIST': {
        const body = input.body as AddAssistDto;
        const added = requestedParts(body.departmentIds, now, sla.due('assist', now));
        return {
          patch: { assists: [...t.assists, ...added] },
          type: 'assist_added',
          payload: { ...body, assistBy: added[0]!.dueBy },
          notices: this.assistRequests(t, added),
        };
      }
      case 'ASK_ASSIST': {
        const body = input.body as AskAssistDto;
        return {
          patch: {},
          type: 'assist_asked',
          payload: { ...body },
          notices: [
            {
              type: 'ticket.assist_asked',
              to: chain,
              message: `${label(t)}: the lead department asks for an assisting department: ${body.reason}`,
              params: { note: body.reason, ...(body.departmentId ? { departmentId: body.departmentId } : {}) },
            },
          ],
        };
      }
      case 'ASSIST_ACCEPT':
        return {
          patch: { assists: changePart(t, event.department, { state: 'accepted', acceptedAt: now.toISOString() }) },
          type: 'assist_accepted',
          payload: { departmentId: event.department },
          notices: [],
        };
      case 'ASSIST_DECLINE': {
        const body = input.body as DeclineAssistDto;
        const message = `${label(t)}: an assisting department declines its part (${body.reason})`;
        const params = { reason: body.reason, note: body.note, departmentId: event.department };
        return {
          patch: { assists: changePart(t, event.department, { state: 'declined', at: now.toISOString(), declineReason: body.reason, declineNote: body.note, onTime: null }) },
          type: 'assist_declined',
          payload: { ...body, departmentId: event.department },
          notices: [
            { type: 'ticket.assist_declined', to: chain, message, params },
            ...(department ? [{ type: 'ticket.assist_declined' as const, to: department, message, params }] : []),
          ],
        };
      }
      case 'ASSIST_GIVE': {
        const body = input.body as GiveAssistDto;
        const part = partOf(t, event.department)!;
        const onTime = now <= new Date(part.dueBy);
        const message = `${label(t)}: an assisting department gave its contribution (协办意见)`;
        return {
          patch: { assists: changePart(t, event.department, { state: 'given', at: now.toISOString(), content: body.content, onTime }) },
          type: 'assisted',
          payload: { ...body, departmentId: event.department, onTime },
          notices: [
            ...(department ? [{ type: 'ticket.assisted' as const, to: department, message, params: { departmentId: event.department } }] : []),
            { type: 'ticket.assisted', to: chain, message, params: { departmentId: event.department } },
          ],
        };
      }
      case 'ASSIST_DEADLINE_PASSED':
        return {
          patch: { assists: changePart(t, event.department, { onTime: false }) },
          type: 'assist_deadline_passed',
          payload: { departmentId: event.department, dueBy: partOf(t, event.department)?.dueBy ?? null },
          notices: [],
        };
      case 'ASSIST_REMINDER_DUE': {
        const dueBy = partOf(t, event.department)?.dueBy;
        return {
          patch: {},
          type: 'assist_reminder_sent',
          payload: { departmentId: event.department, dueBy: dueBy ?? null },
          notices: [
            {
              type: 'ticket.assist_reminder',
              to: { usersOfDepartment: event.department },
              message: `${label(t)}: your contribution (协办意见) is due by ${dueBy}`,
              params: { departmentId: event.department, ...(dueBy ? { dueBy } : {}) },
            },
          ],
        };
      }
      case 'ASSIST_ESCALATE':
        return {
          patch: {},
          type: 'assist_escalated',
          payload: { departmentId: event.department, level: event.level },
          notices: [
            {
              type: 'ticket.escalated',
              to: event.level === 1 ? { leaderOfDepartment: event.department } : this.escalationAudience(t, event.level),
              message: `${label(t)}: an assisting department’s contribution is overdue, escalated to level ${event.level} (督办)`,
              params: { level: event.level, departmentId: event.department },
            },
          ],
        };
    }
  }

  /** Each new assisting department hears of its part (ticket.assist_requested). */
  private assistRequests(t: TicketEntity, parts: AssistRecord[]): Notice[] {
    return parts.map((part) => ({
      type: 'ticket.assist_requested',
      to: { usersOfDepartment: part.departmentId },
      message: `${label(t)}: your department is asked to assist (协办), by ${part.dueBy}`,
      params: { departmentId: part.departmentId, dueBy: part.dueBy },
    }));
  }

  /** Level 1: the leader in charge; 2: the chain committee; 3: the supervisors. */
  private escalationAudience(t: TicketEntity, level: EscalationLevel): Notice['to'] {
    if (level === 1 && t.leaderUserId) return { user: t.leaderUserId };
    if (level === 3) return { supervisorsOfChain: t.chainId };
    // Before dispatch, the committee itself is late and nobody else is in charge.
    return { dispatchersOfChain: t.chainId };
  }

  private whoMustAct(t: TicketEntity): Notice['to'] {
    if (t.state === 'feedback_given') return { usersOfEnterprise: t.enterpriseId };
    if (t.departmentId) return { usersOfDepartment: t.departmentId };
    return { dispatchersOfChain: t.chainId };
  }
}
