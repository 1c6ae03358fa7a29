import { useMemo } from 'react';
import { useDirectory } from '@/lib/directory';

export interface Named {
  id: string;
  name: string;
}
export interface Scorer extends Named {
  kind: 'supervisor' | 'enterprise';
}

/**
 * Names for the assessment screens, from the directory (GET /api/directory): every chain and
 * department; scorers (supervisors and enterprise users) for those who hold evaluations — a
 * dispatcher gets its chain's, an administrator all. An enterprise user is shown with its
 * enterprise when the two names differ.
 */
export function useAssessmentNames() {
  const dir = useDirectory();
  return useMemo(() => {
    const scorers: Scorer[] = dir.scorers.map((s) => {
      const person = s.displayName ?? s.username;
      const enterprise = s.role === 'enterprise' ? dir.enterpriseName(s.enterpriseId) : '';
      return { id: s.id, kind: s.role, name: enterprise && enterprise !== person ? `${person}(${enterprise})` : person };
    });
    return {
      ready: dir.ready,
      // To put under review: active departments (a retired one keeps its name on old results).
      departments: dir.departments.filter((d) => d.active).map((d) => ({ id: d.id, name: d.name })) as Named[],
      chains: dir.chains.map((c) => ({ id: c.id, name: c.name })) as Named[],
      scorers,
      /** A name, or '' while unknown: never an id on screen. */
      departmentName: dir.departmentName,
      chainName: dir.chainName,
    };
  }, [dir]);
}
