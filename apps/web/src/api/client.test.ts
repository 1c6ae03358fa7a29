import { describe, expect, it } from 'vitest';
import { filenameOf } from './client';

describe('filenameOf (ledger downloads keep the server’s file name)', () => {
  it('reads filename*, then filename', () => {
    expect(filenameOf("attachment; filename=\"demand.csv\"; filename*=UTF-8''%E9%9C%80%E6%B1%82%E5%8F%B0%E8%B4%A6.csv")).toBe('需求台账.csv');
    expect(filenameOf('attachment; filename="problem-ledger-PHARMA.xlsx"')).toBe('problem-ledger-PHARMA.xlsx');
    expect(filenameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(filenameOf('attachment')).toBeNull();
  });
});
