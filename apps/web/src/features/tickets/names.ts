/** One entry of a pick list (enterprises, departments, leaders). */
export interface Named {
  id: string;
  name: string;
}

/**
 * Names instead of ids. Until '@/lib/directory' lands this shows nothing for a name (never an
 * id) and offers empty pick lists; then it reads the directory.
 */
export function useNames() {
  return {
    ready: false,
    enterprise: (_id: string | null | undefined): string => '',
    department: (_id: string | null | undefined): string => '',
    chain: (_id: string | null | undefined): string => '',
    user: (_id: string | null | undefined): string => '',
    enterprisesOfChain: (_chainId: string | null | undefined): Named[] => [],
    departments: [] as (Named & { leaderUserId?: string | null })[],
    leaders: [] as Named[],
  };
}
