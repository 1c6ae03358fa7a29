import { prepared } from '@whistle/persistence';
import type { TicketEvent, TicketState } from '@whistle/workflows';
import type { EntityManager } from 'typeorm';
import type { TicketAssignmentEntity } from './ticket-assignment.entity.js';
import type { TicketEntity } from './ticket.entity.js';

/** A rating of 4 or 5 counts as satisfied (满意) on the scoreboard. */
export const SATISFIED_RATING = 4;

/** The department's own stages: escalations there count against it. */
const DEPARTMENT_STAGES: ReadonlySet<TicketState> = new Set(['dispatched', 'in_progress', 'awaiting_info', 'rectifying']);

type Change = Partial<Record<keyof TicketAssignmentEntity, unknown>>;

/** The update a ticket change makes to its open assignment; null when it makes none. */
export function assignmentChange(before: TicketEntity, after: TicketEntity, event: TicketEvent, now: Date): Change | null {
  const ended = after.state === 'closed' || after.state === 'withdrawn' ? { endedAt: now, endState: after.state } : {};
  switch (event.type) {
    case 'ACCEPT':
      return { acceptedAt: now };
    case 'RETURN':
      return { returnedAt: now };
    case 'FEEDBACK':
      return {
        lastResult: after.feedback!.result,
        ...(before.state === 'in_progress'
          ? { firstFeedbackAt: now, firstFeedbackOnTime: after.feedback!.onTime, firstResult: after.feedback!.result }
          : {}),
      };
    case 'FEEDBACK_DEADLINE_PASSED':
      return { feedbackMissed: true };
    case 'RATE': {
      const score = event.score;
      return { ...ended, ratings: 1, satisfiedRatings: score >= SATISFIED_RATING ? 1 : 0, ratingSum: score, ...(after.state === 'rectifying' ? { reopened: true } : {}) };
    }
    case 'ESCALATE':
      return DEPARTMENT_STAGES.has(before.state) ? ({ [`escalations${event.level}`]: 1 } as Change) : null;
    default:
      return Object.keys(ended).length > 0 ? ended : null;
  }
}

const COLUMNS: Record<string, { column: string; add?: boolean }> = {
  acceptedAt: { column: 'accepted_at' },
  returnedAt: { column: 'returned_at' },
  firstFeedbackAt: { column: 'first_feedback_at' },
  firstFeedbackOnTime: { column: 'first_feedback_on_time' },
  firstResult: { column: 'first_result' },
  lastResult: { column: 'last_result' },
  feedbackMissed: { column: 'feedback_missed' },
  reopened: { column: 'reopened' },
  ratings: { column: 'ratings', add: true },
  satisfiedRatings: { column: 'satisfied_ratings', add: true },
  ratingSum: { column: 'rating_sum', add: true },
  escalations1: { column: 'escalations_1', add: true },
  escalations2: { column: 'escalations_2', add: true },
  escalations3: { column: 'escalations_3', add: true },
  endedAt: { column: 'ended_at' },
  endState: { column: 'end_state' },
};

/**
 * Keeps ticket_assignments in step with a change, in its transaction: a dispatch opens an
 * assignment; everything else updates the open one (the one not returned).
 */
export async function recordAssignment(
  manager: EntityManager,
  before: TicketEntity,
  after: TicketEntity,
  event: TicketEvent,
  now: Date,
): Promise<void> {
  if (event.type === 'DISPATCH') {
    await manager.query(
      prepared(`INSERT INTO ticket_assignments (ticket_id, chain_id, department_id, category, priority, dispatched_at, accept_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`),
      [after.id, after.chainId, after.departmentId, after.category, after.priority, now, after.acceptBy],
    );
    return;
  }
  const change = assignmentChange(before, after, event, now);
  if (!change) return;
  const { sets, params } = setsOf(change);
  await manager.query(prepared(`UPDATE ticket_assignments SET ${sets} WHERE ticket_id = $1 AND returned_at IS NULL`), [after.id, ...params]);
}

/**
 * recordAssignment for a batch of timer firings (no dispatches among them): one statement per
 * distinct change, for all the tickets it applies to.
 */
export async function recordAssignments(
  manager: EntityManager,
  changes: { before: TicketEntity; after: TicketEntity; event: TicketEvent }[],
  now: Date,
): Promise<void> {
  const tickets = new Map<string, { change: Change; ids: string[] }>();
  for (const { before, after, event } of changes) {
    if (event.type === 'DISPATCH') throw new Error('a dispatch opens an assignment: record it with recordAssignment');
    const change = assignmentChange(before, after, event, now);
    if (!change) continue;
    const key = JSON.stringify(change);
    (tickets.get(key) ?? tickets.set(key, { change, ids: [] }).get(key)!).ids.push(after.id);
  }
  for (const { change, ids } of tickets.values()) {
    const { sets, params } = setsOf(change);
    await manager.query(prepared(`UPDATE ticket_assignments SET ${sets} WHERE ticket_id = ANY($1::uuid[]) AND returned_at IS NULL`), [ids, ...params]);
  }
}

/** The SET clause of a change, its values numbered from $2 ($1 names the tickets). */
function setsOf(change: Change): { sets: string; params: unknown[] } {
  const params: unknown[] = [];
  const sets = Object.entries(change).map(([key, value]) => {
    const { column, add } = COLUMNS[key]!;
    params.push(value);
    const n = params.length + 1;
    return add ? `${column} = ${column} + $${n}` : `${column} = $${n}`;
  });
  return { sets: sets.join(', '), params };
}
