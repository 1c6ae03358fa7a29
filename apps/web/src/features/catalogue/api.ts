import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import type { Locale } from '@/lib/i18n';

export type CatalogueItem = components['schemas']['CatalogueItemView'];

export const catalogueKeys = {
  all: ['/api/catalogue'] as const,
  list: (includeRetired: boolean) => ['/api/catalogue', { includeRetired }] as const,
};

/** The service catalogue as the caller may order from it (an ordering role: its chain's items and every chain's). */
export function useCatalogue(includeRetired = false) {
  return useQuery({
    queryKey: catalogueKeys.list(includeRetired),
    queryFn: () => call(api.GET('/api/catalogue', { params: { query: includeRetired ? { includeRetired: true } : {} } })),
    staleTime: 5 * 60_000,
  });
}

/** An item's name in the console's language (the Chinese one when it has no English name). */
export function itemName(item: Pick<CatalogueItem, 'name' | 'nameEn'>, locale: Locale): string {
  return locale === 'en-US' && item.nameEn ? item.nameEn : item.name;
}
