import { DateTime } from 'luxon';
import { createRequire } from 'node:module';

export type DayKind = 'workday' | 'holiday';

/** A day whose working status differs from the plain Monday-to-Friday week. */
export interface SpecialDay {
  date: string;
  kind: DayKind;
  name: string | null;
  source: 'official' | 'override';
}

interface OfficialCalendar {
  /** Public holidays: "2026-10-01": "National Day,国庆节,3". */
  holidays: Record<string, string>;
  /** Make-up working days (调休) on weekends. */
  workdays: Record<string, string>;
}

/**
 * The State Council's holiday arrangements, as published by the maintained `chinese-days`
 * package. Only its data file is used: its functions compute in the process's local zone,
 * and our deadlines are counted in SLA_TIMEZONE.
 */
const OFFICIAL = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as OfficialCalendar;
const OFFICIAL_YEARS = new Set([...Object.keys(OFFICIAL.holidays), ...Object.keys(OFFICIAL.workdays)].map((date) => Number(date.slice(0, 4))));

/** "National Day,国庆节,3" → "国庆节". */
const officialName = (entry: string) => entry.split(',')[1] ?? entry;

/**
 * Which days are working days: overrides first (set per year through the API), then the
 * official holidays and make-up working days, then Monday to Friday.
 */
export class WorkingDays {
  constructor(private readonly overrides: ReadonlyMap<string, { kind: DayKind; name: string | null }> = new Map()) {}

  /** Whether the package carries the official arrangements of `year`. */
  static hasOfficialYear(year: number): boolean {
    return OFFICIAL_YEARS.has(year);
  }

  isWorkingDay(date: string): boolean {
    const override = this.overrides.get(date);
    if (override) return override.kind === 'workday';
    if (date in OFFICIAL.holidays) return false;
    if (date in OFFICIAL.workdays) return true;
    return DateTime.fromISO(date, { zone: 'UTC' }).weekday <= 5;
  }

  /**
   * The end (24:00) of the `days`-th working day after the day `from` falls on in `zone`.
   * The day the clock starts is not counted, as in Chinese administrative deadlines
   * (期间开始之日不计算在内): accepted on a Friday, 1 working day runs to Monday 24:00.
   */
  addWorkingDays(from: Date, days: number, zone: string): Date {
    if (!Number.isInteger(days) || days < 1) throw new RangeError(`working days must be a positive integer, got ${days}`);
    let day = DateTime.fromJSDate(from, { zone }).startOf('day');
    for (let counted = 0; counted < days; ) {
      day = day.plus({ days: 1 });
      if (this.isWorkingDay(day.toISODate()!)) counted++;
    }
    return day.plus({ days: 1 }).startOf('day').toJSDate();
  }

  /** The days of `year` that are not plain weekdays or weekends, overrides applied. */
  specialDays(year: number): SpecialDay[] {
    const days = new Map<string, SpecialDay>();
    const inYear = (date: string) => date.startsWith(`${year}-`);
    for (const [date, entry] of Object.entries(OFFICIAL.holidays).filter(([date]) => inYear(date))) {
      days.set(date, { date, kind: 'holiday', name: officialName(entry), source: 'official' });
    }
    for (const [date, entry] of Object.entries(OFFICIAL.workdays).filter(([date]) => inYear(date))) {
      days.set(date, { date, kind: 'workday', name: officialName(entry), source: 'official' });
    }
    for (const [date, override] of this.overrides) {
      if (inYear(date)) days.set(date, { date, ...override, source: 'override' });
    }
    return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  }
}
