import { describe, expect, it } from 'vitest';
import { AGENDA_SECTIONS, agendaDetail, agendaQuery } from './agenda';

describe('the agenda (半月一碰头)', () => {
  it('takes overdue, escalated, returned twice, rated 1-2, extensions and awaiting information in that order', () => {
    expect(AGENDA_SECTIONS).toEqual(['overdue', 'escalated', 'returnedMoreThanOnce', 'ratedUnsatisfied', 'extensionsPending', 'awaitingInfo']);
  });

  it('reads the rating and its time', () => {
    expect(agendaDetail('ratedUnsatisfied', 'rated 2 at 2026-11-20T08:00:00Z')).toEqual({ kind: 'rated', score: 2, at: '2026-11-20T08:00:00Z' });
  });

  it('reads the date an extension is asked until', () => {
    expect(agendaDetail('extensionsPending', 'until 2026-12-10T16:00:00.000Z')).toEqual({ kind: 'extension', until: '2026-12-10T16:00:00.000Z' });
  });

  it('keeps the enterprise’s question as it is', () => {
    expect(agendaDetail('awaitingInfo', '请提供 2025 年报表 (until when?)')).toEqual({ kind: 'question', text: '请提供 2025 年报表 (until when?)' });
  });

  it('says nothing for sections whose reason is a field of its own, nor for text it does not know', () => {
    expect(agendaDetail('escalated', 'level 2')).toBeNull();
    expect(agendaDetail('returnedMoreThanOnce', '3 returns')).toBeNull();
    expect(agendaDetail('ratedUnsatisfied', 'something else')).toBeNull();
    expect(agendaDetail('overdue', null)).toBeNull();
  });

  it('asks for since and chain only when chosen', () => {
    expect(agendaQuery(null, null)).toEqual({});
    expect(agendaQuery('2026-11-15', 'c1')).toEqual({ since: '2026-11-15', chainId: 'c1' });
  });
});
