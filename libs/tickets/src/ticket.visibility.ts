import type { Actor } from '@whistle/common';

/**
 * The tickets an actor may see, as a condition on the `t` alias. The same condition serves
 * lists and single reads, so a ticket one may not see is simply not found (404).
 */
export function visibleTo(actor: Actor): { where: string; params: Record<string, string> } {
  switch (actor.role) {
    case 'admin':
      return { where: 'TRUE', params: {} };
    case 'enterprise':
      return { where: 't.enterprise_id = :scopeEnterprise', params: { scopeEnterprise: actor.enterpriseId! } };
    case 'commissioner':
    case 'dispatcher':
      return { where: 't.chain_id = :scopeChain', params: { scopeChain: actor.chainId! } };
    case 'department':
      return { where: 't.department_id = :scopeDepartment', params: { scopeDepartment: actor.departmentId! } };
    case 'leader':
      return {
        where:
          '(t.leader_user_id = :scopeLeader OR t.department_id IN (SELECT d.id FROM departments d WHERE d.leader_user_id = :scopeLeader))',
        params: { scopeLeader: actor.id },
      };
    case 'supervisor':
      return actor.chainId
        ? { where: 't.chain_id = :scopeChain', params: { scopeChain: actor.chainId } }
        : { where: 'TRUE', params: {} };
  }
}
