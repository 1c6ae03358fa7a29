import dayjs from 'dayjs';

export type LedgerKind = 'demand' | 'problem';
export type LedgerFormat = 'csv' | 'xlsx';
export const LEDGERS: readonly LedgerKind[] = ['demand', 'problem'];

export interface LedgerRequest {
  ledger: LedgerKind;
  format: LedgerFormat;
  /** First and last calendar day, both included (what the range picker shows); null: all time. */
  days: [string, string] | null;
  chainId: string | null;
}

/**
 * The download's address. The API takes `from` inclusive and `to` exclusive, dates meaning
 * midnight in SLA_TIMEZONE, so the last chosen day becomes the day after it. No token here:
 * download() sends it in a header.
 */
export function ledgerPath({ ledger, format, days, chainId }: LedgerRequest): string {
  const query = new URLSearchParams({ format });
  if (days) {
    query.set('from', days[0]);
    query.set('to', dayjs(days[1]).add(1, 'day').format('YYYY-MM-DD'));
  }
  if (chainId) query.set('chainId', chainId);
  return `/api/reports/ledgers/${ledger}?${query.toString()}`;
}

/** The name to save under when the server's is not readable: what the API would call it. */
export function ledgerFileName(ledger: LedgerKind, format: LedgerFormat, today: string): string {
  return `${ledger}-ledger-${today}.${format}`;
}
