import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import type { Ticket } from './api';

export type SimilarTicket = components['schemas']['SimilarTicketView'];

/** Who searches the chain's other orders (the server says the same, else 403). */
const SEARCHERS = new Set(['dispatcher', 'commissioner', 'supervisor', 'admin']);

export const searchesRepeats = (role: string | undefined) => role !== undefined && SEARCHERS.has(role);

/** Under the ticket's key: any action (a link among them) refreshes it. */
export const repeatKeys = { similar: (ticketId: string) => ['/api/tickets', ticketId, 'similar'] as const };

export function useSimilarTickets(ticketId: string, enabled: boolean) {
  return useQuery({
    queryKey: repeatKeys.similar(ticketId),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}/similar', { params: { path: { id: ticketId } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

export function linkRepeat(ticketId: string, ofTicketId: string): Promise<Ticket> {
  return call<Ticket>(api.POST('/api/tickets/{id}/link-repeat', { params: { path: { id: ticketId } }, body: { ofTicketId } }));
}

/** A score (a cosine, 0–1) as a clerk reads it: 相似度 62%. */
export const percent = (score: number) => `${Math.round(score * 100)}%`;
