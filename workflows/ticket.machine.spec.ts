import { TICKET_MACHINE_VERSION, ticketMachine, type TicketEvent, type TicketState } from './ticket.machine.js';
import { applyTicketEvent, canApply, restoreTicket, startTicket, type StoredTicketMachine } from './ticket.workflow.js';

const E = {
  dispatch: { type: 'DISPATCH' },
  accept: { type: 'ACCEPT' },
  return: { type: 'RETURN' },
  feedback: { type: 'FEEDBACK' },
  rate: (score: number): TicketEvent => ({ type: 'RATE', score }),
  withdraw: { type: 'WITHDRAW' },
  requestExtension: { type: 'REQUEST_EXTENSION' },
  decide: (approve: boolean): TicketEvent => ({ type: 'DECIDE_EXTENSION', approve }),
  remind: { type: 'REMIND' },
  dispatchLate: { type: 'DISPATCH_DEADLINE_PASSED' },
  acceptLate: { type: 'ACCEPT_DEADLINE_PASSED' },
  feedbackLate: { type: 'FEEDBACK_DEADLINE_PASSED' },
  rectifyLate: { type: 'RECTIFY_DEADLINE_PASSED' },
  rateLate: { type: 'RATE_DEADLINE_PASSED' },
  reminder: { type: 'REMINDER_DUE' },
  requestInfo: { type: 'REQUEST_INFO' },
  provideInfo: { type: 'PROVIDE_INFO' },
  escalate: (level: 1 | 2 | 3): TicketEvent => ({ type: 'ESCALATE', level }),
} satisfies Record<string, TicketEvent | ((arg: never) => TicketEvent)>;

function run(...events: TicketEvent[]): StoredTicketMachine {
  return events.reduce((stored, event) => {
    const next = applyTicketEvent(stored, event);
    if (!next) throw new Error(`${event.type} refused in ${stored.value}`);
    return next;
  }, startTicket());
}

const inState: Record<Exclude<TicketState, never>, TicketEvent[]> = {
  placed: [],
  dispatched: [E.dispatch],
  returned: [E.dispatch, E.return],
  in_progress: [E.dispatch, E.accept],
  awaiting_info: [E.dispatch, E.accept, E.requestInfo],
  feedback_given: [E.dispatch, E.accept, E.feedback],
  rectifying: [E.dispatch, E.accept, E.feedback, E.rate(2)],
  closed: [E.dispatch, E.accept, E.feedback, E.rate(4)],
  withdrawn: [E.withdraw],
};

