import { useMemo } from 'react';
import { useDirectory } from '@/lib/directory';

/** One entry of a pick list (enterprises, departments, leaders). */
export interface Named {
  id: string;
  name: string;
}

/**
 * Names instead of ids, from the directory (GET /api/directory: what the caller may know).
 * An unknown id shows as nothing, never as a UUID.
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
      enterprisesOfChain: (chainId: string | null | undefined): Named[] => dir.enterprisesOfChain(chainId).map((e) => ({ id: e.id, name: e.name })),
      departments: dir.departments.map((d) => ({ id: d.id, name: d.name, leaderUserId: d.leaderUserId })),
      leaders: dir.leaders.map((l) => ({ id: l.id, name: l.displayName ?? l.username })),
    }),
    [dir],
  );
}
