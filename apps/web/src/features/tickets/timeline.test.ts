import { describe, expect, it } from 'vitest';
import { eventDetails } from './timeline';

const details = (type: string, payload: Record<string, unknown>) => eventDetails({ type, payload: payload as never });

describe('eventDetails: a timeline entry in words', () => {
  it('words a return with its coded reason, its note and the department that returned it', () => {
    expect(details('returned', { reason: 'not_our_area', note: '地块不在本辖区', departmentId: 'd1' })).toEqual([
      { label: 'tickets.detail.returnedBy', value: { kind: 'department', id: 'd1' } },
      { label: 'tickets.field.returnReason', value: { kind: 'message', key: 'returnReason.not_our_area' } },
      { label: 'tickets.field.note', value: { kind: 'text', text: '地块不在本辖区' } },
    ]);
  });

  it('words a withdrawal’s reason as the enterprise wrote it', () => {
    expect(details('withdrawn', { reason: '已自行解决' })).toEqual([{ label: 'tickets.field.reason', value: { kind: 'text', text: '已自行解决' } }]);
  });

  it('words a dispatch: department, leader, priority, deadlines, and whether it is a re-dispatch', () => {
    const d = details('dispatched', { departmentId: 'd', leaderUserId: 'u', priority: 'urgent', acceptBy: 'A', feedbackBy: 'F', redispatch: true, note: ' ' });
    expect(d.map((x) => x.label)).toEqual(['tickets.field.department', 'tickets.field.leader', 'tickets.field.priority', 'tickets.detail.round', 'deadline.accept', 'deadline.feedback']);
    expect(d[3].value).toEqual({ kind: 'message', key: 'tickets.round.redispatch' });
  });

  it('words an extension asked and decided', () => {
    expect(details('extension_requested', { until: '2027-01-20T00:00:00Z', reason: '等待排期', feedbackBy: '2027-01-02T00:00:00Z' })).toEqual([
      { label: 'tickets.detail.until', value: { kind: 'time', at: '2027-01-20T00:00:00Z' } },
      { label: 'tickets.field.reason', value: { kind: 'text', text: '等待排期' } },
      { label: 'tickets.detail.currentFeedbackBy', value: { kind: 'time', at: '2027-01-02T00:00:00Z' } },
    ]);
    expect(details('extension_decided', { approve: false, until: null, previousFeedbackBy: 'P' }).map((x) => x.value)).toEqual([
      { kind: 'message', key: 'tickets.decision.reject' },
      { kind: 'time', at: 'P' },
    ]);
  });

  it('words the question, the answer and how long the clock stood still', () => {
    expect(details('info_requested', { question: '请补充财务报表', feedbackBy: 'F' }).map((x) => x.label)).toEqual(['tickets.field.question', 'tickets.detail.currentFeedbackBy']);
    expect(details('info_provided', { answer: '已上传', pausedMs: 3_600_000, feedbackBy: 'G' })).toEqual([
      { label: 'tickets.field.answer', value: { kind: 'text', text: '已上传' } },
      { label: 'tickets.detail.paused', value: { kind: 'duration', ms: 3_600_000 } },
      { label: 'tickets.detail.newFeedbackBy', value: { kind: 'time', at: 'G' } },
    ]);
  });

  it('words the clock’s events: the deadline missed and the escalation level', () => {
    expect(details('deadline_passed', { deadline: 'feedback' })).toEqual([{ label: 'tickets.detail.deadlineKind', value: { kind: 'message', key: 'deadline.feedback' } }]);
    expect(details('escalated', { level: 2, timerId: 't', dueAt: 'x' })).toEqual([{ label: 'tickets.detail.escalation', value: { kind: 'message', key: 'escalation.level', vars: { level: 2 } } }]);
  });

  it('words a rating, its outcome and a feedback’s timeliness and round', () => {
    expect(details('rated', { score: 2, comment: '没解决', outcome: 'rectify' }).map((x) => x.value)).toEqual([
      { kind: 'message', key: 'tickets.rating.stars', vars: { score: 2 } },
      { kind: 'message', key: 'tickets.outcome.rectify' },
      { kind: 'text', text: '没解决' },
    ]);
    expect(details('feedback_given', { result: 'resolved', content: '已对接银行', onTime: false, round: 'rectification' }).map((x) => x.label)).toEqual([
      'tickets.field.result',
      'tickets.field.content',
      'tickets.detail.timeliness',
      'tickets.detail.round',
    ]);
  });

  it('leaves out the placed order’s own title and description, and unknown fields', () => {
    expect(details('placed', { title: 'T', description: 'D', category: 'financing', enterpriseId: 'e' })).toEqual([
      { label: 'tickets.field.category', value: { kind: 'message', key: 'category.financing' } },
    ]);
    expect(details('something_new', { whatever: 1 })).toEqual([]);
  });
});
