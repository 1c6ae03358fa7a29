/**
 * Names instead of ids. Until '@/lib/directory' lands this shows nothing for a name (never an
 * id); then it reads the directory.
 */
export function useNames() {
  return {
    enterprise: (_id: string | null | undefined): string => '',
    department: (_id: string | null | undefined): string => '',
    chain: (_id: string | null | undefined): string => '',
    user: (_id: string | null | undefined): string => '',
  };
}