describe('ticket machine', () => {
  it('starts placed, on time, not escalated, with the current machine version', () => {
    expect(startTicket()).toEqual({
      machineVersion: TICKET_MACHINE_VERSION,
      value: 'placed',
      context: { overdue: false, escalationLevel: 0, returnCount: 0, extensionPending: false, chaseCount: 0, remindersSent: 0, pausedFrom: null, assists: {}, assistAsks: 0 },
    });
  });

  it.each<[TicketState, TicketEvent, TicketState]>([
    ['placed', E.dispatch, 'dispatched'],
    ['placed', E.withdraw, 'withdrawn'],
    ['dispatched', E.accept, 'in_progress'],
    ['dispatched', E.return, 'returned'],
    ['dispatched', E.withdraw, 'withdrawn'],
    ['returned', E.dispatch, 'dispatched'],
    ['returned', E.withdraw, 'withdrawn'],
    ['in_progress', E.feedback, 'feedback_given'],
    ['in_progress', E.withdraw, 'withdrawn'],
    ['feedback_given', E.rate(3), 'closed'],
    ['feedback_given', E.rate(5), 'closed'],
    ['feedback_given', E.rate(2), 'rectifying'],
    ['feedback_given', E.rate(1), 'rectifying'],
    ['feedback_given', E.rateLate, 'closed'],
    ['rectifying', E.feedback, 'feedback_given'],
    ['in_progress', E.requestInfo, 'awaiting_info'],
    ['rectifying', E.requestInfo, 'awaiting_info'],
    ['awaiting_info', E.provideInfo, 'in_progress'],
    ['awaiting_info', E.withdraw, 'withdrawn'],
  ])('%s --%j--> %s', (from, event, to) => {
    expect(applyTicketEvent(run(...inState[from]), event)?.value).toBe(to);
  });

  it.each<[TicketState, TicketEvent]>([
    ['placed', E.accept],
    ['placed', E.feedback],
    ['placed', E.rate(5)],
    ['dispatched', E.dispatch],
    ['dispatched', E.feedback],
    ['returned', E.accept],
    ['in_progress', E.accept],
    ['in_progress', E.rate(5)],
    ['in_progress', E.dispatch],
    ['feedback_given', E.withdraw],
    ['feedback_given', E.feedback],
    ['rectifying', E.withdraw],
    ['rectifying', E.requestExtension],
    ['dispatched', E.requestExtension],
    ['placed', E.feedbackLate],
    ['in_progress', E.dispatchLate],
    ['dispatched', E.feedbackLate],
    ['awaiting_info', E.feedback],
    ['awaiting_info', E.feedbackLate],
    ['awaiting_info', E.reminder],
    ['awaiting_info', E.escalate(1)],
    ['awaiting_info', E.requestInfo],
    ['awaiting_info', E.requestExtension],
    ['dispatched', E.requestInfo],
    ['feedback_given', E.requestInfo],
    ['in_progress', E.provideInfo],
  ])('refuses %s --%j', (from, event) => {
    expect(applyTicketEvent(run(...inState[from]), event)).toBeNull();
  });

  it('accepts nothing once closed or withdrawn', () => {
    const all: TicketEvent[] = Object.values(E).flatMap((e) => (typeof e === 'function' ? [e(1 as never), e(3 as never)] : [e]));
    for (const final of ['closed', 'withdrawn'] as const) {
      const stored = run(...inState[final]);
      for (const event of all) expect(canApply(stored, event)).toBe(false);
    }
  });

  it('counts returns (退单) across re-dispatches', () => {
    const stored = run(E.dispatch, E.return, E.dispatch, E.return, E.dispatch);
    expect(stored.value).toBe('dispatched');
    expect(stored.context.returnCount).toBe(2);
  });

  describe.each<[TicketState, TicketEvent]>([
    ['placed', E.dispatchLate],
    ['returned', E.dispatchLate],
    ['dispatched', E.acceptLate],
    ['in_progress', E.feedbackLate],
    ['rectifying', E.rectifyLate],
  ])('a missed deadline in %s', (state, late) => {
    it('marks the ticket overdue once; a second firing is refused', () => {
      const overdue = applyTicketEvent(run(...inState[state]), late)!;
      expect(overdue.value).toBe(state);
      expect(overdue.context.overdue).toBe(true);
      expect(applyTicketEvent(overdue, late)).toBeNull();
    });

    it('escalates level by level, only in order, only while overdue', () => {
      const onTime = run(...inState[state]);
      expect(applyTicketEvent(onTime, E.escalate(1))).toBeNull();
      let stored = applyTicketEvent(onTime, late)!;
      expect(applyTicketEvent(stored, E.escalate(2))).toBeNull();
      for (const level of [1, 2, 3] as const) {
        stored = applyTicketEvent(stored, E.escalate(level))!;
        expect(stored.context.escalationLevel).toBe(level);
        expect(applyTicketEvent(stored, E.escalate(level))).toBeNull();
      }
    });
  });

  it('clears lateness when the stage moves on', () => {
    const late = run(E.dispatch, E.accept, E.feedbackLate, E.escalate(1), E.escalate(2));
    const answered = applyTicketEvent(late, E.feedback)!;
    expect(answered.context).toMatchObject({ overdue: false, escalationLevel: 0 });
  });

  it('sends reminders only before the deadline', () => {
    const working = run(E.dispatch, E.accept);
    expect(canApply(working, E.reminder)).toBe(true);
    expect(canApply(applyTicketEvent(working, E.feedbackLate)!, E.reminder)).toBe(false);
    expect(canApply(run(...inState.rectifying), E.reminder)).toBe(true);
    expect(canApply(run(...inState.dispatched), E.reminder)).toBe(false);
  });

  describe('extensions (延期)', () => {
    const working = () => run(E.dispatch, E.accept);

    it('may be asked once at a time, before the deadline', () => {
      const asked = applyTicketEvent(working(), E.requestExtension)!;
      expect(asked.context.extensionPending).toBe(true);
      expect(applyTicketEvent(asked, E.requestExtension)).toBeNull();
      expect(applyTicketEvent(applyTicketEvent(working(), E.feedbackLate)!, E.requestExtension)).toBeNull();
    });

    it('can only be decided when one is pending', () => {
      expect(applyTicketEvent(working(), E.decide(true))).toBeNull();
      expect(applyTicketEvent(working(), E.decide(false))).toBeNull();
    });

    it('approval starts a fresh clock, even if the old deadline passed meanwhile', () => {
      const lateWhileAsking = run(E.dispatch, E.accept, E.requestExtension, E.feedbackLate, E.escalate(1));
      const approved = applyTicketEvent(lateWhileAsking, E.decide(true))!;
      expect(approved.value).toBe('in_progress');
      expect(approved.context).toMatchObject({ extensionPending: false, overdue: false, escalationLevel: 0 });
    });

    it('refusal keeps the clock as it was', () => {
      const late = run(E.dispatch, E.accept, E.requestExtension, E.feedbackLate);
      expect(applyTicketEvent(late, E.decide(false))!.context).toMatchObject({ extensionPending: false, overdue: true });
    });
  });

  describe('requests for information (the paused clock)', () => {
    it('resumes the state it paused, rectification included', () => {
      const paused = run(...inState.rectifying, E.requestInfo);
      expect(paused).toMatchObject({ value: 'awaiting_info', context: { pausedFrom: 'rectifying' } });
      expect(applyTicketEvent(paused, E.provideInfo)).toMatchObject({ value: 'rectifying', context: { pausedFrom: null } });
      expect(applyTicketEvent(run(...inState.awaiting_info), E.provideInfo)).toMatchObject({ value: 'in_progress', context: { pausedFrom: null } });
    });

    it('is no way out of a missed deadline or a pending extension', () => {
      expect(applyTicketEvent(run(E.dispatch, E.accept, E.feedbackLate), E.requestInfo)).toBeNull();
      expect(applyTicketEvent(run(E.dispatch, E.accept, E.requestExtension), E.requestInfo)).toBeNull();
      expect(applyTicketEvent(run(...inState.rectifying, E.rectifyLate), E.requestInfo)).toBeNull();
    });

    it('lets the enterprise withdraw only what it could withdraw before the pause', () => {
      expect(canApply(run(...inState.awaiting_info), E.withdraw)).toBe(true);
      expect(canApply(run(...inState.rectifying, E.requestInfo), E.withdraw)).toBe(false);
    });
  });

  it('lets the committee remind in every open state and never in a final one', () => {
    for (const [state, events] of Object.entries(inState)) {
      const open = !['closed', 'withdrawn'].includes(state);
      expect(canApply(run(...events), E.remind)).toBe(open);
    }
  });

  it('restores a stored snapshot with resolveState and refuses another machine version', () => {
    const stored = JSON.parse(JSON.stringify(run(E.dispatch, E.accept))) as StoredTicketMachine;
    expect(restoreTicket(stored).can(E.feedback)).toBe(true);
    expect(() => restoreTicket({ ...stored, machineVersion: TICKET_MACHINE_VERSION + 1 })).toThrow(/cannot be restored/);
  });

  it('has no delayed (after) transitions: deadlines come from outside', () => {
    for (const node of Object.values(ticketMachine.states)) {
      expect(node.after).toEqual([]);
    }
  });

  describe('assisting departments (协办)', () => {
    const H = 'helper';
    const part = (event: string): TicketEvent => ({ type: event, department: H }) as TicketEvent;
    const assisted = (...events: TicketEvent[]) => run({ type: 'DISPATCH', assisting: [H] }, ...events);

    it('opens a part per assisting department at dispatch, and none without', () => {
      expect(assisted().context.assists).toEqual({ [H]: { state: 'requested', overdue: false, escalationLevel: 0, remindersSent: 0 } });
      expect(run(E.dispatch).context.assists).toEqual({});
    });

    it('holds the lead’s feedback until the part is given, declined or late', () => {
      const working = assisted(E.accept);
      expect(canApply(working, E.feedback)).toBe(false);
      expect(canApply(applyTicketEvent(working, part('ASSIST_ACCEPT'))!, E.feedback)).toBe(false);
      expect(canApply(assisted(E.accept, part('ASSIST_ACCEPT'), part('ASSIST_GIVE')), E.feedback)).toBe(true);
      expect(canApply(assisted(E.accept, part('ASSIST_DECLINE')), E.feedback)).toBe(true);
      expect(canApply(assisted(E.accept, part('ASSIST_DEADLINE_PASSED')), E.feedback)).toBe(true);
    });

    it('takes a part through accept → give, and refuses giving before accepting or twice', () => {
      expect(applyTicketEvent(assisted(), part('ASSIST_GIVE'))).toBeNull();
      const given = assisted(part('ASSIST_ACCEPT'), part('ASSIST_GIVE'));
      expect(given.context.assists[H]!.state).toBe('given');
      expect(given.value).toBe('dispatched');
      expect(applyTicketEvent(given, part('ASSIST_GIVE'))).toBeNull();
      expect(applyTicketEvent(given, part('ASSIST_DECLINE'))).toBeNull();
      expect(applyTicketEvent(given, part('ASSIST_DEADLINE_PASSED'))).toBeNull();
    });

    it('knows only the parts it opened', () => {
      expect(applyTicketEvent(assisted(), { type: 'ASSIST_ACCEPT', department: 'stranger' })).toBeNull();
      expect(applyTicketEvent(run(E.dispatch), part('ASSIST_ACCEPT'))).toBeNull();
    });

    it('runs a part’s deadline like any other: late once, reminders only before, escalation level by level', () => {
      const open = assisted(E.accept);
      expect(canApply(open, part('ASSIST_REMINDER_DUE'))).toBe(true);
      expect(applyTicketEvent(open, { type: 'ASSIST_ESCALATE', department: H, level: 1 })).toBeNull();
      let late = applyTicketEvent(open, part('ASSIST_DEADLINE_PASSED'))!;
      expect(late.context.assists[H]!.overdue).toBe(true);
      expect(late.context.overdue).toBe(false);
      expect(applyTicketEvent(late, part('ASSIST_DEADLINE_PASSED'))).toBeNull();
      expect(canApply(late, part('ASSIST_REMINDER_DUE'))).toBe(false);
      expect(applyTicketEvent(late, { type: 'ASSIST_ESCALATE', department: H, level: 2 })).toBeNull();
      for (const level of [1, 2, 3] as const) {
        late = applyTicketEvent(late, { type: 'ASSIST_ESCALATE', department: H, level })!;
        expect(late.context.assists[H]!.escalationLevel).toBe(level);
      }
      // A late contribution is still taken.
      expect(applyTicketEvent(applyTicketEvent(late, part('ASSIST_ACCEPT'))!, part('ASSIST_GIVE'))!.context.assists[H]!.state).toBe('given');
    });

    it('lets the committee add departments while the lead has the order, each once', () => {
      const added = applyTicketEvent(run(E.dispatch, E.accept), { type: 'ADD_ASSIST', departments: [H] })!;
      expect(added.context.assists[H]!.state).toBe('requested');
      expect(canApply(added, E.feedback)).toBe(false);
      expect(applyTicketEvent(added, { type: 'ADD_ASSIST', departments: [H] })).toBeNull();
      expect(applyTicketEvent(run(E.dispatch), { type: 'ADD_ASSIST', departments: [] })).toBeNull();
      expect(applyTicketEvent(run(...inState.feedback_given), { type: 'ADD_ASSIST', departments: [H] })).toBeNull();
      expect(applyTicketEvent(run(), { type: 'ADD_ASSIST', departments: [H] })).toBeNull();
    });

    it('lets the lead ask for help only while it works on the order', () => {
      expect(applyTicketEvent(run(E.dispatch, E.accept), { type: 'ASK_ASSIST' })!.context.assistAsks).toBe(1);
      expect(applyTicketEvent(run(E.dispatch), { type: 'ASK_ASSIST' })).toBeNull();
    });

    it('ends every part when the lead returns the order (退单 returns the whole order)', () => {
      const returned = assisted(part('ASSIST_ACCEPT'), E.return);
      expect(returned.value).toBe('returned');
      expect(returned.context.assists).toEqual({});
      expect(applyTicketEvent(returned, part('ASSIST_GIVE'))).toBeNull();
    });

    it('stops the parts once the feedback is given', () => {
      const answered = assisted(E.accept, part('ASSIST_DEADLINE_PASSED'), E.feedback);
      expect(answered.value).toBe('feedback_given');
      expect(applyTicketEvent(answered, part('ASSIST_ACCEPT'))).toBeNull();
      expect(applyTicketEvent(answered, { type: 'ASSIST_ESCALATE', department: H, level: 1 })).toBeNull();
    });

    it('adds departments only when none of them assists already', () => {
      const working = run({ type: 'DISPATCH', assisting: [H] }, E.accept);
      expect(applyTicketEvent(working, { type: 'ADD_ASSIST', departments: ['newcomer', H] })).toBeNull();
      expect(applyTicketEvent(working, { type: 'ADD_ASSIST', departments: [H, 'newcomer'] })).toBeNull();
      expect(Object.keys(applyTicketEvent(working, { type: 'ADD_ASSIST', departments: ['newcomer', 'another'] })!.context.assists)).toEqual([H, 'newcomer', 'another']);
    });

    it('counts the reminders sent for a part', () => {
      const reminded = assisted(E.accept, part('ASSIST_REMINDER_DUE'), part('ASSIST_REMINDER_DUE'));
      expect(reminded.context.assists[H]!.remindersSent).toBe(2);
      expect(reminded.context.remindersSent).toBe(0);
    });
  });

  it('counts the committee’s chasing (催办) and the reminders sent, in every open stage', () => {
    for (const state of ['placed', 'dispatched', 'in_progress', 'rectifying'] as const) {
      const chased = run(...inState[state], E.remind, E.remind);
      expect([state, chased.context.chaseCount]).toEqual([state, 2]);
    }
    const reminded = run(E.dispatch, E.accept, E.reminder, E.reminder, E.reminder);
    expect(reminded.context.remindersSent).toBe(3);
    expect(reminded.context.chaseCount).toBe(0);
  });

  it('ends in closed and withdrawn as final states: the machine is done', () => {
    expect(restoreTicket(run(...inState.closed)).status).toBe('done');
    expect(restoreTicket(run(...inState.withdrawn)).status).toBe('done');
    expect(restoreTicket(run(...inState.feedback_given)).status).toBe('active');
  });
});
