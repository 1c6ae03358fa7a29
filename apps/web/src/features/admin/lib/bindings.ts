import type { components } from '@/api/schema';

export type Role = components['schemas']['CreateUserDto']['role'];
export type BindingField = 'chainId' | 'enterpriseId' | 'departmentId';
export type Requirement = 'required' | 'optional';

/** The roles an administrator can create, in the order the form offers them. */
export const ROLES: Role[] = ['enterprise', 'commissioner', 'dispatcher', 'department', 'leader', 'supervisor', 'admin'];

/**
 * Which binding each role takes, as the API checks it (POST /api/users): an enterprise user
 * belongs to an enterprise, a commissioner or dispatcher to a chain, a department user to a
 * department; a supervisor may be limited to a chain; the others take none.
 */
export const BINDINGS: Record<Role, Partial<Record<BindingField, Requirement>>> = {
  admin: {},
  enterprise: { enterpriseId: 'required' },
  commissioner: { chainId: 'required' },
  dispatcher: { chainId: 'required' },
  department: { departmentId: 'required' },
  leader: {},
  supervisor: { chainId: 'optional' },
};

/** The binding fields the form shows for a role, each with whether it must be filled. */
export function bindingFields(role: Role | undefined): { field: BindingField; required: boolean }[] {
  if (!role) return [];
  return (Object.entries(BINDINGS[role]) as [BindingField, Requirement][]).map(([field, requirement]) => ({
    field,
    required: requirement === 'required',
  }));
}

/**
 * Only the bindings the role takes, non-empty: a value left in a field the role no longer shows
 * (the admin changed the role) would be refused by the API ("is not used by role").
 */
export function bindingPayload(role: Role, values: Partial<Record<BindingField, string | null | undefined>>): Partial<Record<BindingField, string>> {
  const payload: Partial<Record<BindingField, string>> = {};
  for (const { field } of bindingFields(role)) {
    const value = values[field];
    if (value) payload[field] = value;
  }
  return payload;
}

/** The one binding a user has, to show by name in the list. */
export function bindingOf(user: { role: Role; chainId: string | null; enterpriseId: string | null; departmentId: string | null }):
  | { field: BindingField; id: string }
  | null {
  if (user.enterpriseId) return { field: 'enterpriseId', id: user.enterpriseId };
  if (user.departmentId) return { field: 'departmentId', id: user.departmentId };
  if (user.chainId) return { field: 'chainId', id: user.chainId };
  return null;
}

/**
 * Every binding for a PATCH: the role's own as chosen, the others null, so that a user given
 * another role keeps nothing of the old one (the API refuses a binding the role does not use).
 */
export function bindingPatch(role: Role, values: Partial<Record<BindingField, string | null | undefined>>): Record<BindingField, string | null> {
  const taken = bindingPayload(role, values);
  return { chainId: taken.chainId ?? null, enterpriseId: taken.enterpriseId ?? null, departmentId: taken.departmentId ?? null };
}
