import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatTime, setTimeZone } from './time';

describe('times in the service zone', () => {
  afterEach(() => setTimeZone('Asia/Shanghai'));

  it('shows an instant as the wall clock of SLA_TIMEZONE, midnight as 00:00', () => {
    expect(formatTime('2026-12-01T16:00:00Z')).toBe('2026-12-02 00:00');
    expect(formatTime('2026-12-01T15:59:59Z')).toBe('2026-12-01 23:59');
    expect(formatDate('2026-12-01T16:00:00Z')).toBe('2026-12-02');
    setTimeZone('America/New_York');
    expect(formatTime('2026-12-01T16:00:00Z')).toBe('2026-12-01 11:00');
    expect(formatTime(new Date('2026-07-01T04:30:00Z'))).toBe('2026-07-01 00:30'); // summer time
  });

  it('agrees with dayjs-timezone over a year of instants in three zones', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/Los_Angeles']) {
      setTimeZone(zone);
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 7 * 3_600_000 + 13 * 60_000) {
        const at = new Date(t).toISOString();
        expect(formatTime(at)).toBe(dayjs(at).tz(zone).format('YYYY-MM-DD HH:mm'));
      }
    }
  });

  it('shows nothing for no time', () => {
    expect(formatTime(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });
});
