export * from './ticket.actions.js';
export * from './ticket.dto.js';
export * from './ticket.queues.dto.js';
export { currentDeadline, DEADLINE_STAGES, type DeadlineStage, TICKET_SORTS, type TicketSort } from './ticket.queues.js';
export {
  CATEGORIES,
  type Category,
  FEEDBACK_RESULTS,
  PRIORITIES,
  RETURN_REASONS,
  TicketEntity,
  TicketEventEntity,
} from './ticket.entity.js';
export * from './tickets.module.js';
export { TicketsService } from './tickets.service.js';
export * from './ticket.audit.js';
export { ATTACHMENT_EVENT, type AttachmentRef, UPLOADER_ROLES } from './ticket.attachments.js';
export { SimilarTicketsService } from './similar-tickets.service.js';
export { REPEAT_EVENT } from './ticket.similar.js';
export { visibleTo } from './ticket.visibility.js';
