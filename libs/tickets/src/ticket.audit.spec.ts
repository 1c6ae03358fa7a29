import { applyTicketEvent, startTicket, type StoredTicketMachine, type TicketEvent } from '@whistle/workflows';
import { type ChainedEvent, eventHash, GENESIS_HASH, verifyChain } from './ticket.audit.js';

const TICKET = '00000000-0000-4000-8000-000000000001';
const STEPS: Array<[string, TicketEvent | null, string]> = [
  ['placed', null, 'placed'],
  ['dispatched', { type: 'DISPATCH' }, 'dispatched'],
  ['accepted', { type: 'ACCEPT' }, 'accepted'],
  ['feedback', { type: 'FEEDBACK' }, 'feedback_given'],
  ['rated', { type: 'RATE', score: 5 }, 'closed'],
];

/** A correctly chained timeline and the machine state it replays to. */
function timeline(steps = STEPS): { events: ChainedEvent[]; ticket: { version: number; machine: StoredTicketMachine } } {
  let machine = startTicket();
  let prevHash = GENESIS_HASH;
  const events = steps.map(([type, event, toState], index) => {
    if (event) machine = applyTicketEvent(machine, event)!;
    const content = {
      ticketId: TICKET,
      seq: index + 1,
      type,
      event,
      actorId: null,
      actorRole: 'system',
      fromState: index === 0 ? null : steps[index - 1]![2],
      toState,
      payload: { note: `step ${index + 1}`, nested: { b: 1, a: [1, 'x'] } },
      at: new Date(Date.UTC(2026, 0, 1, 0, index)),
    };
    const hash = eventHash(prevHash, content);
    const chained = { ...content, prevHash, hash };
    prevHash = hash;
    return chained;
  });
  return { events, ticket: { version: events.length, machine } };
}

