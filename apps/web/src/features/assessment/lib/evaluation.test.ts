import { describe, expect, it } from 'vitest';
import { belowThreshold, canClose, canCreateEvaluation, canScore, isCommittee } from './evaluation';

const chain = 'c1';
const evaluation = {
  chainId: chain as string | null,
  state: 'open' as 'open' | 'closed',
  scorers: [{ userId: 'sup', name: 's', kind: 'supervisor' as const, enterpriseId: null }],
};

describe('evaluation controls', () => {
  it('the committee is an admin or a dispatcher of the chain', () => {
    expect(isCommittee({ id: 'a', role: 'admin', chainId: null }, evaluation)).toBe(true);
    expect(isCommittee({ id: 'd', role: 'dispatcher', chainId: chain }, evaluation)).toBe(true);
    expect(isCommittee({ id: 'd', role: 'dispatcher', chainId: 'c2' }, evaluation)).toBe(false);
    expect(isCommittee({ id: 'd', role: 'dispatcher', chainId: chain }, { chainId: null })).toBe(false);
    expect(isCommittee({ id: 's', role: 'supervisor', chainId: chain }, evaluation)).toBe(false);
  });

  it('closing and scoring only while open; scoring only by a named scorer', () => {
    expect(canClose({ id: 'a', role: 'admin', chainId: null }, evaluation)).toBe(true);
    expect(canClose({ id: 'a', role: 'admin', chainId: null }, { ...evaluation, state: 'closed' })).toBe(false);
    expect(canScore({ id: 'sup', role: 'supervisor', chainId: null }, evaluation)).toBe(true);
    expect(canScore({ id: 'other', role: 'supervisor', chainId: null }, evaluation)).toBe(false);
    expect(canScore({ id: 'sup', role: 'supervisor', chainId: null }, { ...evaluation, state: 'closed' })).toBe(false);
    expect(canCreateEvaluation({ role: 'dispatcher' })).toBe(true);
    expect(canCreateEvaluation({ role: 'supervisor' })).toBe(false);
  });

  it('below the threshold only with a result', () => {
    expect(belowThreshold(59.5, 60)).toBe(true);
    expect(belowThreshold(60, 60)).toBe(false);
    expect(belowThreshold(null, 60)).toBe(false);
  });
});
