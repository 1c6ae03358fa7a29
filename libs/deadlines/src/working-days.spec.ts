import { WorkingDays } from './working-days.js';

const SHANGHAI = 'Asia/Shanghai';
const official = new WorkingDays();
/** Local time in Shanghai (UTC+8, no daylight saving) as an instant. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const add = (from: string, days: number, calendar = official, zone = SHANGHAI) =>
  calendar.addWorkingDays(shanghai(from), days, zone).toISOString();

describe('WorkingDays (Chinese working calendar)', () => {
  it('knows the official holidays and make-up working days (调休) of 2026 from chinese-days', () => {
    expect(official.isWorkingDay('2026-02-16')).toBe(false); // Monday in the Spring Festival
    expect(official.isWorkingDay('2026-02-14')).toBe(true); // Saturday, made a working day
    expect(official.isWorkingDay('2026-02-28')).toBe(true); // Saturday, made a working day
    expect(official.isWorkingDay('2026-10-05')).toBe(false); // Monday in the National Day week
    expect(official.isWorkingDay('2026-10-10')).toBe(true); // Saturday, made a working day
    expect(official.isWorkingDay('2026-11-21')).toBe(false); // a plain Saturday
    expect(official.isWorkingDay('2026-11-23')).toBe(true); // a plain Monday
    expect(WorkingDays.hasOfficialYear(2026)).toBe(true);
  });

  it('counts across the Spring Festival 2026: the start day is not counted, the deadline is 24:00 local', () => {
    // Friday 13 February, 10:00. Saturday the 14th is a make-up working day; the 15th-23rd are the holiday.
    expect(add('2026-02-13T10:00:00', 1)).toBe('2026-02-14T16:00:00.000Z'); // end of Sat 14 Feb
    expect(add('2026-02-13T10:00:00', 2)).toBe('2026-02-24T16:00:00.000Z'); // end of Tue 24 Feb
    expect(add('2026-02-13T10:00:00', 5)).toBe('2026-02-27T16:00:00.000Z'); // Wed 25, Thu 26, Fri 27
    expect(add('2026-02-13T10:00:00', 6)).toBe('2026-02-28T16:00:00.000Z'); // Sat 28 Feb, made a working day
    expect(add('2026-02-13T10:00:00', 7)).toBe('2026-03-02T16:00:00.000Z'); // across the month end to Mon 2 March
  });

  it('counts across the National Day week 2026 and its make-up days', () => {
    // Wednesday 30 September: 1-7 October are the holiday, Saturday 10 October is worked.
    expect(add('2026-09-30T09:00:00', 1)).toBe('2026-10-08T16:00:00.000Z');
    expect(add('2026-09-30T09:00:00', 3)).toBe('2026-10-10T16:00:00.000Z');
    expect(add('2026-09-30T09:00:00', 4)).toBe('2026-10-12T16:00:00.000Z');
    // Sunday 20 September is worked too: from Friday the 18th, 1 working day is that Sunday.
    expect(add('2026-09-18T17:30:00', 1)).toBe('2026-09-20T16:00:00.000Z');
    // 15 working days, the 12345 hotline's limit for complex requests, from Friday 25 September:
    // 28, 29, 30 Sep; 8, 9, 10 (Sat, worked), 12-16, 19-22 Oct.
    expect(add('2026-09-25T11:00:00', 15)).toBe('2026-10-22T16:00:00.000Z');
  });

  it('takes the day from SLA_TIMEZONE, not from UTC', () => {
    // 00:30 on 30 September in Shanghai is still 29 September in UTC.
    const instant = new Date('2026-09-29T16:30:00Z');
    expect(official.addWorkingDays(instant, 1, SHANGHAI).toISOString()).toBe('2026-10-08T16:00:00.000Z');
    expect(official.addWorkingDays(instant, 1, 'UTC').toISOString()).toBe('2026-10-01T00:00:00.000Z');
    // 01:00 on 1 October in Shanghai (a holiday) is 30 September in UTC: the clock starts from different days.
    const holidayMorning = new Date('2026-09-30T17:00:00Z');
    expect(official.addWorkingDays(holidayMorning, 1, SHANGHAI).toISOString()).toBe('2026-10-08T16:00:00.000Z');
    expect(official.addWorkingDays(holidayMorning, 1, 'UTC').toISOString()).toBe('2026-10-09T00:00:00.000Z');
  });

  it('lets overrides decide a year the package does not know yet', () => {
    expect(WorkingDays.hasOfficialYear(2027)).toBe(false);
    const calendar = new WorkingDays(
      new Map([
        ['2027-02-08', { kind: 'holiday' as const, name: '春节' }], // a Monday
        ['2027-02-06', { kind: 'workday' as const, name: '春节' }], // a Saturday
        ['2028-01-31', { kind: 'holiday' as const, name: '春节' }], // another year's: not listed for 2027
      ]),
    );
    expect(add('2027-02-05T10:00:00', 1, calendar)).toBe('2027-02-06T16:00:00.000Z');
    expect(add('2027-02-05T10:00:00', 2, calendar)).toBe('2027-02-09T16:00:00.000Z');
    expect(add('2027-02-05T10:00:00', 1)).toBe('2027-02-08T16:00:00.000Z'); // without them: Monday 8 February
    expect(calendar.specialDays(2027)).toEqual([
      { date: '2027-02-06', kind: 'workday', name: '春节', source: 'override' },
      { date: '2027-02-08', kind: 'holiday', name: '春节', source: 'override' },
    ]);
  });

  it('lists a year’s special days with their names', () => {
    const days = official.specialDays(2026);
    expect(days).toContainEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'official' });
    expect(days).toContainEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节', source: 'official' });
    expect(days.every((day) => day.date.startsWith('2026-'))).toBe(true);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => official.addWorkingDays(new Date(), 0, SHANGHAI)).toThrow(RangeError);
    expect(() => official.addWorkingDays(new Date(), 1.5, SHANGHAI)).toThrow(RangeError);
    expect(() => official.addWorkingDays(new Date(), -2, SHANGHAI)).toThrow('working days must be a positive integer, got -2');
  });
});
