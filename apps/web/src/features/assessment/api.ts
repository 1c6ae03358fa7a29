import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import type { Period } from './lib/period';

export type Evaluation = components['schemas']['EvaluationView'];
export type Rectification = components['schemas']['RectificationView'];
export type Scoreboard = components['schemas']['DepartmentScoreboard'];
export type ChainReport = components['schemas']['ChainReport'];
export type ServiceReport = components['schemas']['ServiceReport'];

export interface ReportParams extends Period {
  chainId?: string;
}

/** Query keys start with the API path; invalidating a path's prefix refreshes lists and details. */
export const assessmentKeys = {
  evaluations: ['/api/evaluations'] as const,
  evaluationList: (state?: 'open' | 'closed') => ['/api/evaluations', { state }] as const,
  evaluation: (id: string) => ['/api/evaluations', id] as const,
  rectifications: ['/api/rectifications'] as const,
  rectificationList: (query: { state?: Rectification['state']; evaluationId?: string }) => ['/api/rectifications', query] as const,
  rectification: (id: string) => ['/api/rectifications', id] as const,
  scoreboard: (params: ReportParams) => ['/api/reports/departments', params] as const,
  chains: (params: ReportParams) => ['/api/reports/chains', params] as const,
  services: (params: ReportParams) => ['/api/reports/services', params] as const,
};

/** The board by service catalogue item (服务清单), most ordered first. */
export function useServiceReports(params: ReportParams) {
  return useQuery({
    queryKey: assessmentKeys.services(params),
    queryFn: ({ signal }) => call(api.GET('/api/reports/services', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useScoreboard(params: ReportParams) {
  return useQuery({
    queryKey: assessmentKeys.scoreboard(params),
    queryFn: ({ signal }) => call(api.GET('/api/reports/departments', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useChainReports(params: ReportParams, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.chains(params),
    queryFn: ({ signal }) => call(api.GET('/api/reports/chains', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEvaluations(state?: 'open' | 'closed') {
  return useQuery({
    queryKey: assessmentKeys.evaluationList(state),
    queryFn: ({ signal }) => call(api.GET('/api/evaluations', { params: { query: state ? { state } : {} }, signal })),
  });
}

export function useEvaluation(id: string) {
  return useQuery({
    queryKey: assessmentKeys.evaluation(id),
    queryFn: ({ signal }) => call(api.GET('/api/evaluations/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });
}

export function useRectifications(query: { state?: Rectification['state']; evaluationId?: string } = {}) {
  return useQuery({
    queryKey: assessmentKeys.rectificationList(query),
    queryFn: ({ signal }) => call(api.GET('/api/rectifications', { params: { query }, signal })),
    refetchInterval: 30_000,
  });
}

export function useRectification(id: string) {
  return useQuery({
    queryKey: assessmentKeys.rectification(id),
    queryFn: ({ signal }) => call(api.GET('/api/rectifications/{id}', { params: { path: { id } }, signal })),
  });
}
