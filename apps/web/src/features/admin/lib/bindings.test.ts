import { describe, expect, it } from 'vitest';
import { bindingFields, bindingOf, bindingPatch, bindingPayload, ROLES } from './bindings';

describe('role → binding fields', () => {
  it('asks each role for what the API requires', () => {
    expect(bindingFields('enterprise')).toEqual([{ field: 'enterpriseId', required: true }]);
    expect(bindingFields('commissioner')).toEqual([{ field: 'chainId', required: true }]);
    expect(bindingFields('dispatcher')).toEqual([{ field: 'chainId', required: true }]);
    expect(bindingFields('supervisor')).toEqual([{ field: 'chainId', required: false }]);
    expect(bindingFields('department')).toEqual([{ field: 'departmentId', required: true }]);
    expect(bindingFields('leader')).toEqual([]);
    expect(bindingFields('admin')).toEqual([]);
    expect(bindingFields(undefined)).toEqual([]);
  });

  it('offers every role', () => {
    expect(new Set(ROLES).size).toBe(7);
  });

  it('drops bindings the role does not take and empty ones', () => {
    const left = { chainId: 'c', enterpriseId: 'e', departmentId: 'd' };
    expect(bindingPayload('enterprise', left)).toEqual({ enterpriseId: 'e' });
    expect(bindingPayload('department', left)).toEqual({ departmentId: 'd' });
    expect(bindingPayload('dispatcher', left)).toEqual({ chainId: 'c' });
    expect(bindingPayload('leader', left)).toEqual({});
    expect(bindingPayload('supervisor', { chainId: undefined })).toEqual({});
    expect(bindingPayload('supervisor', { chainId: null })).toEqual({});
  });

  it('names the binding a user shows in the list: the enterprise before its chain', () => {
    expect(bindingOf({ role: 'enterprise', chainId: 'c', enterpriseId: 'e', departmentId: null })).toEqual({ field: 'enterpriseId', id: 'e' });
    expect(bindingOf({ role: 'dispatcher', chainId: 'c', enterpriseId: null, departmentId: null })).toEqual({ field: 'chainId', id: 'c' });
    expect(bindingOf({ role: 'department', chainId: null, enterpriseId: null, departmentId: 'd' })).toEqual({ field: 'departmentId', id: 'd' });
    expect(bindingOf({ role: 'leader', chainId: null, enterpriseId: null, departmentId: null })).toBeNull();
  });
});

describe('bindingPatch', () => {
  it('sends every binding: the new role’s as chosen, the rest null', () => {
    expect(bindingPatch('dispatcher', { chainId: 'c', departmentId: 'd' })).toEqual({ chainId: 'c', enterpriseId: null, departmentId: null });
    expect(bindingPatch('leader', { chainId: 'c', enterpriseId: 'e', departmentId: 'd' })).toEqual({ chainId: null, enterpriseId: null, departmentId: null });
    expect(bindingPatch('supervisor', { chainId: undefined })).toEqual({ chainId: null, enterpriseId: null, departmentId: null });
  });
});
