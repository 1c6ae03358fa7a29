import { prepared } from '@whistle/persistence';
import type { TicketEvent } from '@whistle/workflows';
import type { EntityManager } from 'typeorm';
import type { TicketEntity } from './ticket.entity.js';

/**
 * Keeps ticket_assists, the record of every assisting part (协办) the scoreboard and the ledgers
 * count, in step with a change, in its transaction: a dispatch or the committee adding
 * departments opens parts, each part's own events update it, a return cancels the dispatch's.
 */
export async function recordAssists(manager: EntityManager, before: TicketEntity, after: TicketEntity, event: TicketEvent, now: Date): Promise<void> {
  switch (event.type) {
    case 'DISPATCH':
    case 'ADD_ASSIST': {
      const known = new Set(event.type === 'ADD_ASSIST' ? before.assists.map((part) => part.departmentId) : []);
      const opened = after.assists.filter((part) => !known.has(part.departmentId));
      if (opened.length === 0) return;
      await manager.query(
        prepared(`INSERT INTO ticket_assists (ticket_id, chain_id, department_id, state, requested_at, due_by)
         SELECT $1, $2, department_id, 'requested', $3, due_by FROM unnest($4::uuid[], $5::timestamptz[]) AS p(department_id, due_by)`),
        [after.id, after.chainId, now, opened.map((part) => part.departmentId), opened.map((part) => part.dueBy)],
      );
      return;
    }
    case 'RETURN':
      if (before.assists.length > 0) await manager.query(prepared(`UPDATE ticket_assists SET cancelled_at = $2 WHERE ticket_id = $1 AND cancelled_at IS NULL`), [after.id, now]);
      return;
    case 'ASSIST_ACCEPT':
      return updatePart(manager, after.id, event.department, `state = 'accepted', accepted_at = $3`, [now]);
    case 'ASSIST_DECLINE': {
      const part = after.assists.find((p) => p.departmentId === event.department)!;
      return updatePart(manager, after.id, event.department, `state = 'declined', declined_at = $3, decline_reason = $4, decline_note = $5`, [now, part.declineReason, part.declineNote]);
    }
    case 'ASSIST_GIVE': {
      const part = after.assists.find((p) => p.departmentId === event.department)!;
      return updatePart(manager, after.id, event.department, `state = 'given', given_at = $3, content = $4`, [now, part.content]);
    }
    case 'ASSIST_DEADLINE_PASSED':
      return updatePart(manager, after.id, event.department, `overdue = true`, []);
    case 'ASSIST_ESCALATE':
      return updatePart(manager, after.id, event.department, `escalations = escalations + 1`, []);
    default:
      return;
  }
}

async function updatePart(manager: EntityManager, ticketId: string, departmentId: string, sets: string, values: unknown[]): Promise<void> {
  await manager.query(prepared(`UPDATE ticket_assists SET ${sets} WHERE ticket_id = $1 AND department_id = $2 AND cancelled_at IS NULL`), [ticketId, departmentId, ...values]);
}
