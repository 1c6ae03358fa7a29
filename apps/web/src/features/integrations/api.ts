import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import type { Translate } from '@/lib/i18n';

export type Webhook = components['schemas']['WebhookView'];
export type Delivery = components['schemas']['DeliveryView'];
export type ApiKey = components['schemas']['ApiKeyView'];
export type QueueState = components['schemas']['WebhookQueueView'];

export const integrationKeys = {
  webhooks: ['/api/webhooks'] as const,
  eventTypes: ['/api/webhooks/event-types'] as const,
  deliveries: (id: string, status?: string) => ['/api/webhooks', id, 'deliveries', status ?? 'all'] as const,
  queues: ['/api/webhooks/queues'] as const,
  apiKeys: ['/api/api-keys'] as const,
};

export function useWebhooks() {
  return useQuery({ queryKey: integrationKeys.webhooks, queryFn: () => call(api.GET('/api/webhooks')) });
}

export function useEventTypes() {
  return useQuery({ queryKey: integrationKeys.eventTypes, queryFn: () => call(api.GET('/api/webhooks/event-types')), staleTime: Infinity });
}

export function useDeliveries(id: string | null, status?: Delivery['status']) {
  return useQuery({
    queryKey: integrationKeys.deliveries(id ?? '', status),
    queryFn: () => call(api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id: id! }, query: status ? { status: status as 'pending' } : {} } })),
    enabled: id !== null,
    // Waiting deliveries move on their own: follow them while the drawer is open.
    refetchInterval: 3000,
  });
}

export function useQueueState() {
  return useQuery({ queryKey: integrationKeys.queues, queryFn: () => call(api.GET('/api/webhooks/queues')), refetchInterval: 5000 });
}

export function useApiKeys() {
  return useQuery({ queryKey: integrationKeys.apiKeys, queryFn: () => call(api.GET('/api/api-keys')) });
}

/** What a subscription reads as: everything, a family, or the event type itself. */
export function subscriptionLabel(t: Translate, event: string): string {
  if (event === '*') return t('webhooks.allEvents');
  if (event === 'ticket.*') return t('webhooks.family.ticket');
  if (event === 'rectification.*') return t('webhooks.family.rectification');
  if (event === 'evaluation.*') return t('webhooks.family.evaluation');
  return event;
}

/** The state an endpoint is in, as its tag says it. */
export function endpointState(w: Pick<Webhook, 'active' | 'disabledReason'>): 'active' | 'paused' | 'gone' | 'failing' {
  if (w.active) return 'active';
  return w.disabledReason === 'gone' || w.disabledReason === 'failing' ? w.disabledReason : 'paused';
}
