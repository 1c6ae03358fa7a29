import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { setTimeZone } from './time';

export type Meta = components['schemas']['MetaView'];

/**
 * What the console needs to know of the service before anyone logs in (GET /api/meta, public):
 * above all SLA_TIMEZONE, the zone every time is shown in.
 */
export const metaQuery = queryOptions({
  queryKey: ['/api/meta'],
  queryFn: async () => {
    const meta = await call(api.GET('/api/meta'));
    setTimeZone(meta.timeZone);
    return meta;
  },
  staleTime: Infinity,
});

export function useMeta(): Meta | undefined {
  return useQuery(metaQuery).data;
}
