import type { components } from '@/api/schema';

export type SpecialDay = components['schemas']['SpecialDayView'];
export type CalendarDay = components['schemas']['CalendarDayDto'];
export type DayKind = CalendarDay['kind'];

/** The overrides of a year as PUT /api/calendar/:year takes them (the official days are not sent). */
export function overridesOf(days: SpecialDay[]): CalendarDay[] {
  return days
    .filter((day) => day.source === 'override')
    .map((day) => (day.name ? { date: day.date, kind: day.kind, name: day.name } : { date: day.date, kind: day.kind }));
}

/** Adds a day, or replaces the override already on that date; kept in date order. */
export function upsertOverride(days: CalendarDay[], day: CalendarDay): CalendarDay[] {
  const name = day.name?.trim();
  const next: CalendarDay = name ? { date: day.date, kind: day.kind, name } : { date: day.date, kind: day.kind };
  return [...days.filter((d) => d.date !== day.date), next].sort((a, b) => a.date.localeCompare(b.date));
}

export function removeOverride(days: CalendarDay[], date: string): CalendarDay[] {
  return days.filter((d) => d.date !== date);
}

/** Whether the draft differs from what the server holds. */
export function sameOverrides(a: CalendarDay[], b: CalendarDay[]): boolean {
  const key = (days: CalendarDay[]) => JSON.stringify([...days].sort((x, y) => x.date.localeCompare(y.date)).map((d) => [d.date, d.kind, d.name ?? '']));
  return key(a) === key(b);
}

export interface DayMark {
  kind: DayKind;
  name: string | null;
  source: 'official' | 'override';
}

/**
 * What each special day of the year is, with the draft overrides over the official days (an
 * override the server already holds hides the official day of that date until it is removed and
 * saved: the API sends one entry per date).
 */
export function dayMarks(days: SpecialDay[], draft: CalendarDay[]): Map<string, DayMark> {
  const marks = new Map<string, DayMark>();
  for (const day of days) if (day.source === 'official') marks.set(day.date, { kind: day.kind, name: day.name, source: 'official' });
  for (const day of draft) marks.set(day.date, { kind: day.kind, name: day.name ?? null, source: 'override' });
  return marks;
}

/** `YYYY-MM-DD` is a Saturday or Sunday (the date itself, whatever the browser's zone). */
export function isWeekend(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

/** Whether people work that day: 调休 workdays yes, holidays no, otherwise Monday to Friday. */
export function isWorkingDay(date: string, marks: Map<string, DayMark>): boolean {
  const mark = marks.get(date);
  if (mark) return mark.kind === 'workday';
  return !isWeekend(date);
}

/** The dates of a year, `YYYY-MM-DD`. */
export function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    dates.push(d.toISOString().slice(0, 10));
  }
  return dates;
}

export function workingDaysIn(year: number, marks: Map<string, DayMark>): number {
  return datesOf(year).filter((date) => isWorkingDay(date, marks)).length;
}
