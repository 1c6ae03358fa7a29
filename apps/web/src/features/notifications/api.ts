import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';

/** How often the header asks for the unread count: a new notice shows within 5 s. */
export const UNREAD_POLL_MS = 4000;

export const notificationKeys = {
  /** Every notification query (the unread count too) starts with this path. */
  all: ['/api/notifications'] as const,
  list: (unread: boolean | undefined) => ['/api/notifications', { unread }] as const,
  unread: ['/api/notifications', 'unread-count'] as const,
};

export const unreadQuery = queryOptions({
  queryKey: notificationKeys.unread,
  queryFn: async () => (await call(api.GET('/api/notifications/unread-count'))).unread,
});

/** The header's count; not asked for while a one-time password must be changed (the API answers 403). */
export function useUnreadCount(enabled = true): number {
  const { data } = useQuery({
    ...unreadQuery,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
  });
  return data ?? 0;
}
