import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { nameMap, useChains } from '@/features/admin/api';
import { AdminPage } from '@/features/admin/components/AdminPage';
import { AdminTable } from '@/features/admin/components/AdminTable';
import { EntityFormModal } from '@/features/admin/components/EntityFormModal';
import { type Translate, useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { usePhone } from '@/lib/use-phone';
import { useReportError } from '@/lib/use-report-error';
import { type Delivery, endpointState, integrationKeys, subscriptionLabel, useDeliveries, useEventTypes, useWebhooks, type Webhook } from './api';
import { ShownOnce } from './ShownOnce';

type WebhookInput = { url: string; events: string[]; chainId?: string; description?: string };

const STATE_COLORS = {
  active: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  paused: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
  gone: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  failing: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
} as const;

function StateTag({ webhook }: { webhook: Webhook }) {
  const { t } = useI18n();
  const state = endpointState(webhook);
  return (
    <Tag style={{ ...STATE_COLORS[state], marginInlineEnd: 0 }} title={t(`webhooks.status.${state}.why`)}>
      {t(`webhooks.status.${state}`)}
    </Tag>
  );
}

/** 推送地址: the systems told of every change (Standard Webhooks), with their deliveries. */
export default function WebhooksPage() {
  const { t } = useI18n();
  const webhooks = useWebhooks();
  const chains = useChains();
  const chainName = nameMap(chains.data, (c) => c.name);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const counts = (w: Webhook) => t('webhooks.counts', { pending: w.pending, failed: w.failed, delivered: w.delivered });
  const events = (w: Webhook) => (
    <Space size={4} wrap>
      {w.events.map((e) => (
        <Tag key={e} style={{ marginInlineEnd: 0 }}>
          {subscriptionLabel(t, e)}
        </Tag>
      ))}
    </Space>
  );
  const actions = (w: Webhook) => <EndpointActions webhook={w} onDeliveries={() => setViewing(w)} onSecret={setSecret} />;
  return (
    <AdminPage
      title={t('webhooks.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('webhooks.new')}
        </Button>
      }
    >
      <Typography.Paragraph style={{ color: '#595959', maxWidth: 880 }}>{t('webhooks.intro')}</Typography.Paragraph>
      {webhooks.isError ? (
        <ErrorState error={webhooks.error} onRetry={() => webhooks.refetch()} />
      ) : (
        <AdminTable<Webhook>
          emptyText={t('webhooks.empty')}
          loading={webhooks.isPending}
          dataSource={webhooks.data ?? []}
          scroll={{ x: 'max-content' }}
          mobile={(w) => ({
            title: <span style={{ wordBreak: 'break-all' }}>{w.url}</span>,
            description: (
              <Flex vertical gap={4}>
                {w.description && <span>{w.description}</span>}
                <span>
                  <StateTag webhook={w} /> {w.chainId ? chainName(w.chainId) : t('webhooks.allChains')}
                </span>
                {events(w)}
                <span>{counts(w)}</span>
              </Flex>
            ),
            actions: [actions(w)],
          })}
          columns={[
            {
              title: t('webhooks.url'),
              key: 'url',
              render: (_, w) => (
                <Flex vertical>
                  <Typography.Text style={{ wordBreak: 'break-all' }}>{w.url}</Typography.Text>
                  {w.description && <Typography.Text type="secondary">{w.description}</Typography.Text>}
                </Flex>
              ),
            },
            { title: t('webhooks.events'), key: 'events', render: (_, w) => events(w) },
            { title: t('webhooks.chain'), key: 'chain', render: (_, w) => (w.chainId ? chainName(w.chainId) : t('webhooks.allChains')) },
            {
              title: t('admin.status'),
              key: 'state',
              render: (_, w) => (
                <Flex vertical gap={4} align="flex-start">
                  <StateTag webhook={w} />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {counts(w)}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: t('webhooks.lastAttempt'), dataIndex: 'lastAttemptAt', render: (v: string | null) => (v ? formatTime(v) : '—') },
            { title: t('common.actions'), key: 'actions', width: 200, render: (_, w) => actions(w) },
          ]}
        />
      )}
      <EntityFormModal<WebhookInput, components['schemas']['CreatedWebhookView']>
        open={creating}
        title={t('webhooks.new')}
        onClose={() => setCreating(false)}
        initialValues={{ events: ['*'] }}
        submit={(v) =>
          call(api.POST('/api/webhooks', { body: { url: v.url.trim(), events: v.events, ...(v.chainId ? { chainId: v.chainId } : {}), ...(v.description?.trim() ? { description: v.description.trim() } : {}) } }))
        }
        invalidate={[integrationKeys.webhooks]}
        done={(created) => {
          setSecret(created.secret);
          return t('webhooks.created');
        }}
      >
        <WebhookFields chains={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
      </EntityFormModal>
      <ShownOnce
        value={secret}
        title={t('webhooks.secretTitle')}
        hint={t('webhooks.secretHint')}
        done={t('webhooks.secretDone')}
        extra={<Typography.Text type="secondary">{t('webhooks.verifyHint')}</Typography.Text>}
        onClose={() => setSecret(null)}
        testId="webhook-secret"
      />
      <DeliveriesDrawer webhook={viewing} onClose={() => setViewing(null)} />
    </AdminPage>
  );
}

function WebhookFields({ chains }: { chains: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const types = useEventTypes();
  const options = useMemo(
    () => [
      { label: t('webhooks.allEvents'), value: '*' },
      ...(['ticket', 'rectification', 'evaluation'] as const).map((family) => ({
        label: t(`webhooks.family.${family}`),
        options: [{ label: `${t(`webhooks.family.${family}`)} (${family}.*)`, value: `${family}.*` }, ...(types.data ?? []).filter((e) => e.startsWith(`${family}.`)).map((e) => ({ label: e, value: e }))],
      })),
    ],
    [t, types.data],
  );
  return (
    <>
      <Form.Item name="url" label={t('webhooks.url')} extra={t('webhooks.urlHelp')} rules={[{ required: true, pattern: /^https?:\/\/\S+$/, message: t('webhooks.urlRule') }]}>
        <Input maxLength={2000} autoFocus placeholder="https://oa.example.gov.cn/hooks/whistle" />
      </Form.Item>
      <Form.Item name="events" label={t('webhooks.events')} extra={t('webhooks.eventsHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.eventsRule') }]}>
        <Select mode="multiple" options={options} loading={types.isPending} allowClear />
      </Form.Item>
      <Form.Item name="chainId" label={t('webhooks.chain')}>
        <Select options={chains} allowClear placeholder={t('webhooks.allChains')} />
      </Form.Item>
      <Form.Item name="description" label={t('webhooks.description')}>
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}

/** The row's buttons: deliveries, test, pause or resume, rotate the secret, delete. */
function EndpointActions({ webhook, onDeliveries, onSecret }: { webhook: Webhook; onDeliveries: () => void; onSecret: (secret: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const path = { params: { path: { id: webhook.id } } };
  const refresh = () => queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks });
  const useAction = <T,>(run: () => Promise<T>, done: (result: T) => string | null) =>
    useMutation({
      mutationFn: run,
      onSuccess: async (result) => {
        const text = done(result);
        if (text) message.success(text);
        await refresh();
      },
      onError: (error) => report(error),
    });
  const test = useAction(() => call(api.POST('/api/webhooks/{id}/test', path)), () => t('webhooks.testSent'));
  const toggle = useAction(
    () => call(api.PATCH('/api/webhooks/{id}', { ...path, body: { active: !webhook.active } })),
    (w) => t(w.active ? 'webhooks.resumed' : 'webhooks.paused'),
  );
  const rotate = useAction(
    () => call(api.POST('/api/webhooks/{id}/rotate-secret', path)),
    (r) => {
      onSecret(r.secret);
      return null;
    },
  );
  const remove = useAction(() => call(api.DELETE('/api/webhooks/{id}', path)), () => t('webhooks.deleted'));
  return (
    <Space size={0} wrap style={{ maxWidth: 200 }}>
      <Button type="link" size="small" onClick={onDeliveries}>
        {t('webhooks.deliveries')}
      </Button>
      <Button type="link" size="small" loading={test.isPending} onClick={() => test.mutate()}>
        {t('webhooks.test')}
      </Button>
      <Button type="link" size="small" loading={toggle.isPending} onClick={() => toggle.mutate()}>
        {t(webhook.active ? 'webhooks.pause' : 'webhooks.resume')}
      </Button>
      <Popconfirm title={t('webhooks.rotateTitle', { url: webhook.url })} description={t('webhooks.rotateHint')} okText={t('webhooks.rotate')} cancelText={t('common.cancel')} onConfirm={() => rotate.mutateAsync().catch(() => undefined)}>
        <Button type="link" size="small">
          {t('webhooks.rotate')}
        </Button>
      </Popconfirm>
      <Popconfirm
        title={t('webhooks.deleteTitle', { url: webhook.url })}
        description={t('webhooks.deleteHint')}
        okText={t('webhooks.delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => remove.mutateAsync().catch(() => undefined)}
      >
        <Button type="link" size="small" danger>
          {t('webhooks.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

const DELIVERY_COLORS = {
  pending: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  delivered: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  failed: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
} as const;

function deliveryStatus(t: Translate, d: Delivery) {
  const status = d.status as keyof typeof DELIVERY_COLORS;
  return <Tag style={{ ...DELIVERY_COLORS[status], marginInlineEnd: 0 }}>{t(`webhooks.delivery.${status}`)}</Tag>;
}

/** An endpoint's latest deliveries: each attempt's answer, a delivery sent again, the failed ones again. */
function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const { t } = useI18n();
  const phone = usePhone();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Delivery['status'] | undefined>();
  const deliveries = useDeliveries(webhook?.id ?? null, status);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['/api/webhooks', webhook?.id] }), queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks })]);
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) => call(api.POST('/api/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: webhook!.id, deliveryId } } })),
    onSuccess: async () => {
      message.success(t('webhooks.redelivered'));
      await refresh();
    },
    onError: (error) => report(error),
  });
  const [since, setSince] = useState(1);
  const redeliverFailed = useMutation({
    mutationFn: () => call(api.POST('/api/webhooks/{id}/redeliver-failed', { params: { path: { id: webhook!.id } }, body: { since: new Date(Date.now() - since * 86_400_000).toISOString() } })),
    onSuccess: async (r) => {
      message.success(t('webhooks.redeliveredCount', { count: r.redelivered }));
      await refresh();
    },
    onError: (error) => report(error),
  });
  const answer = (d: Delivery) => (d.lastStatus !== null ? `HTTP ${d.lastStatus}` : d.lastError ? `${t('webhooks.delivery.noAnswer')}: ${d.lastError}` : '—');
  return (
    <Drawer open={webhook !== null} onClose={onClose} size={phone ? 'default' : 'large'} width={phone ? '100%' : 960} title={webhook ? t('webhooks.deliveriesTitle', { url: webhook.url }) : ''} destroyOnHidden>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 160 }}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? undefined : (v as Delivery['status']))}
          options={[
            { value: 'all', label: t('webhooks.delivery.all') },
            { value: 'pending', label: t('webhooks.delivery.pending') },
            { value: 'delivered', label: t('webhooks.delivery.delivered') },
            { value: 'failed', label: t('webhooks.delivery.failed') },
          ]}
          aria-label={t('webhooks.delivery.status')}
        />
        <Popconfirm
          title={t('webhooks.redeliverSince')}
          description={
            <Select
              style={{ minWidth: 160 }}
              value={since}
              onChange={setSince}
              options={[
                { value: 1, label: t('webhooks.since.day') },
                { value: 7, label: t('webhooks.since.week') },
                { value: 30, label: t('webhooks.since.month') },
              ]}
            />
          }
          okText={t('webhooks.redeliver')}
          cancelText={t('common.cancel')}
          onConfirm={() => redeliverFailed.mutateAsync().catch(() => undefined)}
        >
          <Button loading={redeliverFailed.isPending}>{t('webhooks.redeliverFailed')}</Button>
        </Popconfirm>
      </Flex>
      {deliveries.isError ? (
        <ErrorState error={deliveries.error} onRetry={() => deliveries.refetch()} />
      ) : (
        <Table<Delivery>
          rowKey="id"
          size="small"
          loading={deliveries.isPending}
          dataSource={deliveries.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          expandable={{
            rowExpandable: (d) => !!d.lastResponse,
            expandedRowRender: (d) => (
              <Typography.Paragraph style={{ margin: 0 }}>
                <Typography.Text type="secondary">{t('webhooks.delivery.response')}:</Typography.Text>
                <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{d.lastResponse}</pre>
              </Typography.Paragraph>
            ),
          }}
          columns={[
            { title: t('webhooks.delivery.event'), dataIndex: 'eventType', render: (v: string, d) => <span title={`msg_${d.eventId}`}>{v}</span> },
            {
              title: t('webhooks.delivery.status'),
              key: 'status',
              render: (_, d) => (
                <Flex vertical gap={2}>
                  {deliveryStatus(t, d)}
                  {d.status === 'pending' && d.attempts > 0 && <Typography.Text type="secondary">{t('webhooks.delivery.nextAttempt', { time: formatTime(d.nextAttemptAt) })}</Typography.Text>}
                </Flex>
              ),
            },
            { title: t('webhooks.delivery.attempts'), dataIndex: 'attempts', align: 'right' },
            { title: t('webhooks.delivery.http'), key: 'http', render: (_, d) => answer(d) },
            { title: t('webhooks.delivery.duration'), dataIndex: 'lastDurationMs', align: 'right', render: (v: number | null) => (v === null ? '—' : `${v} ms`) },
            { title: t('webhooks.delivery.time'), key: 'time', render: (_, d) => formatTime(d.lastAttemptAt ?? d.createdAt) },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, d) =>
                d.status === 'pending' ? null : (
                  <Button type="link" size="small" loading={redeliver.isPending && redeliver.variables === d.id} onClick={() => redeliver.mutate(d.id)}>
                    {t('webhooks.redeliver')}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}

