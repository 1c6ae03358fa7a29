import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are shown in the service's SLA_TIMEZONE (from /api/meta), whatever the browser's zone. */
let zone = 'Asia/Shanghai';
export function setTimeZone(next: string): void {
  zone = next;
}
export function timeZone(): string {
  return zone;
}

/**
 * One formatter per zone, made once: dayjs's `tz()` builds a new `Intl` formatter on every call,
 * which cost a queue page of thirty rows about 90 ms of the browser's main thread.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(value: string | Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(typeof value === 'string' ? new Date(value) : value).map((p) => [p.type, p.value]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

export function formatTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const p = wallClock(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const p = wallClock(value);
  return `${p.year}-${p.month}-${p.day}`;
}

/** How long a duration is, in the largest two units that matter (3 d 4 h, 5 min 20 s). */
export function durationParts(ms: number): { unit: 'days' | 'hours' | 'minutes' | 'seconds'; n: number }[] {
  const s = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (days > 0) return hours > 0 ? [{ unit: 'days', n: days }, { unit: 'hours', n: hours }] : [{ unit: 'days', n: days }];
  if (hours > 0) return minutes > 0 ? [{ unit: 'hours', n: hours }, { unit: 'minutes', n: minutes }] : [{ unit: 'hours', n: hours }];
  if (minutes > 0) return seconds > 0 && minutes < 10 ? [{ unit: 'minutes', n: minutes }, { unit: 'seconds', n: seconds }] : [{ unit: 'minutes', n: minutes }];
  return [{ unit: 'seconds', n: seconds }];
}
