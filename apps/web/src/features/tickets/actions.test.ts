import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { actionBody, actionButtons, isoToPicked, pickedToIso, rectifies } from './actions';

const zone = 'Asia/Shanghai';

describe('actionButtons', () => {
  it('offers exactly the ticket’s availableActions the console knows, in a fixed order', () => {
    expect(actionButtons(['remind', 'dispatch'])).toEqual(['dispatch', 'remind']);
    expect(actionButtons(['withdraw', 'provide-info'])).toEqual(['provide-info', 'withdraw']);
    expect(actionButtons([])).toEqual([]);
    expect(actionButtons(['assist/accept'])).toEqual([]);
  });
});

describe('actionBody: the DTO of each action from its form', () => {
  it('dispatch: leaves out what was not chosen, reads the picked time in the SLA zone', () => {
    expect(actionBody('dispatch', { departmentId: 'd', priority: 'high', category: 'financing', note: '  ' }, zone)).toEqual({ departmentId: 'd', priority: 'high', category: 'financing' });
    const body = actionBody('dispatch', { departmentId: 'd', priority: 'urgent', leaderUserId: 'u', feedbackBy: dayjs('2026-12-20T18:00:00'), note: ' 尽快 ' }, zone);
    expect(body).toEqual({ departmentId: 'd', priority: 'urgent', leaderUserId: 'u', feedbackBy: '2026-12-20T10:00:00.000Z', note: '尽快' });
  });

  it('return, feedback, withdraw, request-info, provide-info: trimmed required text', () => {
    expect(actionBody('return', { reason: 'not_our_function', note: ' 不归我们 ' }, zone)).toEqual({ reason: 'not_our_function', note: '不归我们' });
    expect(actionBody('feedback', { result: 'resolved', content: '已对接' }, zone)).toEqual({ result: 'resolved', content: '已对接' });
    expect(actionBody('withdraw', { reason: '已解决' }, zone)).toEqual({ reason: '已解决' });
    expect(actionBody('request-info', { question: '报表?' }, zone)).toEqual({ question: '报表?' });
    expect(actionBody('provide-info', { answer: '见附件' }, zone)).toEqual({ answer: '见附件' });
  });

  it('rate, accept, remind, decide-extension: optional text left out when empty', () => {
    expect(actionBody('rate', { score: 2 }, zone)).toEqual({ score: 2 });
    expect(actionBody('rate', { score: 5, comment: '很满意' }, zone)).toEqual({ score: 5, comment: '很满意' });
    expect(actionBody('accept', {}, zone)).toEqual({});
    expect(actionBody('remind', { note: '请尽快' }, zone)).toEqual({ note: '请尽快' });
    expect(actionBody('decide-extension', { approve: false }, zone)).toEqual({ approve: false });
    expect(actionBody('decide-extension', { approve: true, note: '同意' }, zone)).toEqual({ approve: true, note: '同意' });
  });

  it('request-extension: until as an instant', () => {
    expect(actionBody('request-extension', { until: dayjs('2027-01-20T08:00:00'), reason: '排期' }, zone)).toEqual({ until: '2027-01-20T00:00:00.000Z', reason: '排期' });
  });
});

describe('picker times in the SLA zone', () => {
  it('round-trips an instant through the picker’s wall clock', () => {
    const iso = '2027-01-02T05:11:00.000Z';
    expect(isoToPicked(iso, zone).format('YYYY-MM-DD HH:mm')).toBe('2027-01-02 13:11');
    expect(pickedToIso(isoToPicked(iso, zone), zone)).toBe(iso);
  });
});

describe('rectifies', () => {
  it('says a score of 1 or 2 sends the order back for rectification (整改)', () => {
    expect([1, 2, 3, 4, 5].map(rectifies)).toEqual([true, true, false, false, false]);
    expect(rectifies(undefined)).toBe(false);
  });
});
