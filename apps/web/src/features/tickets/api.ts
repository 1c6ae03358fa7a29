import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components, operations } from '@/api/schema';
import type { ActionBodies, TicketAction } from './actions';

export type Ticket = components['schemas']['TicketView'];
export type TicketEvent = components['schemas']['TicketEventView'];
export type TicketState = Ticket['state'];
export type Category = Ticket['category'];
/** The query of GET /api/tickets, as the generated client types it. */
export type TicketListQuery = NonNullable<operations['TicketsController_list']['parameters']['query']>;

/** The first page of a list of orders, unless the list says otherwise (prefetching asks for the same). */
export const DEFAULT_PAGE_SIZE = 20;

/** Query keys, all starting with the API path: invalidate `ticketKeys.all` after any action. */
export const ticketKeys = {
  all: ['/api/tickets'] as const,
  list: (params: TicketListQuery) => ['/api/tickets', params] as const,
  detail: (id: string) => ['/api/tickets', id] as const,
  events: (id: string) => ['/api/tickets', id, 'events'] as const,
};

/** A page of GET /api/tickets, for a screen and for the start-up prefetch alike. */
export const ticketListQuery = (params: TicketListQuery) =>
  queryOptions({
    queryKey: ticketKeys.list(params),
    queryFn: ({ signal }) => call(api.GET('/api/tickets', { params: { query: params }, signal })),
  });

export function useTicketList(params: TicketListQuery) {
  return useQuery({ ...ticketListQuery(params), placeholderData: keepPreviousData });
}

export function useTicket(id: string, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}', { params: { path: { id } }, signal })),
    enabled,
  });
}

export function useTicketEvents(id: string, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.events(id),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}/events', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** POST /api/tickets/:id/<action>: each through the typed client, so its body is checked. */
export function postAction<A extends TicketAction>(id: string, action: A, body: ActionBodies[A]): Promise<Ticket> {
  const path = { path: { id } };
  const b = body as never;
  switch (action as TicketAction) {
    case 'dispatch':
      return call<Ticket>(api.POST('/api/tickets/{id}/dispatch', { params: path, body: b }));
    case 'accept':
      return call<Ticket>(api.POST('/api/tickets/{id}/accept', { params: path, body: b }));
    case 'return':
      return call<Ticket>(api.POST('/api/tickets/{id}/return', { params: path, body: b }));
    case 'feedback':
      return call<Ticket>(api.POST('/api/tickets/{id}/feedback', { params: path, body: b }));
    case 'rate':
      return call<Ticket>(api.POST('/api/tickets/{id}/rate', { params: path, body: b }));
    case 'withdraw':
      return call<Ticket>(api.POST('/api/tickets/{id}/withdraw', { params: path, body: b }));
    case 'request-extension':
      return call<Ticket>(api.POST('/api/tickets/{id}/request-extension', { params: path, body: b }));
    case 'decide-extension':
      return call<Ticket>(api.POST('/api/tickets/{id}/decide-extension', { params: path, body: b }));
    case 'remind':
      return call<Ticket>(api.POST('/api/tickets/{id}/remind', { params: path, body: b }));
    case 'request-info':
      return call<Ticket>(api.POST('/api/tickets/{id}/request-info', { params: path, body: b }));
    case 'provide-info':
      return call<Ticket>(api.POST('/api/tickets/{id}/provide-info', { params: path, body: b }));
    case 'add-assist':
      return call<Ticket>(api.POST('/api/tickets/{id}/assist/add', { params: path, body: b }));
    case 'ask-assist':
      return call<Ticket>(api.POST('/api/tickets/{id}/assist/ask', { params: path, body: b }));
    case 'assist-accept':
      return call<Ticket>(api.POST('/api/tickets/{id}/assist/accept', { params: path, body: b }));
    case 'assist-decline':
      return call<Ticket>(api.POST('/api/tickets/{id}/assist/decline', { params: path, body: b }));
    case 'assist-give':
      return call<Ticket>(api.POST('/api/tickets/{id}/assist/give', { params: path, body: b }));
  }
}
