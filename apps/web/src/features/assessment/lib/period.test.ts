import { describe, expect, it } from 'vitest';
import { matchPreset, periodDays, periodOfDays, presetPeriod } from './period';

const zone = 'Asia/Shanghai';

describe('period presets', () => {
  // 2026-12-01 20:00 UTC is already 2 December 04:00 in Shanghai.
  const now = Date.parse('2026-12-01T20:00:00Z');

  it('counts months and years in SLA_TIMEZONE, [from, to)', () => {
    expect(presetPeriod('thisMonth', now, zone)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(presetPeriod('lastMonth', now, zone)).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(presetPeriod('thisYear', now, zone)).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(presetPeriod('all', now, zone)).toEqual({});
  });

  it('takes the zone’s date, not UTC’s', () => {
    const lastNightUtc = Date.parse('2026-11-30T17:00:00Z'); // 1 December 01:00 in Shanghai
    expect(presetPeriod('thisMonth', lastNightUtc, zone).from).toBe('2026-12-01');
    expect(presetPeriod('thisMonth', lastNightUtc, 'UTC').from).toBe('2026-11-01');
  });

  it('last month of January is December of the year before', () => {
    expect(presetPeriod('lastMonth', Date.parse('2027-01-15T04:00:00Z'), zone)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('picked days include the last one; shown back as picked', () => {
    const p = periodOfDays('2026-10-01', '2026-12-31');
    expect(p).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodDays(p)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(periodDays({})).toEqual({ first: undefined, last: undefined });
  });

  it('recognises a preset from its dates', () => {
    expect(matchPreset({ from: '2026-11-01', to: '2026-12-01' }, now, zone)).toBe('lastMonth');
    expect(matchPreset({}, now, zone)).toBe('all');
    expect(matchPreset({ from: '2026-11-02', to: '2026-12-01' }, now, zone)).toBeNull();
  });
});
