import { MIGRATIONS } from '@whistle/persistence';
import type { TicketEntity } from './ticket.entity.js';
import { CURRENT_DEADLINE_SQL, currentDeadline, SORT_KEYS } from './ticket.queues.js';

const at = (iso: string) => new Date(iso);
const deadlines = { dispatchBy: at('2026-03-04T00:00:00Z'), acceptBy: at('2026-03-06T00:00:00Z'), feedbackBy: at('2026-04-01T00:00:00Z'), rateBy: at('2026-04-20T00:00:00Z') };
const current = (state: TicketEntity['state']) => currentDeadline({ state, ...deadlines });

describe('the current deadline', () => {
  it('is the deadline of the stage the ticket is in', () => {
    expect(current('placed')).toEqual({ stage: 'dispatch', at: deadlines.dispatchBy });
    expect(current('returned')).toEqual({ stage: 'dispatch', at: deadlines.dispatchBy });
    expect(current('dispatched')).toEqual({ stage: 'accept', at: deadlines.acceptBy });
    expect(current('in_progress')).toEqual({ stage: 'feedback', at: deadlines.feedbackBy });
    expect(current('rectifying')).toEqual({ stage: 'rectify', at: deadlines.feedbackBy });
    expect(current('feedback_given')).toEqual({ stage: 'rate', at: deadlines.rateBy });
  });

  it('is none once closed or withdrawn, and none while the clock stands still', () => {
    for (const state of ['closed', 'withdrawn', 'awaiting_info'] as const) expect(current(state)).toEqual({ stage: null, at: null });
  });

  it('is written in the queries exactly as in the indexes, or the planner would not use them', async () => {
    const statements: string[] = [];
    const db = { query: async (sql: string) => void statements.push(sql.replace(/\s+/g, ' ')) };
    for (const Migration of MIGRATIONS.filter((m) => /ConsoleQueues|QueueTotals/.test(m.name))) await new Migration().up(db as never);
    const indexes = statements.filter((sql) => sql.startsWith('CREATE INDEX tickets_'));
    expect(indexes).toHaveLength(6);
    const unaliased = (sql: string) => sql.replace(/\bt\./g, '');
    for (const sql of indexes.filter((sql) => !sql.includes('tickets_chain_state_idx'))) expect(sql).toContain(unaliased(CURRENT_DEADLINE_SQL));
    expect(indexes.find((sql) => sql.includes('tickets_chain_priority_idx'))).toContain(unaliased(SORT_KEYS.priority[0]!.sql));
  });
});
