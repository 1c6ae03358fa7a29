import { describe, expect, it } from 'vitest';
import { ledgerFileName, ledgerPath } from './ledgers';

describe('the ledgers (两本台账)', () => {
  it('asks for the whole period, both chosen days included (to is exclusive: the day after)', () => {
    expect(ledgerPath({ ledger: 'demand', format: 'csv', days: ['2026-11-01', '2026-11-30'], chainId: null })).toBe(
      '/api/reports/ledgers/demand?format=csv&from=2026-11-01&to=2026-12-01',
    );
  });

  it('crosses a year end', () => {
    expect(ledgerPath({ ledger: 'problem', format: 'xlsx', days: ['2026-12-01', '2026-12-31'], chainId: 'c-1' })).toBe(
      '/api/reports/ledgers/problem?format=xlsx&from=2026-12-01&to=2027-01-01&chainId=c-1',
    );
  });

  it('asks for everything without a period, and never carries a token', () => {
    const path = ledgerPath({ ledger: 'problem', format: 'csv', days: null, chainId: null });
    expect(path).toBe('/api/reports/ledgers/problem?format=csv');
    expect(path).not.toMatch(/token|bearer/i);
  });

  it('names the file as the API does', () => {
    expect(ledgerFileName('demand', 'xlsx', '2026-12-01')).toBe('demand-ledger-2026-12-01.xlsx');
  });
});
