import { jest } from '@jest/globals';
import { TICK_JOB, tickJobId, tickOf, TimerEntity, TimersService } from '@whistle/deadlines';
import { TicketsService } from '@whistle/tickets';
import { Queue } from 'bullmq';
import { TimerDrain } from '../apps/worker/src/timer.drain.js';
import { TimerReconciler } from '../apps/worker/src/timer.reconciler.js';
import { DataSource, In } from 'typeorm';
import { type Client, eventually, type Org, place, rebind, seedOrganisation, type TestApp, TestStack, timeline } from './harness.js';

/** A month in seconds: the feedback deadline is 6 s after the first dispatch. */
const SLA = {
  SLA_FEEDBACK: 'PT6S',
  SLA_REMIND_BEFORE: 'PT4S,PT2S',
  SLA_ESCALATE_AFTER: 'PT0S,PT2S,PT4S',
  SLA_RATE: 'PT3S',
};

interface TimelineEvent {
  seq: number;
  type: string;
  actorRole: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

describe(`deadlines, reminders and escalation (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create(SLA);
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const events = async (ticketId: string): Promise<TimelineEvent[]> =>
    (await org.dispatcher.get(`/api/tickets/${ticketId}/events`).expect(200)).body;
  const noticesFor = async (client: Client, ticketId: string, type: string) =>
    (await client.inbox()).filter((n) => n.ticketId === ticketId && n.type === type);

  async function inProgress(department = org.ids.fin, staff = org.finStaff): Promise<string> {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: department, priority: 'urgent' }).expect(200);
    await staff.post(`/api/tickets/${ticket.id}/accept`).expect(200);
    return ticket.id;
  }

  it('reminds before a missed feedback deadline, then escalates to levels 1, 2 and 3, each once, to the right people', async () => {
    const id = await inProgress();
    const done = await eventually(
      async () => {
        const all = await events(id);
        return all.filter((e) => e.type === 'escalated').length === 3 && all;
      },
      25_000,
      'escalation level 3',
    );
    // Give any duplicate a chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const all = await events(id);
    expect(all.map((e) => e.type)).toEqual([
      'placed', 'dispatched', 'accepted', 'reminder_sent', 'reminder_sent', 'deadline_passed', 'escalated', 'escalated', 'escalated',
    ]);
    expect(done.length).toBe(all.length);
    const system = all.slice(3);
    expect(system.every((e) => e.actorRole === 'system' && e.actorId === null)).toBe(true);
    expect(system.filter((e) => e.type === 'escalated').map((e) => e.payload.level)).toEqual([1, 2, 3]);
    expect(all.find((e) => e.type === 'deadline_passed')!.payload).toMatchObject({ deadline: 'feedback' });

    const ticket = (await org.dispatcher.get(`/api/tickets/${id}`).expect(200)).body;
    expect(ticket).toMatchObject({ state: 'in_progress', overdue: true, escalationLevel: 3 });

    expect(await noticesFor(org.finStaff, id, 'deadline.reminder')).toHaveLength(2);
    expect(await noticesFor(org.finLeader, id, 'ticket.escalated')).toHaveLength(1); // level 1: the leader in charge
    expect(await noticesFor(org.dispatcher, id, 'ticket.escalated')).toHaveLength(1); // level 2: the chain committee
    expect(await noticesFor(org.supervisor, id, 'ticket.escalated')).toHaveLength(1); // level 3: supervisors
    expect(await noticesFor(org.otherSupervisor, id, 'ticket.escalated')).toHaveLength(0);
    expect(await noticesFor(org.hrLeader, id, 'ticket.escalated')).toHaveLength(0);

    // Late feedback is recorded as such and ends the lateness.
    const late = (await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '迟到的反馈' }).expect(200)).body;
    expect(late).toMatchObject({ state: 'feedback_given', overdue: false, escalationLevel: 0, feedback: { onTime: false } });
  });

  it('closes a ticket the enterprise does not rate within SLA_RATE', async () => {
    const id = await inProgress(org.ids.hr, org.hrStaff);
    await org.hrStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '已解决' }).expect(200);
    const closed = await eventually(async () => {
      const t = (await org.acme.get(`/api/tickets/${id}`).expect(200)).body;
      return t.state === 'closed' && t;
    }, 15_000, 'auto-close');
    expect(closed).toMatchObject({ rating: null, availableActions: [] });
    expect((await timeline(org.acme, id)).slice(-2)).toEqual(['feedback_given', 'closed_unrated']);
    expect(await noticesFor(org.acme, id, 'ticket.closed')).toHaveLength(1);
    expect(await noticesFor(org.hrStaff, id, 'ticket.closed')).toHaveLength(1);
    // The feedback deadline's timers were cancelled when the feedback came: nothing escalated.
    expect(await timeline(org.acme, id)).not.toContain('escalated');
  });

  it('does nothing when a timer fires for a ticket that moved on', async () => {
    const id = await inProgress();
    await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '及时反馈' }).expect(200);
    await org.acme.post(`/api/tickets/${id}/rate`, { score: 5 }).expect(200);
    // The reminders (2 s, 4 s) and the deadline (6 s) would have fired by now.
    await new Promise((resolve) => setTimeout(resolve, 7000));
    expect(await timeline(org.acme, id)).toEqual(['placed', 'dispatched', 'accepted', 'feedback_given', 'rated']);
    const statuses = await app.get(DataSource).query(`SELECT status, count(*)::int AS n FROM timers WHERE ticket_id = $1 GROUP BY status`, [id]);
    expect(statuses.find((s: { status: string }) => s.status === 'pending')).toBeUndefined();
  });

  it('settles as stale, at firing time, a timer still pending for a ticket that moved on (one by one and in a batch)', async () => {
    // A worker leased the tickets' first reminders; then each ticket was closed, which cancelled
    // its timers. The worker read them as pending before that: the rows are put back as it saw
    // them, so that only the check at firing time (does the event still apply?) stands between
    // them and a reminder of a closed order.
    const ids = [await inProgress(), await inProgress()];
    const timers = app.get(DataSource).getRepository(TimerEntity);
    const leased = (await leasedReminders(ids)).filter((timer, i, all) => all.findIndex((t) => t.ticketId === timer.ticketId) === i);
    for (const id of ids) {
      await org.finStaff.post(`/api/tickets/${id}/feedback`, { result: 'resolved', content: '及时反馈' }).expect(200);
      await org.acme.post(`/api/tickets/${id}/rate`, { score: 5 }).expect(200);
    }
    await timers.query(`UPDATE timers SET status = 'pending', settled_at = NULL WHERE id = ANY($1::bigint[])`, [leased.map((t) => t.id)]);
    const tickets = app.get(TicketsService);
    expect(await tickets.fireTimer(leased[0]!.id)).toBe('stale');
    expect(await tickets.fireTimers([leased[1]!])).toEqual({ fired: 0, stale: 1, rest: [] });
    for (const timer of leased) {
      expect(await timeline(org.acme, timer.ticketId!)).toEqual(['placed', 'dispatched', 'accepted', 'feedback_given', 'rated']);
      expect(await timers.findOneByOrFail({ id: timer.id })).toMatchObject({ status: 'stale' });
    }
  });

  /** Makes the drain fire every timer one by one (fireTimer), as it does what a batch leaves or fails. */
  const oneByOne = (tickets: TicketsService) => jest.spyOn(tickets, 'fireTimers').mockImplementation(async (batch) => ({ fired: 0, stale: 0, rest: batch }));
  /**
   * The tickets' pending reminders, earliest first, once the first of each is due. The test
   * fires those itself, as the worker that leased them: they are leased for a minute, so the
   * drain leaves them alone.
   */
  async function leasedReminders(ids: string[]): Promise<TimerEntity[]> {
    const timers = app.get(DataSource).getRepository(TimerEntity);
    const pending = await timers.find({ where: { ticketId: In(ids), kind: 'reminder', status: 'pending' }, order: { dueAt: 'ASC', id: 'ASC' } });
    const firsts = ids.map((id) => pending.find((timer) => timer.ticketId === id)!);
    await timers.query(`UPDATE timers SET leased_until = now() + interval '1 minute' WHERE id = ANY($1::bigint[])`, [firsts.map((t) => t.id)]);
    const due = Math.max(...firsts.map((timer) => timer.dueAt.getTime()));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now() + 50)));
    return pending;
  }

  it('fires the timers of many tickets in one batch, each as it would fire alone', async () => {
    const ids = [await inProgress(), await inProgress(org.ids.hr, org.hrStaff), await inProgress()];
    const reminders = await leasedReminders(ids);
    const batch = ids.map((id) => reminders.find((timer) => timer.ticketId === id)!);
    expect(await app.get(TicketsService).fireTimers(batch)).toEqual({ fired: 3, stale: 0, rest: [] });
    for (const [i, id] of ids.entries()) {
      const all = await events(id);
      expect(all.map((e) => e.type)).toEqual(['placed', 'dispatched', 'accepted', 'reminder_sent']);
      expect(all[3]).toMatchObject({ actorRole: 'system', actorId: null, payload: { timerId: batch[i]!.id, dueAt: batch[i]!.dueAt.toISOString() } });
      expect((await org.supervisor.get(`/api/tickets/${id}/events/verify`).expect(200)).body).toMatchObject({ intact: true, events: 4 });
      const staff = i === 1 ? org.hrStaff : org.finStaff;
      expect(await noticesFor(staff, id, 'deadline.reminder')).toHaveLength(1);
    }
    const statuses = await app.get(DataSource).query(`SELECT status FROM timers WHERE id = ANY($1::bigint[])`, [batch.map((t) => t.id)]);
    expect(statuses.map((row: { status: string }) => row.status)).toEqual(['fired', 'fired', 'fired']);
    // The rest of their timers are still pending, and fire in their turn: level 3 for all three.
    await eventually(async () => {
      for (const id of ids) if ((await events(id)).filter((e) => e.type === 'escalated').length < 3) return false;
      return true;
    }, 25_000, 'the three escalations of each ticket');
    for (const id of ids) {
      expect((await events(id)).map((e) => e.type)).toEqual([
        'placed', 'dispatched', 'accepted', 'reminder_sent', 'reminder_sent', 'deadline_passed', 'escalated', 'escalated', 'escalated',
      ]);
      expect((await org.supervisor.get(`/api/tickets/${id}/events/verify`).expect(200)).body).toMatchObject({ intact: true, events: 9 });
    }
    // The escalations at the department's stage count against it on the scoreboard's ledger.
    const [ledger] = await app.get(DataSource).query(
      `SELECT sum(escalations_1)::int AS e1, sum(escalations_2)::int AS e2, sum(escalations_3)::int AS e3, bool_and(feedback_missed) AS missed
         FROM ticket_assignments WHERE ticket_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(ledger).toEqual({ e1: 3, e2: 3, e3: 3, missed: true });
  });

  it('leaves to one-by-one firing a second timer of a ticket in the batch, and a timer already settled', async () => {
    const id = await inProgress();
    const [first, second] = await leasedReminders([id]);
    const tickets = app.get(TicketsService);
    const outcome = await tickets.fireTimers([first!, second!]);
    expect(outcome).toMatchObject({ fired: 1, stale: 0 });
    expect(outcome.rest.map((t) => t.id)).toEqual([second!.id]);
    // Fired already: a batch that meets it again leaves it, and fireTimer finds it settled.
    const again = await tickets.fireTimers([first!]);
    expect(again.rest.map((t) => t.id)).toEqual([first!.id]);
    expect(await tickets.fireTimer(first!.id)).toBe('settled');
    expect((await timeline(org.dispatcher, id)).filter((t) => t === 'reminder_sent')).toHaveLength(1);
  });

  (TestStack.mode === 'postgres' ? it : it.skip)('leaves to one-by-one firing a ticket another transaction holds, without waiting for it', async () => {
    // Postgres only: the embedded database is one session, so a held transaction holds every connection.
    const [held, free] = [await inProgress(), await inProgress()];
    const reminders = await leasedReminders([held, free]);
    const runner = app.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT id FROM tickets WHERE id = $1 FOR UPDATE`, [held]);
      const batch = [held, free].map((id) => reminders.find((t) => t.ticketId === id)!);
      const outcome = await app.get(TicketsService).fireTimers(batch);
      expect(outcome).toMatchObject({ fired: 1, stale: 0 });
      expect(outcome.rest.map((t) => t.ticketId)).toEqual([held]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await timeline(org.dispatcher, free)).toContain('reminder_sent');
    expect(await timeline(org.dispatcher, held)).not.toContain('reminder_sent');
  });

  it('leaves due timers another worker holds to it, with a tick at its lease\'s end; workers leasing at once take disjoint batches', async () => {
    const ids = [await inProgress(), await inProgress(), await inProgress(), await inProgress()];
    const reminders = await leasedReminders(ids); // the first of each, due now, leased for a minute elsewhere
    const firsts = ids.map((id) => reminders.find((timer) => timer.ticketId === id)!.id);
    const db = app.get(DataSource);
    const [{ until }] = (await db.query(`SELECT max(leased_until) AS until FROM timers WHERE id = ANY($1::bigint[])`, [firsts])) as [{ until: Date }];
    const queue = new Queue('deadlines', { prefix: stack.env.QUEUE_PREFIX, connection: { url: stack.env.REDIS_URL! } });
    try {
      await app.get(TimerDrain).drain();
      const pending = (await db.query(`SELECT count(*)::int AS n FROM timers WHERE id = ANY($1::bigint[]) AND status = 'pending'`, [firsts])) as [{ n: number }];
      expect(pending[0].n).toBe(4);
      // Should that worker die, the alarm rings when its lease runs out: the drain arms a tick
      // for the earliest lease held on a due timer (an earlier test's, if one is still held).
      const [{ earliest }] = (await db.query(
        `SELECT min(leased_until) AS earliest FROM timers WHERE status = 'pending' AND due_at <= now() AND leased_until >= now()`,
      )) as [{ earliest: Date }];
      expect(earliest.getTime()).toBeLessThanOrEqual(until.getTime());
      expect(await queue.getJob(tickJobId(tickOf(earliest.getTime())))).toMatchObject({ name: TICK_JOB });
    } finally {
      await queue.close();
    }

    // Once that lease has run out, two workers lease at once, two timers each: disjoint batches
    // of the four earliest due (ours, or an earlier test's still leased). Asked as of the lease's
    // end, so that this app's own worker, living now, keeps off them.
    const after = new Date(until.getTime() + 1);
    const eligible = (await db.query(
      `SELECT id FROM timers WHERE status = 'pending' AND due_at <= $1 AND (leased_until IS NULL OR leased_until < $1) ORDER BY due_at, id LIMIT 4`,
      [after],
    )) as { id: string }[];
    expect(eligible).toHaveLength(4);
    const timers = app.get(TimersService);
    const leaseUntil = new Date(after.getTime() + 60_000);
    const [a, b] = await Promise.all([timers.lease(after, leaseUntil, 2), timers.lease(after, leaseUntil, 2)]);
    expect(a).toHaveLength(2);
    expect(b).toHaveLength(2);
    expect([...a, ...b].map((timer) => timer.id).sort()).toEqual(eligible.map((row) => row.id).sort());
    if (TestStack.mode === 'postgres') {
      // While another worker's lease is still in flight (its rows locked, not committed), a lease
      // takes the timers it does not hold, without waiting for it. (The embedded database is one
      // session: a transaction held open would hold every connection.)
      await timers.release([...a, ...b].map((timer) => timer.id));
      const other = db.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        const held = eligible.slice(0, 2).map((row) => row.id);
        await other.query(`SELECT id FROM timers WHERE id = ANY($1::bigint[]) FOR UPDATE`, [held]);
        const rest = await timers.lease(after, leaseUntil, 2);
        expect(rest.map((timer) => timer.id).sort()).toEqual(eligible.slice(2).map((row) => row.id).sort());
      } finally {
        await other.rollbackTransaction();
        await other.release();
      }
    }
    // Given back, they fire in their turn, each once.
    await timers.release([...firsts, ...a.map((timer) => timer.id), ...b.map((timer) => timer.id)]);
    await eventually(async () => {
      for (const id of ids) if ((await events(id)).filter((e) => e.type === 'reminder_sent').length < 2) return false;
      return true;
    }, 25_000, 'both reminders of the four tickets');
    const fired = (await db.query(`SELECT count(*)::int AS n FROM timers WHERE id = ANY($1::bigint[]) AND status = 'fired'`, [firsts])) as [{ n: number }];
    expect(fired[0].n).toBe(4);
  });

  it('fires one by one the timers of a batch that failed, and each effect lands once', async () => {
    const tickets = app.get(TicketsService);
    const id = await inProgress();
    const original = tickets.fireTimers.bind(tickets);
    let failures = 0;
    const batchSpy = jest.spyOn(tickets, 'fireTimers').mockImplementation(async (batch) => {
      if (batch.some((timer) => timer.ticketId === id) && failures++ === 0) throw new Error('injected failure');
      return original(batch);
    });
    const single = jest.spyOn(tickets, 'fireTimer');
    try {
      await eventually(async () => (await timeline(org.dispatcher, id)).includes('reminder_sent'), 10_000, 'the first reminder');
      expect(failures).toBeGreaterThanOrEqual(1);
      const [fired] = await app.get(DataSource).query(`SELECT id FROM timers WHERE ticket_id = $1 AND status = 'fired'`, [id]);
      expect(single.mock.calls.map(([timerId]) => timerId)).toContain(fired.id);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await timeline(org.dispatcher, id)).filter((t) => t === 'reminder_sent')).toHaveLength(1);
    } finally {
      batchSpy.mockRestore();
      single.mockRestore();
    }
  });

  it('retries a timer job that fails, and its effect lands once', async () => {
    const tickets = app.get(TicketsService);
    const original = tickets.fireTimer.bind(tickets);
    const batches = oneByOne(tickets);
    const id = await inProgress();
    const attempts: string[] = [];
    const spy = jest.spyOn(tickets, 'fireTimer').mockImplementation(async (timerId: string) => {
      const [row] = await app.get(DataSource).query(`SELECT ticket_id, kind FROM timers WHERE id = $1`, [timerId]);
      if (row?.ticket_id === id && row.kind === 'deadline') {
        attempts.push(timerId);
        if (attempts.length === 1) throw new Error('injected failure');
      }
      return original(timerId);
    });
    try {
      await eventually(async () => (await timeline(org.dispatcher, id)).includes('deadline_passed'), 20_000, 'the retried deadline');
      expect(attempts.length).toBeGreaterThanOrEqual(2);
      expect(new Set(attempts).size).toBe(1);
      expect((await timeline(org.dispatcher, id)).filter((t) => t === 'deadline_passed')).toHaveLength(1);
    } finally {
      spy.mockRestore();
      batches.mockRestore();
    }
  });

  it('fires, at the next sweep, a timer whose tick used up all its attempts', async () => {
    const tickets = app.get(TicketsService);
    const original = tickets.fireTimer.bind(tickets);
    const batches = oneByOne(tickets);
    const id = await inProgress();
    const [timer] = await app.get(DataSource).query(`SELECT id, due_at AS "dueAt" FROM timers WHERE ticket_id = $1 AND kind = 'deadline' AND status = 'pending'`, [id]);
    let failing = true;
    const spy = jest.spyOn(tickets, 'fireTimer').mockImplementation(async (timerId: string) => {
      if (timerId === timer.id && failing) throw new Error('injected failure');
      return original(timerId);
    });
    const queue = new Queue('deadlines', { prefix: stack.env.QUEUE_PREFIX, connection: { url: stack.env.REDIS_URL! } });
    try {
      // The deadline's tick, given a single attempt: it fails for good, and is kept to be seen.
      const tick = tickOf((timer.dueAt as Date).getTime());
      const jobId = tickJobId(tick);
      await queue.remove(jobId);
      await queue.add(TICK_JOB, { at: new Date(tick).toISOString() }, { jobId, attempts: 1, delay: Math.max(0, tick - Date.now()) });
      await eventually(async () => (await queue.getJobState(jobId)) === 'failed', 15_000, 'the tick to fail for good');
      const [row] = await app.get(DataSource).query(`SELECT status, leased_until FROM timers WHERE id = $1`, [timer.id]);
      expect(row).toEqual({ status: 'pending', leased_until: null }); // given back for the next alarm
      failing = false;
      await app.get(TimerReconciler).run();
      await eventually(async () => (await timeline(org.dispatcher, id)).includes('deadline_passed'), 10_000, 'the deadline, fired by the sweep');
      expect((await timeline(org.dispatcher, id)).filter((t) => t === 'deadline_passed')).toHaveLength(1);
    } finally {
      spy.mockRestore();
      batches.mockRestore();
      await queue.close();
    }
  });

  it('fires a job armed for one timer by the version before ticks, once', async () => {
    const id = await inProgress();
    const [timer] = await app.get(DataSource).query(`SELECT id FROM timers WHERE ticket_id = $1 AND kind = 'deadline' AND status = 'pending'`, [id]);
    const queue = new Queue('deadlines', { prefix: stack.env.QUEUE_PREFIX, connection: { url: stack.env.REDIS_URL! } });
    try {
      // Such a job fires its timer when it comes, here at once, 6 s before the deadline's tick.
      await queue.add('deadline', { timerId: timer.id, ticketId: id }, { jobId: `deadline-${id}-t${timer.id}` });
      await eventually(async () => (await timeline(org.dispatcher, id)).includes('deadline_passed'), 4_000, 'the old-style job');
      await new Promise((resolve) => setTimeout(resolve, 6500)); // the tick comes, finds it settled
      expect((await timeline(org.dispatcher, id)).filter((t) => t === 'deadline_passed')).toHaveLength(1);
    } finally {
      await queue.close();
    }
  });

  /** Restarts the app while `id` has timers pending; `betweenRuns` runs while it is down. */
  async function restartAndCount(id: string, betweenRuns: () => Promise<void>): Promise<string[]> {
    await app.close();
    await betweenRuns();
    app = await stack.start();
    org = rebind(org, app);
    const types = async () =>
      ((await org.dispatcher.get(`/api/tickets/${id}/events`).expect(200)).body as TimelineEvent[]).map((e) => e.type);
    await eventually(async () => (await types()).filter((t) => t === 'escalated').length === 3, 25_000, 'escalation after restart');
    // Give any duplicate a chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return types();
  }

  it('fires a pending timer once after the process restarts', async () => {
    const id = await inProgress();
    const types = await restartAndCount(id, () => new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(types.filter((t) => t === 'deadline_passed')).toHaveLength(1);
    expect(types.filter((t) => t === 'escalated')).toHaveLength(3);
    expect(types.filter((t) => t === 'reminder_sent')).toHaveLength(2);
  });

  it('re-arms at start the timers Redis lost while the process was down, and fires each once', async () => {
    const id = await inProgress();
    const types = await restartAndCount(id, () => stack.forgetQueue());
    expect(types.filter((t) => t === 'deadline_passed')).toHaveLength(1);
    expect(types.filter((t) => t === 'escalated')).toHaveLength(3);
    expect(types.filter((t) => t === 'reminder_sent')).toHaveLength(2);
  });
});
