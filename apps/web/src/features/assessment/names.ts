import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, call } from '@/api/client';
import { useSessionUser } from '@/features/auth/use-session';
import { assessmentKeys } from './api';

export interface Named {
  id: string;
  name: string;
}
export interface Scorer extends Named {
  kind: 'supervisor' | 'enterprise';
}

/**
 * Names for the assessment screens. Every role that sees these screens may read the scoreboard
 * and the chains' report, which name every department and chain; scorers (supervisors and
 * enterprise users) come from the users list, which only an administrator may read.
 * TODO(issue 14): read '@/lib/directory' (dir.scorers for dispatchers) once it lands.
 */
export function useAssessmentNames(options: { scorers?: boolean } = {}) {
  const user = useSessionUser();
  const reads = !!user && user.role !== 'enterprise';
  const departments = useQuery({
    queryKey: assessmentKeys.scoreboard({}),
    queryFn: ({ signal }) => call(api.GET('/api/reports/departments', { params: { query: {} }, signal })),
    enabled: reads,
    staleTime: 60_000,
  });
  const chains = useQuery({
    queryKey: assessmentKeys.chains({}),
    queryFn: ({ signal }) => call(api.GET('/api/reports/chains', { params: { query: {} }, signal })),
    enabled: reads,
    staleTime: 60_000,
  });
  const users = useQuery({
    queryKey: ['/api/users'],
    queryFn: ({ signal }) => call(api.GET('/api/users', { signal })),
    enabled: !!options.scorers && user?.role === 'admin',
    staleTime: 60_000,
  });
  return useMemo(() => {
    const departmentList: Named[] = (departments.data?.departments ?? []).map((d) => ({ id: d.departmentId, name: d.name }));
    const chainList: Named[] = (chains.data ?? []).map((c) => ({ id: c.chainId, name: c.name }));
    const scorers: Scorer[] = (users.data ?? [])
      .filter((u) => u.role === 'supervisor' || u.role === 'enterprise')
      .map((u) => ({ id: u.id, name: u.displayName ?? u.username, kind: u.role as Scorer['kind'] }));
    const departmentNames = new Map(departmentList.map((d) => [d.id, d.name]));
    const chainNames = new Map(chainList.map((c) => [c.id, c.name]));
    return {
      departments: departmentList,
      chains: chainList,
      scorers,
      /** A name, or '' while unknown: never an id on screen. */
      departmentName: (id: string | null | undefined) => (id ? (departmentNames.get(id) ?? '') : ''),
      chainName: (id: string | null | undefined) => (id ? (chainNames.get(id) ?? '') : ''),
    };
  }, [departments.data, chains.data, users.data]);
}
