import type { Actor } from '@whistle/common';

type Scope = { where: string; params: Record<string, string> };

/**
 * The orders a department assists (协办): a live part of the current dispatch names it. Read from
 * the partial GIN index of the few orders with parts (migration 1764400000000).
 */
const ASSISTED_BY_DEPARTMENT = `(t.assists <> '[]'::jsonb AND t.assists @> jsonb_build_array(jsonb_build_object('departmentId', :scopeDepartment::text)))`;
/** The orders any of a leader's departments assists. */
const ASSISTED_FOR_LEADER = `(t.assists <> '[]'::jsonb AND EXISTS (SELECT 1 FROM departments d WHERE d.leader_user_id = :scopeLeader
  AND t.assists @> jsonb_build_array(jsonb_build_object('departmentId', d.id::text))))`;
const LED_FOR_LEADER = '(t.leader_user_id = :scopeLeader OR t.department_id IN (SELECT d.id FROM departments d WHERE d.leader_user_id = :scopeLeader))';

/**
 * The tickets an actor may see, as a condition on the `t` alias. The same condition serves
 * single reads and actions, so a ticket one may not see is simply not found (404). A department
 * sees what it leads (主办) and what it assists (协办); a leader, its departments' of both.
 */
export function visibleTo(actor: Actor): Scope {
  switch (actor.role) {
    case 'department':
      return {
        where: `(t.department_id = :scopeDepartment OR ${ASSISTED_BY_DEPARTMENT})`,
        params: { scopeDepartment: actor.departmentId! },
      };
    case 'leader':
      return { where: `(${LED_FOR_LEADER} OR ${ASSISTED_FOR_LEADER})`, params: { scopeLeader: actor.id } };
    default:
      return wholeScope(actor);
  }
}

/**
 * What a list (and the queues' counts) runs over. A department's and a leader's lists are the
 * orders they lead, on the deadline indexes of the department; `assist` turns them to the orders
 * they assist instead (`open`: where the part is still owed). For the other roles `assist` keeps
 * to orders with parts.
 */
export function listScope(actor: Actor, assist?: 'open' | 'all'): Scope {
  const owed = assist === 'open';
  switch (actor.role) {
    case 'department': {
      if (!assist) return { where: 't.department_id = :scopeDepartment', params: { scopeDepartment: actor.departmentId! } };
      const part = owed ? partOwed(`'departmentId', :scopeDepartment::text`) : ASSISTED_BY_DEPARTMENT;
      return { where: owed ? `(t.assists <> '[]'::jsonb AND ${part})` : part, params: { scopeDepartment: actor.departmentId! } };
    }
    case 'leader':
      if (!assist) return { where: LED_FOR_LEADER, params: { scopeLeader: actor.id } };
      return {
        where: owed
          ? `(t.assists <> '[]'::jsonb AND EXISTS (SELECT 1 FROM departments d WHERE d.leader_user_id = :scopeLeader AND ${partOwed(`'departmentId', d.id::text`)}))`
          : ASSISTED_FOR_LEADER,
        params: { scopeLeader: actor.id },
      };
    default: {
      const scope = wholeScope(actor);
      if (!assist) return scope;
      const parts = owed ? `(t.assists <> '[]'::jsonb AND ${partOwed('')})` : `t.assists <> '[]'::jsonb`;
      return { where: `(${scope.where}) AND ${parts}`, params: scope.params };
    }
  }
}

/** A part still owed (requested or accepted) whose other fields are `fields` (jsonb_build_object's arguments). */
const partOwed = (fields: string) =>
  `(${['requested', 'accepted'].map((state) => `t.assists @> jsonb_build_array(jsonb_build_object(${fields ? `${fields}, ` : ''}'state', '${state}'))`).join(' OR ')})`;

function wholeScope(actor: Actor): Scope {
  switch (actor.role) {
    case 'admin':
      return { where: 'TRUE', params: {} };
    case 'enterprise':
      return { where: 't.enterprise_id = :scopeEnterprise', params: { scopeEnterprise: actor.enterpriseId! } };
    case 'commissioner':
    case 'dispatcher':
      return { where: 't.chain_id = :scopeChain', params: { scopeChain: actor.chainId! } };
    case 'supervisor':
      return actor.chainId ? { where: 't.chain_id = :scopeChain', params: { scopeChain: actor.chainId } } : { where: 'TRUE', params: {} };
    case 'department':
    case 'leader':
      return visibleTo(actor);
  }
}
