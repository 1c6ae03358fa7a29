import type { TicketView } from './ticket.dto.js';
import type { TicketEntity } from './ticket.entity.js';
import { currentDeadline } from './ticket.queues.js';

/** An order as everyone sees it: its view without the actions the reader may take (the webhooks' `data.ticket`). */
export function ticketData(t: TicketEntity): Omit<TicketView, 'availableActions'> {
  const current = currentDeadline(t);
  return {
    id: t.id,
    code: t.code,
    title: t.title,
    description: t.description,
    category: t.category,
    serviceCode: t.serviceCode,
    priority: t.priority,
    state: t.state,
    enterpriseId: t.enterpriseId,
    chainId: t.chainId,
    departmentId: t.departmentId,
    leaderUserId: t.leaderUserId,
    deadlines: { dispatchBy: t.dispatchBy, acceptBy: t.acceptBy, feedbackBy: t.feedbackBy, rateBy: t.rateBy, current: current.at, currentStage: current.stage },
    overdue: t.overdue,
    escalationLevel: t.escalationLevel,
    returnCount: t.returnCount,
    feedback: t.feedback,
    rating: t.rating,
    extensionRequest: t.extensionRequest,
    infoRequest: t.infoRequest,
    pausedSeconds: t.pausedSeconds,
    assists: t.assists,
    repeatOf: t.repeatOf,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}
