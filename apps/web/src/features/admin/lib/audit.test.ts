import { describe, expect, it } from 'vitest';
import { changedFields } from './audit';

describe('changedFields', () => {
  it('lists the fields whose values differ, with both values', () => {
    expect(changedFields({ id: 'd1', name: '区财政局', code: 'FIN', active: true }, { id: 'd1', name: '区财政局(新)', code: 'FIN', active: false })).toEqual([
      { field: 'name', before: '区财政局', after: '区财政局(新)' },
      { field: 'active', before: 'true', after: 'false' },
    ]);
  });

  it('shows every field of a creation and of a deletion, without the id', () => {
    expect(changedFields(null, { id: 'c1', name: '医药化工产业链', code: 'PHARMA' })).toEqual([
      { field: 'name', before: '—', after: '医药化工产业链' },
      { field: 'code', before: '—', after: 'PHARMA' },
    ]);
    expect(changedFields({ id: 'p1', deadlines: { accept: { duration: 'P1D' } } }, null)).toEqual([{ field: 'deadlines', before: '{"accept":{"duration":"P1D"}}', after: '—' }]);
  });

  it('says values in words where the caller knows them (names for ids, labels for enums), the rest as they are', () => {
    const describe = (field: string, value: unknown) => (field === 'chainId' ? ({ c1: '医药化工产业链' } as Record<string, string>)[String(value)] : field === 'active' ? (value ? '启用' : '停用') : undefined);
    expect(changedFields({ id: 'e1', chainId: 'c1', active: true, address: null }, { id: 'e1', chainId: 'c2', active: false, address: '常德' }, describe)).toEqual([
      { field: 'chainId', before: '医药化工产业链', after: 'c2' },
      { field: 'active', before: '启用', after: '停用' },
      { field: 'address', before: '—', after: '常德' },
    ]);
  });

  it('leaves out the token version, and reports nothing when nothing changed (an unlock)', () => {
    expect(changedFields({ id: 'u1', tokenVersion: 1, role: 'leader' }, { id: 'u1', tokenVersion: 2, role: 'leader' })).toEqual([]);
  });
});
