import { loadConfig } from '@whistle/config';
import { Duration } from 'luxon';
import { SlaCalendar } from './sla-calendar.js';

const calendar = (zone: string) => new SlaCalendar(loadConfig({ SLA_TIMEZONE: zone }));
const month = Duration.fromISO('P1M');

describe('SlaCalendar', () => {
  it('counts one calendar month, clamping to the end of a shorter month', () => {
    // 31 January 10:00 in Shanghai → 28 February 10:00 (2026 is not a leap year).
    expect(calendar('Asia/Shanghai').add(new Date('2026-01-31T02:00:00Z'), month).toISOString()).toBe('2026-02-28T02:00:00.000Z');
    expect(calendar('Asia/Shanghai').add(new Date('2028-01-31T02:00:00Z'), month).toISOString()).toBe('2028-02-29T02:00:00.000Z');
  });

  it('counts the month in SLA_TIMEZONE, not in UTC', () => {
    // 2026-01-31T20:00Z is already 1 February 04:00 in Shanghai: one month later is 1 March 04:00 there.
    const from = new Date('2026-01-31T20:00:00Z');
    expect(calendar('Asia/Shanghai').add(from, month).toISOString()).toBe('2026-02-28T20:00:00.000Z');
    // In UTC the same instant is 31 January, clamped to 28 February.
    expect(calendar('UTC').add(from, month).toISOString()).toBe('2026-02-28T20:00:00.000Z');
    const lateJan = new Date('2026-01-30T17:00:00Z'); // 31 January 01:00 in Shanghai
    expect(calendar('Asia/Shanghai').add(lateJan, month).toISOString()).toBe('2026-02-27T17:00:00.000Z');
    expect(calendar('UTC').add(lateJan, month).toISOString()).toBe('2026-02-28T17:00:00.000Z');
  });

  it('keeps calendar days across a daylight-saving change where the zone has one', () => {
    // New York springs forward on 8 March 2026: a calendar day is 23 hours long.
    const from = new Date('2026-03-07T15:00:00Z');
    expect(calendar('America/New_York').add(from, Duration.fromISO('P1D')).getTime() - from.getTime()).toBe(23 * 3600_000);
    expect(calendar('Asia/Shanghai').add(from, Duration.fromISO('P1D')).getTime() - from.getTime()).toBe(24 * 3600_000);
  });

  it('subtracts reminders before a deadline', () => {
    expect(calendar('Asia/Shanghai').subtract(new Date('2026-03-01T02:00:00Z'), Duration.fromISO('P7D')).toISOString()).toBe(
      '2026-02-22T02:00:00.000Z',
    );
    // 31 March 01:00 in Shanghai (30 March in UTC): a month before is 28 February there, clamped.
    expect(calendar('Asia/Shanghai').subtract(new Date('2026-03-30T17:00:00Z'), Duration.fromISO('P1M')).toISOString()).toBe('2026-02-27T17:00:00.000Z');
  });
});
