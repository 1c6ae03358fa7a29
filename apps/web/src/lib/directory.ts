import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { useSessionUser } from '@/features/auth/use-session';

export type DirectoryView = components['schemas']['DirectoryView'];
type Department = components['schemas']['DirectoryDepartment'];
type Enterprise = components['schemas']['DirectoryEnterprise'];
type Chain = components['schemas']['DirectoryChain'];
type Leader = components['schemas']['DirectoryLeader'];
type Scorer = components['schemas']['DirectoryScorer'];

export interface Directory {
  ready: boolean;
  chains: Chain[];
  departments: Department[];
  enterprises: Enterprise[];
  leaders: Leader[];
  scorers: Scorer[];
  chainName: (id: string | null | undefined) => string;
  departmentName: (id: string | null | undefined) => string;
  enterpriseName: (id: string | null | undefined) => string;
  /** A leader's or a scorer's name (display name, else username). */
  userName: (id: string | null | undefined) => string;
  department: (id: string | null | undefined) => Department | undefined;
  enterprisesOfChain: (chainId: string | null | undefined) => Enterprise[];
}

const personName = (p: { displayName: string | null; username: string }) => p.displayName ?? p.username;

/** Lookups over the directory; an unknown id shows as nothing rather than as a UUID. */
export function buildDirectory(view: DirectoryView | undefined): Directory {
  const chains = view?.chains ?? [];
  const departments = view?.departments ?? [];
  const enterprises = view?.enterprises ?? [];
  const leaders = view?.leaders ?? [];
  const scorers = view?.scorers ?? [];
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const chainMap = byId(chains);
  const departmentMap = byId(departments);
  const enterpriseMap = byId(enterprises);
  const people = new Map<string, string>([...scorers, ...leaders].map((p) => [p.id, personName(p)]));
  return {
    ready: view !== undefined,
    chains,
    departments,
    enterprises,
    leaders,
    scorers,
    chainName: (id) => (id ? (chainMap.get(id)?.name ?? '') : ''),
    departmentName: (id) => (id ? (departmentMap.get(id)?.name ?? '') : ''),
    enterpriseName: (id) => (id ? (enterpriseMap.get(id)?.name ?? '') : ''),
    userName: (id) => (id ? (people.get(id) ?? '') : ''),
    department: (id) => (id ? departmentMap.get(id) : undefined),
    enterprisesOfChain: (chainId) => (chainId ? enterprises.filter((e) => e.chainId === chainId) : enterprises),
  };
}

export const directoryKey = (userId: string | undefined) => ['/api/directory', userId] as const;

/** The names the caller may know (GET /api/directory), fetched once a minute at most. */
export const directoryQuery = (userId: string | undefined) =>
  queryOptions({ queryKey: directoryKey(userId), queryFn: () => call(api.GET('/api/directory')), staleTime: 60_000 });

export function useDirectory(): Directory {
  const user = useSessionUser();
  const { data } = useQuery({ ...directoryQuery(user?.id), enabled: user !== null });
  return useMemo(() => buildDirectory(data), [data]);
}
