import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components, operations } from '@/api/schema';

export type Ticket = components['schemas']['TicketView'];
export type TicketEvent = components['schemas']['TicketEventView'];
export type TicketState = Ticket['state'];
export type Category = Ticket['category'];
/** The query of GET /api/tickets, as the generated client types it. */
export type TicketListQuery = NonNullable<operations['TicketsController_list']['parameters']['query']>;

/** Query keys, all starting with the API path: invalidate `ticketKeys.all` after any action. */
export const ticketKeys = {
  all: ['/api/tickets'] as const,
  list: (params: TicketListQuery) => ['/api/tickets', params] as const,
  detail: (id: string) => ['/api/tickets', id] as const,
  events: (id: string) => ['/api/tickets', id, 'events'] as const,
};

export function useTicketList(params: TicketListQuery) {
  return useQuery({
    queryKey: ticketKeys.list(params),
    queryFn: ({ signal }) => call(api.GET('/api/tickets', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useTicket(id: string) {
  return useQuery({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}', { params: { path: { id } }, signal })),
  });
}

export function useTicketEvents(id: string, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.events(id),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}/events', { params: { path: { id } }, signal })),
    enabled,
  });
}
