import { applyTicketEvent, startTicket, type StoredTicketMachine, type TicketEvent } from '@whistle/workflows';
import { availableActions } from './ticket.actions.js';

const after = (...events: TicketEvent[]): StoredTicketMachine =>
  events.reduce((stored, event) => applyTicketEvent(stored, event)!, startTicket());

describe('availableActions', () => {
  it('intersects what the machine can do with what the role may do', () => {
    const placed = startTicket();
    expect(availableActions('dispatcher', placed)).toEqual(['dispatch', 'remind']);
    expect(availableActions('enterprise', placed)).toEqual(['withdraw']);
    expect(availableActions('commissioner', placed)).toEqual(['withdraw']);
    expect(availableActions('department', placed)).toEqual([]);
    expect(availableActions('supervisor', placed)).toEqual([]);
    expect(availableActions('leader', placed)).toEqual([]);
    expect(availableActions('admin', placed)).toEqual([]);
  });

  it('follows the machine through the cycle', () => {
    const dispatched = after({ type: 'DISPATCH' });
    expect(availableActions('department', dispatched)).toEqual(['accept', 'return']);
    const working = after({ type: 'DISPATCH' }, { type: 'ACCEPT' });
    expect(availableActions('department', working)).toEqual(['feedback', 'request-extension', 'request-info']);
    expect(availableActions('dispatcher', working)).toEqual(['remind']);
    const asked = applyTicketEvent(working, { type: 'REQUEST_EXTENSION' })!;
    expect(availableActions('department', asked)).toEqual(['feedback']);
    expect(availableActions('dispatcher', asked)).toEqual(['decide-extension', 'remind']);
    const late = applyTicketEvent(working, { type: 'FEEDBACK_DEADLINE_PASSED' })!;
    expect(availableActions('department', late)).toEqual(['feedback']);
    const answered = applyTicketEvent(working, { type: 'FEEDBACK' })!;
    expect(availableActions('enterprise', answered)).toEqual(['rate']);
    expect(availableActions('department', answered)).toEqual([]);
  });
});
