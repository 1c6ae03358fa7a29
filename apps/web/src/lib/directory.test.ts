import { describe, expect, it } from 'vitest';
import { buildDirectory } from './directory';

const view = {
  chains: [{ id: 'c1', name: '医药化工产业链', code: 'PHARMA', active: true }],
  departments: [{ id: 'd1', name: '区财政局', code: 'FIN', leaderUserId: 'l1', leaderName: '王局长', active: true }],
  enterprises: [
    { id: 'e1', name: '常德制药', chainId: 'c1', tier: 'leader' as const, active: true },
    { id: 'e2', name: '常德重工', chainId: 'c2', tier: 'core' as const, active: true },
  ],
  leaders: [{ id: 'l1', displayName: '王局长', username: 'leader.wang', active: true }],
  scorers: [{ id: 's1', username: 'supervisor', displayName: null, role: 'supervisor' as const, enterpriseId: null, chainId: null }],
};

describe('buildDirectory', () => {
  it('names ids and shows nothing, never a UUID, for an unknown one', () => {
    const dir = buildDirectory(view);
    expect(dir.ready).toBe(true);
    expect(dir.departmentName('d1')).toBe('区财政局');
    expect(dir.enterpriseName('e1')).toBe('常德制药');
    expect(dir.chainName('c1')).toBe('医药化工产业链');
    expect(dir.userName('l1')).toBe('王局长');
    expect(dir.userName('s1')).toBe('supervisor');
    expect(dir.departmentName('00000000-0000-0000-0000-000000000000')).toBe('');
    expect(dir.enterpriseName(null)).toBe('');
  });

  it('lists the enterprises of a chain', () => {
    expect(buildDirectory(view).enterprisesOfChain('c1').map((e) => e.id)).toEqual(['e1']);
  });

  it('is empty and not ready before the directory arrives', () => {
    const dir = buildDirectory(undefined);
    expect(dir.ready).toBe(false);
    expect(dir.departments).toEqual([]);
    expect(dir.departmentName('d1')).toBe('');
  });
});
