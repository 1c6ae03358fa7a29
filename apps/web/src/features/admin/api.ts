import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';

export type Chain = components['schemas']['ChainView'];
export type Department = components['schemas']['DepartmentView'];
export type Enterprise = components['schemas']['EnterpriseView'];
export type User = components['schemas']['UserView'];
export type SlaPolicy = components['schemas']['SlaPolicyView'];
export type CalendarYear = components['schemas']['CalendarYearView'];

/** Query keys start with the API path; a mutation invalidates by that prefix. */
export const adminKeys = {
  chains: ['/api/chains'] as const,
  departments: ['/api/departments'] as const,
  enterprises: ['/api/enterprises'] as const,
  users: ['/api/users'] as const,
  slaPolicies: ['/api/sla-policies'] as const,
  calendar: (year: number) => ['/api/calendar', year] as const,
  calendarAll: ['/api/calendar'] as const,
  /** The names other screens show (the lead's useDirectory): refreshed when the organisation changes. */
  directory: ['/api/directory'] as const,
};

export function useChains() {
  return useQuery({ queryKey: adminKeys.chains, queryFn: () => call(api.GET('/api/chains')) });
}

export function useDepartments() {
  return useQuery({ queryKey: adminKeys.departments, queryFn: () => call(api.GET('/api/departments')) });
}

export function useEnterprises() {
  return useQuery({ queryKey: adminKeys.enterprises, queryFn: () => call(api.GET('/api/enterprises')) });
}

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => call(api.GET('/api/users')) });
}

export function useSlaPolicies() {
  return useQuery({ queryKey: adminKeys.slaPolicies, queryFn: () => call(api.GET('/api/sla-policies')) });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: adminKeys.calendar(year),
    queryFn: () => call(api.GET('/api/calendar/{year}', { params: { path: { year } } })),
  });
}

/** id → name lookups for a list's bindings; an id not (yet) known shows as a dash rather than a UUID. */
export function nameMap<T extends { id: string }>(items: T[] | undefined, name: (item: T) => string): (id: string | null | undefined) => string {
  const map = new Map((items ?? []).map((item) => [item.id, name(item)]));
  return (id) => (id ? (map.get(id) ?? '—') : '—');
}

/** A user's name as people read it: the display name with the username. */
export function userLabel(user: User): string {
  return user.displayName ? `${user.displayName} (${user.username})` : user.username;
}
