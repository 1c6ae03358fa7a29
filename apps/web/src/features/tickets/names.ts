import { useMemo } from 'react';
import { useDirectory } from '@/lib/directory';

/** One entry of a pick list (enterprises, departments, leaders). */
export interface Named {
  id: string;
  name: string;
}

/**
 * Names instead of ids, from the directory (GET /api/directory: what the caller may know).
 * An unknown id shows as nothing, never as a UUID. The pick lists (enterprises to order for,
 * departments and leaders to dispatch to) hold active ones only; a retired one keeps its name.
 */
export function useNames() {
  const dir = useDirectory();
  return useMemo(
    () => ({
      ready: dir.ready,
      enterprise: dir.enterpriseName,
      department: dir.departmentName,
      chain: dir.chainName,
      user: dir.userName,
      enterprisesOfChain: (chainId: string | null | undefined): Named[] => dir.enterprisesOfChain(chainId).filter((e) => e.active).map((e) => ({ id: e.id, name: e.name })),
      departments: dir.departments.filter((d) => d.active).map((d) => ({ id: d.id, name: d.name, leaderUserId: d.leaderUserId })),
      leaders: dir.leaders.filter((l) => l.active).map((l) => ({ id: l.id, name: l.displayName ?? l.username })),
    }),
    [dir],
  );
}