describe('the hash-chained timeline', () => {
  it('reports an untouched timeline intact, with its head hash', () => {
    const { events, ticket } = timeline();
    expect(verifyChain(events, ticket)).toEqual({ intact: true, events: 5, brokenAt: null, reason: null, headHash: events[4]!.hash });
    expect(events[4]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('replays past the files attached between steps (no step of the workflow), so a forged state is still found', () => {
    const steps: typeof STEPS = [STEPS[0]!, STEPS[1]!, ['attachment_added', null, 'dispatched'], STEPS[2]!, ['attachment_added', null, 'accepted'], STEPS[3]!];
    const { events, ticket } = timeline(steps);
    expect(verifyChain(events, ticket)).toMatchObject({ intact: true, events: 6 });
    const forged = { ...ticket, machine: { ...ticket.machine, value: 'closed' as const } };
    expect(verifyChain(events, forged)).toMatchObject({ intact: false, reason: expect.stringContaining('replaying the timeline gives feedback_given') });
  });

  it('hashes the same content the same whatever the key order, as jsonb returns it', () => {
    const { events } = timeline();
    const reordered = { ...events[1]!, payload: { nested: { a: [1, 'x'], b: 1 }, note: 'step 2' } };
    expect(eventHash(events[0]!.hash, reordered)).toBe(events[1]!.hash);
  });

  it('finds an altered payload, actor, time or event', () => {
    const alterations: Array<(e: ChainedEvent) => ChainedEvent> = [
      (e) => ({ ...e, payload: { ...e.payload, note: 'rewritten' } }),
      (e) => ({ ...e, actorId: '00000000-0000-4000-8000-000000000002' }),
      (e) => ({ ...e, at: new Date(e.at.getTime() + 1) }),
      (e) => ({ ...e, event: { type: 'RATE', score: 1 } }),
    ];
    for (const alter of alterations) {
      const { events, ticket } = timeline();
      events[3] = alter(events[3]!);
      expect(verifyChain(events, ticket)).toMatchObject({ intact: false, brokenAt: 4, reason: expect.stringContaining('altered') });
    }
  });

  it('finds a row rewritten with a fresh hash: the next event no longer follows it', () => {
    const { events, ticket } = timeline();
    const forged = { ...events[1]!, payload: { note: 'forged' } };
    events[1] = { ...forged, hash: eventHash(forged.prevHash, forged) };
    expect(verifyChain(events, ticket)).toMatchObject({ intact: false, brokenAt: 3, reason: 'event 3 does not follow event 2: its prevHash differs' });
  });

  it('finds a row rewritten with a fresh hash and the next row pointed at it: that row’s own hash covers its prevHash', () => {
    const { events, ticket } = timeline();
    const forged = { ...events[1]!, payload: { note: 'forged' } };
    events[1] = { ...forged, hash: eventHash(forged.prevHash, forged) };
    // Event 3 now follows event 2, but its hash (left as it was) was made over the old prevHash.
    events[2] = { ...events[2]!, prevHash: events[1].hash };
    expect(verifyChain(events, ticket)).toMatchObject({ intact: false, brokenAt: 3, reason: expect.stringContaining('altered') });
  });

  it('finds a deleted event in the middle and a deleted last event', () => {
    const middle = timeline();
    middle.events.splice(2, 1);
    expect(verifyChain(middle.events, middle.ticket)).toMatchObject({ intact: false, brokenAt: 3, reason: expect.stringContaining('missing') });
    const tail = timeline();
    tail.events.pop();
    expect(verifyChain(tail.events, tail.ticket)).toMatchObject({ intact: false, brokenAt: null, reason: expect.stringContaining('version 5') });
  });

  it('finds a ticket whose stored state the timeline does not lead to', () => {
    const { events, ticket } = timeline();
    const rectifying = applyTicketEvent(applyTicketEvent(applyTicketEvent(applyTicketEvent(startTicket(), { type: 'DISPATCH' })!, { type: 'ACCEPT' })!, { type: 'FEEDBACK' })!, { type: 'RATE', score: 1 })!;
    expect(verifyChain(events, { ...ticket, machine: rectifying })).toMatchObject({ intact: false, reason: expect.stringContaining('gives closed') });
  });

  it('finds a recorded event the workflow could not have taken', () => {
    const { events, ticket } = timeline();
    const impossible = { ...events[2]!, event: { type: 'RATE', score: 5 } as TicketEvent };
    events[2] = { ...impossible, hash: eventHash(impossible.prevHash, impossible) };
    // Re-chain the rest, as a forger with database access and the algorithm would.
    for (let i = 3; i < events.length; i++) {
      const next = { ...events[i]!, prevHash: events[i - 1]!.hash };
      events[i] = { ...next, hash: eventHash(next.prevHash, next) };
    }
    expect(verifyChain(events, ticket)).toMatchObject({ intact: false, brokenAt: 3, reason: expect.stringContaining('not a step') });
  });

  it('finds a stored context the timeline does not lead to, in the right state', () => {
    const { events, ticket } = timeline();
    const forged = { ...ticket, machine: { ...ticket.machine, context: { ...ticket.machine.context, escalationLevel: 3 as const } } };
    expect(verifyChain(events, forged)).toMatchObject({ intact: false, brokenAt: null, reason: 'replaying the timeline gives closed, the ticket says closed' });
  });

  it('stops the replay at an event recorded before machine events were (its event is null), and checks the chain to the end', () => {
    const { events, ticket } = timeline();
    // Event 3 as the first version wrote it: no machine event. The chain is made over it as it is.
    for (let i = 2; i < events.length; i++) {
      const row = { ...events[i]!, prevHash: events[i - 1]!.hash, event: i === 2 ? null : events[i]!.event };
      events[i] = { ...row, hash: eventHash(row.prevHash, row) };
    }
    expect(verifyChain(events, ticket)).toMatchObject({ intact: true, events: 5 });
    events[4] = { ...events[4]!, payload: { note: 'rewritten' } };
    expect(verifyChain(events, ticket)).toMatchObject({ intact: false, brokenAt: 5 });
  });

  it('replays an event even on a row of a kind outside the workflow, when one is recorded there', () => {
    const steps: typeof STEPS = [STEPS[0]!, STEPS[1]!, ['attachment_added', { type: 'RATE', score: 5 }, 'dispatched']];
    const { events, ticket } = timeline(steps.map(([type, event, to]) => [type, type === 'attachment_added' ? null : event, to]));
    const forged = { ...events[2]!, event: { type: 'RATE', score: 5 } as TicketEvent };
    events[2] = { ...forged, hash: eventHash(forged.prevHash, forged) };
    expect(verifyChain(events, ticket)).toMatchObject({ intact: false, brokenAt: 3, reason: 'event 3 (RATE) is not a step the workflow could take' });
  });
});
