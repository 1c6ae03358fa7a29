export const ROLES = ['admin', 'enterprise', 'commissioner', 'dispatcher', 'department', 'leader', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user with the bindings of their role. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  chainId: string | null;
  enterpriseId: string | null;
  departmentId: string | null;
}

/** The clock itself, for timers and escalations; shown as `actorRole: "system"` in the timeline. */
export const SYSTEM = 'system' as const;
export type ActorRole = Role | typeof SYSTEM;
