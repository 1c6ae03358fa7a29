import { describe, expect, it } from 'vitest';
import { dayMarks, isWeekend, isWorkingDay, overridesOf, removeOverride, sameOverrides, upsertOverride } from './calendar';

const days = [
  { date: '2026-01-01', kind: 'holiday' as const, name: '元旦', source: 'official' as const },
  { date: '2026-01-04', kind: 'workday' as const, name: '元旦', source: 'official' as const },
  { date: '2026-03-02', kind: 'holiday' as const, name: null, source: 'override' as const },
];

describe('the working calendar', () => {
  it('sends back only the overrides, without empty names', () => {
    expect(overridesOf(days)).toEqual([{ date: '2026-03-02', kind: 'holiday' }]);
  });

  it('adds, replaces and removes overrides, in date order', () => {
    let draft = overridesOf(days);
    draft = upsertOverride(draft, { date: '2026-02-01', kind: 'workday', name: ' 补班 ' });
    expect(draft.map((d) => d.date)).toEqual(['2026-02-01', '2026-03-02']);
    expect(draft[0].name).toBe('补班');
    draft = upsertOverride(draft, { date: '2026-03-02', kind: 'workday', name: '' });
    expect(draft).toEqual([
      { date: '2026-02-01', kind: 'workday', name: '补班' },
      { date: '2026-03-02', kind: 'workday' },
    ]);
    expect(removeOverride(draft, '2026-02-01')).toEqual([{ date: '2026-03-02', kind: 'workday' }]);
  });

  it('knows whether the draft changed', () => {
    expect(sameOverrides(overridesOf(days), [{ date: '2026-03-02', kind: 'holiday' }])).toBe(true);
    expect(sameOverrides(overridesOf(days), [{ date: '2026-03-02', kind: 'workday' }])).toBe(false);
    expect(sameOverrides([], [])).toBe(true);
  });

  it('marks the days with the draft over the official ones, and tells working days', () => {
    const marks = dayMarks(days, [{ date: '2026-01-01', kind: 'workday', name: '加班' }]);
    expect(marks.get('2026-01-01')).toEqual({ kind: 'workday', name: '加班', source: 'override' });
    expect(marks.has('2026-03-02')).toBe(false); // removed from the draft
    expect(isWeekend('2026-01-03')).toBe(true); // Saturday
    expect(isWeekend('2026-01-05')).toBe(false);
    expect(isWorkingDay('2026-01-04', marks)).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2026-01-03', marks)).toBe(false);
    expect(isWorkingDay('2026-01-05', marks)).toBe(true);
  });
});

describe('working days of a year', () => {
  it('counts Monday to Friday without marks, and the marks over them', async () => {
    const { datesOf, workingDaysIn } = await import('./calendar');
    expect(datesOf(2028)).toHaveLength(366);
    expect(datesOf(2027)[0]).toBe('2027-01-01');
    expect(workingDaysIn(2027, new Map())).toBe(261);
    const marks = dayMarks([], [
      { date: '2027-01-01', kind: 'holiday' }, // a Friday off
      { date: '2027-01-02', kind: 'workday' }, // a Saturday on
      { date: '2027-01-04', kind: 'workday' }, // a Monday, working anyway
    ]);
    expect(workingDaysIn(2027, marks)).toBe(261);
    expect(workingDaysIn(2027, dayMarks([], [{ date: '2027-01-01', kind: 'holiday' }]))).toBe(260);
  });
});
