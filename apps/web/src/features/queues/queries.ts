import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import { DEFAULT_PAGE_SIZE, ticketKeys, ticketListQuery } from '@/features/tickets/api';
import { DUE_SOON, pickQueue, pickSort, placedParams, type QueueDef, queueParams, RETURNED_PAGE_SIZE, returnedParams } from './queues';

/**
 * Under the tickets' prefix on purpose: every action on an order invalidates `ticketKeys.all`,
 * and the counts must follow it.
 */
export const countsKey = [...ticketKeys.all, 'counts', { dueSoonWithin: DUE_SOON }] as const;

export const countsQuery = queryOptions({
  queryKey: countsKey,
  queryFn: ({ signal }) => call(api.GET('/api/tickets/counts', { params: { query: { dueSoonWithin: DUE_SOON } }, signal })),
});

/** The first pages a queue screen shows on opening (QueueTabs, ReturnedOrders and TicketTable ask for exactly these). */
export function openingLists(queues: readonly QueueDef[], search: URLSearchParams) {
  const queue = pickQueue(queues, search.get('queue'));
  const sort = pickSort(queue, search.get('sort'));
  return queue.showReturns
    ? [{ ...returnedParams(sort), page: 1, pageSize: RETURNED_PAGE_SIZE }, { ...placedParams(sort), page: 1, pageSize: DEFAULT_PAGE_SIZE }]
    : [{ ...queueParams(queue, sort), page: 1, pageSize: DEFAULT_PAGE_SIZE }];
}

/**
 * Asks for a queue screen's counts and first pages while its code is still loading, so that
 * they are there (or on their way) when it first renders instead of being asked for after.
 */
export function prefetchQueues(client: QueryClient, queues: readonly QueueDef[], search: URLSearchParams): void {
  if (queues.some((q) => q.count)) void client.prefetchQuery(countsQuery);
  for (const params of openingLists(queues, search)) void client.prefetchQuery(ticketListQuery(params));
}
