import {
  applyRectificationEvent,
  RECTIFICATION_MACHINE_VERSION,
  rectificationMachine,
  type RectificationEvent,
  type RectificationState,
  startRectification,
  type StoredRectification,
} from './rectification.machine.js';

const E = {
  report: { type: 'REPORT' },
  signOff: { type: 'SIGN_OFF' },
  reject: { type: 'REJECT' },
  late: { type: 'DEADLINE_PASSED' },
  reminder: { type: 'REMINDER_DUE' },
  escalate: (level: 1 | 2 | 3): RectificationEvent => ({ type: 'ESCALATE', level }),
} satisfies Record<string, RectificationEvent | ((level: 1 | 2 | 3) => RectificationEvent)>;

function run(...events: RectificationEvent[]): StoredRectification {
  return events.reduce((stored, event) => {
    const next = applyRectificationEvent(stored, event);
    if (!next) throw new Error(`${event.type} refused in ${stored.value}`);
    return next;
  }, startRectification());
}

const ALL: RectificationEvent[] = [E.report, E.signOff, E.reject, E.late, E.reminder, E.escalate(1), E.escalate(2), E.escalate(3)];
const inState: Record<RectificationState, RectificationEvent[]> = { open: [], reported: [E.report], signed_off: [E.report, E.signOff] };

describe('rectification machine', () => {
  it('starts open, on time, not escalated, never sent back, with the current machine version', () => {
    expect(startRectification()).toEqual({
      machineVersion: RECTIFICATION_MACHINE_VERSION,
      value: 'open',
      context: { overdue: false, escalationLevel: 0, rejections: 0, remindersSent: 0 },
    });
  });

  it.each<[RectificationState, RectificationEvent[]]>([
    ['open', [E.report, E.late, E.reminder]],
    ['reported', [E.signOff, E.reject]],
    ['signed_off', []],
  ])('in %s accepts exactly %j', (state, accepted) => {
    const stored = run(...inState[state]);
    expect(ALL.filter((event) => applyRectificationEvent(stored, event) !== null)).toEqual(accepted);
  });

  it('is signed off after a report, or sent back open under the same deadline, counting the rejections', () => {
    expect(run(E.report, E.signOff).value).toBe('signed_off');
    const back = run(E.report, E.reject);
    expect(back).toMatchObject({ value: 'open', context: { rejections: 1, overdue: false } });
    expect(run(E.report, E.reject, E.report, E.reject).context.rejections).toBe(2);
    expect(run(E.report, E.reject, E.report, E.signOff).value).toBe('signed_off');
  });

  it('counts reminders only while on time', () => {
    expect(run(E.reminder, E.reminder).context.remindersSent).toBe(2);
    const late = run(E.late);
    expect(late.context).toEqual({ overdue: true, escalationLevel: 0, rejections: 0, remindersSent: 0 });
    expect(applyRectificationEvent(late, E.reminder)).toBeNull();
    expect(applyRectificationEvent(late, E.late)).toBeNull();
  });

  it('escalates once overdue, one level at a time and in order', () => {
    expect(applyRectificationEvent(startRectification(), E.escalate(1))).toBeNull();
    const late = run(E.late);
    expect(applyRectificationEvent(late, E.escalate(2))).toBeNull();
    const first = run(E.late, E.escalate(1));
    expect(first.context.escalationLevel).toBe(1);
    expect(applyRectificationEvent(first, E.escalate(1))).toBeNull();
    expect(applyRectificationEvent(first, E.escalate(3))).toBeNull();
    expect(run(E.late, E.escalate(1), E.escalate(2), E.escalate(3)).context.escalationLevel).toBe(3);
  });

  it('takes a late report, which ends the escalation: a reported order is not escalated', () => {
    const reported = run(E.late, E.escalate(1), E.report);
    expect(reported).toMatchObject({ value: 'reported', context: { overdue: true, escalationLevel: 1 } });
    expect(applyRectificationEvent(reported, E.escalate(2))).toBeNull();
  });

  it('refuses to restore an order stored by another machine version', () => {
    expect(() => applyRectificationEvent({ ...startRectification(), machineVersion: RECTIFICATION_MACHINE_VERSION + 1 }, E.report)).toThrow(
      `rectification machine version ${RECTIFICATION_MACHINE_VERSION + 1} cannot be restored by version ${RECTIFICATION_MACHINE_VERSION}`,
    );
  });

  it('leaves the stored order it was given untouched', () => {
    const stored = startRectification();
    const copy = structuredClone(stored);
    run(E.late);
    applyRectificationEvent(stored, E.late);
    expect(stored).toEqual(copy);
  });

  it('ends signed off as its final state: the machine is done', () => {
    const status = ({ value, context }: StoredRectification) => rectificationMachine.resolveState({ value, context }).status;
    expect(status(run(E.report, E.signOff))).toBe('done');
    expect(status(run(E.report))).toBe('active');
  });
});
