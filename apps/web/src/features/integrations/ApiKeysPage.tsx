import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { nameMap, useChains, useEnterprises } from '@/features/admin/api';
import { AdminPage } from '@/features/admin/components/AdminPage';
import { AdminTable } from '@/features/admin/components/AdminTable';
import { EntityFormModal } from '@/features/admin/components/EntityFormModal';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { type ApiKey, integrationKeys, useApiKeys } from './api';
import { ShownOnce } from './ShownOnce';

type KeyInput = { name: string; binding: 'enterprise' | 'chain'; enterpriseId?: string; chainId?: string };

/** 接口密钥: the Open311 facade's keys, each bound to one enterprise or one chain. */
export default function ApiKeysPage() {
  const { t } = useI18n();
  const keys = useApiKeys();
  const chains = useChains();
  const enterprises = useEnterprises();
  const chainName = nameMap(chains.data, (c) => c.name);
  const enterpriseName = nameMap(enterprises.data, (e) => e.name);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const binding = (k: ApiKey) => (k.enterpriseId ? `${t('apiKeys.enterprise')}: ${enterpriseName(k.enterpriseId)}` : `${t('apiKeys.chain')}: ${chainName(k.chainId)}`);
  const state = (k: ApiKey) =>
    k.revokedAt ? (
      <Tag style={{ color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9', marginInlineEnd: 0 }}>{t('apiKeys.revoked')}</Tag>
    ) : (
      <Tag style={{ color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f', marginInlineEnd: 0 }}>{t('apiKeys.valid')}</Tag>
    );
  return (
    <AdminPage
      title={t('apiKeys.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('apiKeys.new')}
        </Button>
      }
    >
      <Typography.Paragraph style={{ color: '#595959', maxWidth: 880 }}>{t('apiKeys.intro')}</Typography.Paragraph>
      {keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : (
        <AdminTable<ApiKey>
          emptyText={t('apiKeys.empty')}
          loading={keys.isPending}
          dataSource={keys.data ?? []}
          mobile={(k) => ({
            title: k.name,
            description: (
              <>
                {state(k)} {binding(k)} · <code>{k.prefix}…</code> · {t('apiKeys.lastUsed')}: {k.lastUsedAt ? formatTime(k.lastUsedAt) : t('apiKeys.never')}
              </>
            ),
            actions: k.revokedAt ? [] : [<Revoke key="revoke" apiKey={k} />],
          })}
          columns={[
            { title: t('apiKeys.name'), dataIndex: 'name' },
            { title: t('apiKeys.binding'), key: 'binding', render: (_, k) => binding(k) },
            { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (v: string) => <code>{v}…</code> },
            { title: t('admin.status'), key: 'state', render: (_, k) => state(k) },
            { title: t('apiKeys.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatTime(v) : t('apiKeys.never')) },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('common.actions'), key: 'actions', render: (_, k) => (k.revokedAt ? null : <Revoke apiKey={k} />) },
          ]}
        />
      )}
      <EntityFormModal<KeyInput, components['schemas']['CreatedApiKeyView']>
        open={creating}
        title={t('apiKeys.new')}
        onClose={() => setCreating(false)}
        initialValues={{ binding: 'enterprise' }}
        submit={(v) =>
          call(api.POST('/api/api-keys', { body: { name: v.name.trim(), ...(v.binding === 'enterprise' ? { enterpriseId: v.enterpriseId } : { chainId: v.chainId }) } }))
        }
        invalidate={[integrationKeys.apiKeys]}
        done={(created) => {
          setShown(created.key);
          return t('admin.created', { name: created.name });
        }}
      >
        {(form) => (
          <>
            <Form.Item name="name" label={t('apiKeys.name')} extra={t('apiKeys.nameHelp')} rules={[{ required: true, whitespace: true, max: 200, message: t('admin.rule.required', { field: t('apiKeys.name') }) }]}>
              <Input maxLength={200} autoFocus />
            </Form.Item>
            <Form.Item name="binding" label={t('apiKeys.binding')}>
              <Radio.Group
                options={[
                  { value: 'enterprise', label: t('apiKeys.bindEnterprise') },
                  { value: 'chain', label: t('apiKeys.bindChain') },
                ]}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.binding !== b.binding}>
              {() =>
                form.getFieldValue('binding') === 'chain' ? (
                  <Form.Item name="chainId" label={t('apiKeys.chain')} rules={[{ required: true, message: t('apiKeys.bindingRule', { what: t('apiKeys.chain') }) }]}>
                    <Select showSearch optionFilterProp="label" options={(chains.data ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} />
                  </Form.Item>
                ) : (
                  <Form.Item name="enterpriseId" label={t('apiKeys.enterprise')} rules={[{ required: true, message: t('apiKeys.bindingRule', { what: t('apiKeys.enterprise') }) }]}>
                    <Select showSearch optionFilterProp="label" options={(enterprises.data ?? []).filter((e) => e.active).map((e) => ({ value: e.id, label: e.name }))} />
                  </Form.Item>
                )
              }
            </Form.Item>
          </>
        )}
      </EntityFormModal>
      <ShownOnce value={shown} title={t('apiKeys.keyTitle')} hint={t('apiKeys.keyHint')} done={t('apiKeys.keyDone')} onClose={() => setShown(null)} testId="api-key" />
    </AdminPage>
  );
}

function Revoke({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => call(api.DELETE('/api/api-keys/{id}', { params: { path: { id: apiKey.id } } })),
    onSuccess: async () => {
      message.success(t('apiKeys.revokedDone'));
      await queryClient.invalidateQueries({ queryKey: integrationKeys.apiKeys });
    },
    onError: (error) => report(error),
  });
  return (
    <Popconfirm
      title={t('apiKeys.revokeTitle', { name: apiKey.name })}
      description={t('apiKeys.revokeHint')}
      okText={t('apiKeys.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => revoke.mutateAsync().catch(() => undefined)}
    >
      <Button type="link" size="small" danger loading={revoke.isPending}>
        {t('apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}
