import { describe, expect, it } from 'vitest';
import { offeredActions, recusedTicketCode, rectificationStatus } from './rectification';

const now = Date.parse('2026-12-01T12:00:00Z');
const day = 86_400_000;

describe('rectification countdown', () => {
  it('is safe, due soon, overdue while open', () => {
    expect(rectificationStatus({ state: 'open', dueBy: new Date(now + 10 * day).toISOString(), overdue: false }, now)).toBe('safe');
    expect(rectificationStatus({ state: 'open', dueBy: new Date(now + day).toISOString(), overdue: false }, now)).toBe('dueSoon');
    expect(rectificationStatus({ state: 'open', dueBy: new Date(now - 1000).toISOString(), overdue: false }, now)).toBe('overdue');
  });

  it('believes the server’s overdue over the browser’s clock', () => {
    expect(rectificationStatus({ state: 'open', dueBy: new Date(now + 10 * day).toISOString(), overdue: true }, now)).toBe('overdue');
  });

  it('stops on a report and ends at the sign-off', () => {
    expect(rectificationStatus({ state: 'reported', dueBy: new Date(now - day).toISOString(), overdue: true }, now)).toBe('paused');
    expect(rectificationStatus({ state: 'signed_off', dueBy: new Date(now - day).toISOString(), overdue: false }, now)).toBe('none');
  });
});

describe('rectification actions', () => {
  it('offers exactly what the API lists, in a stable order, unknown ones left out', () => {
    expect(offeredActions(['reject', 'sign-off'])).toEqual(['sign-off', 'reject']);
    expect(offeredActions(['report', 'archive'])).toEqual(['report']);
    expect(offeredActions([])).toEqual([]);
  });

  it('finds the ticket code in a recusal reason', () => {
    expect(recusedTicketCode('your enterprise has an open ticket PHARMA-2026-000003 with this department')).toBe('PHARMA-2026-000003');
    expect(recusedTicketCode(null)).toBeNull();
    expect(recusedTicketCode('something else')).toBeNull();
  });
});
