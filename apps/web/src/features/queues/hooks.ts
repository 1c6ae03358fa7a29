import { useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import { useSessionUser } from '@/features/auth/use-session';
import { useDirectory } from '@/lib/directory';
import { ticketKeys } from '@/features/tickets';
import { countsQuery } from './queries';
import { countParams, type QueueDef, queueCount } from './queues';

/** Counts are asked again this often while a queue page is open (and after any action on an order). */
const COUNTS_POLL_MS = 15_000;

/**
 * How full each queue is: one GET /api/tickets/counts for the queues it counts, and the total
 * of a one-row list for the others (a department's paused and rectifying orders).
 */
export function useQueueCounts(queues: readonly QueueDef[]): (queue: QueueDef) => number | undefined {
  const counts = useQuery({
    ...countsQuery,
    refetchInterval: COUNTS_POLL_MS,
    enabled: queues.some((q) => q.count),
  });
  const uncounted = queues.filter((q) => !q.count);
  const totals = useQueries({
    queries: uncounted.map((q) => ({
      queryKey: ticketKeys.list(countParams(q)),
      queryFn: ({ signal }: { signal: AbortSignal }) => call(api.GET('/api/tickets', { params: { query: countParams(q) }, signal })),
      refetchInterval: COUNTS_POLL_MS,
    })),
  });
  return (queue) => {
    if (queue.count) return queueCount(queue, counts.data);
    const index = uncounted.findIndex((q) => q.id === queue.id);
    return index >= 0 ? totals[index].data?.total : undefined;
  };
}

/**
 * Whether the caller chooses a chain for a report (admins and all-chain supervisors; the
 * others always get their own chain), and the chains to choose from.
 */
export function useChainChoice(): { choose: boolean; chains: { id: string; name: string }[]; loading: boolean } {
  const user = useSessionUser();
  const directory = useDirectory();
  const choose = user?.role === 'admin' || (user?.role === 'supervisor' && !user.chainId);
  return { choose, chains: directory.chains.map((c) => ({ id: c.id, name: c.name })), loading: !directory.ready };
}

/** A department's name for the return reason (nothing, never an id, while the directory loads). */
export function useDepartmentName(): (id: string) => string {
  return useDirectory().departmentName;
}
