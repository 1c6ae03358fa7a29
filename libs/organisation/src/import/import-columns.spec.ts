import { columnFor, headingKey, IMPORT_COLUMNS, listedValue } from './import-columns.js';

describe('import headings and listed values', () => {
  it('finds a column by its Chinese or English heading, whatever the case, spacing, a star or a note in brackets', () => {
    for (const heading of ['用户名', 'username', ' Username *', '用户名（登录用）', 'USER NAME', '账号']) {
      expect(columnFor('users', heading)?.field).toBe('username');
    }
    expect(columnFor('users', '分管领导')).toBeUndefined(); // a departments column
    expect(columnFor('departments', '分管领导（用户名）')?.field).toBe('leader');
    expect(columnFor('enterprises', 'Chain (code or name)')?.field).toBe('chain');
    expect(headingKey('产业链（编码或名称）')).toBe('产业链');
  });

  it('reads a role or a tier in either language, and nothing else', () => {
    const role = IMPORT_COLUMNS.users.find((c) => c.field === 'role')!;
    const tier = IMPORT_COLUMNS.enterprises.find((c) => c.field === 'tier')!;
    expect(listedValue(role, '产业链党委')).toBe('dispatcher');
    expect(listedValue(role, 'Leader in charge')).toBe('leader');
    expect(listedValue(role, 'department')).toBe('department');
    expect(listedValue(role, '系统管理员')).toBeUndefined();
    expect(listedValue(role, 'admin')).toBeUndefined();
    expect(listedValue(tier, '链主')).toBe('leader');
    expect(listedValue(tier, '核心企业')).toBe('core');
    expect(listedValue(tier, 'giant')).toBeUndefined();
  });

  it('gives every column a heading in each language that no other column of its kind also answers to', () => {
    for (const columns of Object.values(IMPORT_COLUMNS)) {
      for (const column of columns) {
        for (const name of [column.zh, column.en, column.field, ...column.aliases]) {
          expect(columns.filter((other) => [other.zh, other.en, other.field, ...other.aliases].some((n) => headingKey(n) === headingKey(name)))).toEqual([column]);
        }
      }
    }
  });
});
