import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisYear', 'all'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * A report's period as the API takes it: `from` inclusive, `to` exclusive, both dates
 * (midnight in SLA_TIMEZONE). No bound: all time.
 */
export interface Period {
  from?: string;
  to?: string;
}

const DATE = 'YYYY-MM-DD';

/** The period a preset names, seen from `now` in `zone` (this month: the 1st up to the next 1st). */
export function presetPeriod(preset: PeriodPreset, now: Date | number, zone: string): Period {
  const today = dayjs(now).tz(zone);
  switch (preset) {
    case 'thisMonth':
      return { from: today.startOf('month').format(DATE), to: today.startOf('month').add(1, 'month').format(DATE) };
    case 'lastMonth':
      return { from: today.startOf('month').subtract(1, 'month').format(DATE), to: today.startOf('month').format(DATE) };
    case 'thisYear':
      return { from: today.startOf('year').format(DATE), to: today.startOf('year').add(1, 'year').format(DATE) };
    case 'all':
      return {};
  }
}

/** Two days a person picked, both included, as the API's [from, to). */
export function periodOfDays(first: string, last: string): Period {
  return { from: first, to: dayjs(last, DATE).add(1, 'day').format(DATE) };
}

/** The days a period covers, both included, for showing it (the API's `to` is the day after). */
export function periodDays(period: Period): { first?: string; last?: string } {
  return {
    first: period.from,
    last: period.to ? dayjs(period.to, DATE).subtract(1, 'day').format(DATE) : undefined,
  };
}

/** Which preset a period is, if any: the URL keeps dates, the buttons show the preset. */
export function matchPreset(period: Period, now: Date | number, zone: string): PeriodPreset | null {
  for (const preset of PERIOD_PRESETS) {
    const p = presetPeriod(preset, now, zone);
    if (p.from === period.from && p.to === period.to) return preset;
  }
  return null;
}
