import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { adminKeys, type Chain, type Enterprise, nameMap, useChains, useEnterprises } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { EntityFormModal } from '../components/EntityFormModal';
import { ListFilters } from '../components/ListFilters';
import { matchesText, NAME_MAX, requiredChoice, requiredText } from '../lib/rules';

type EnterpriseInput = components['schemas']['CreateEnterpriseDto'];
const TIERS: EnterpriseInput['tier'][] = ['leader', 'core', 'member'];

/** The enterprises with their chain and tier (1+1+X+N); an enterprise created in a dialog. */
export default function EnterprisesPage() {
  const { t, tx } = useI18n();
  const enterprises = useEnterprises();
  const chains = useChains();
  const [text, setText] = useState('');
  const [chainFilter, setChainFilter] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const chainName = nameMap(chains.data, (c) => c.name);
  const rows = (enterprises.data ?? []).filter(
    (e) => (!chainFilter || e.chainId === chainFilter) && matchesText(text, e.name, chainName(e.chainId)),
  );
  return (
    <AdminPage
      title={t('admin.enterprises.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.enterprises.new')}
        </Button>
      }
    >
      <ListFilters text={text} onText={setText} placeholder={t('admin.enterprises.name')}>
        <Form.Item label={t('admin.filter.chain')} htmlFor="admin-filter-chain">
          <Select
            id="admin-filter-chain"
            allowClear
            placeholder={t('admin.filter.all')}
            value={chainFilter}
            onChange={setChainFilter}
            style={{ width: 200 }}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </ListFilters>
      {enterprises.isError ? (
        <ErrorState error={enterprises.error} onRetry={() => enterprises.refetch()} />
      ) : (
        <AdminTable<Enterprise>
          mobile={(e) => ({ title: e.name, description: `${chainName(e.chainId)} · ${tx(`tier.${e.tier}`)}` })}
          loading={enterprises.isPending}
          dataSource={rows}
          columns={[
            { title: t('admin.enterprises.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name) },
            { title: t('admin.enterprises.chain'), dataIndex: 'chainId', render: (id: string) => chainName(id) },
            {
              title: t('admin.enterprises.tier'),
              dataIndex: 'tier',
              render: (tier: string) => tx(`tier.${tier}`),
              sorter: (a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier),
            },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          ]}
        />
      )}
      <EntityFormModal<EnterpriseInput, Enterprise>
        open={creating}
        title={t('admin.enterprises.new')}
        onClose={() => setCreating(false)}
        initialValues={{ tier: 'member', ...(chainFilter ? { chainId: chainFilter } : {}) }}
        submit={(values) => call(api.POST('/api/enterprises', { body: { name: values.name.trim(), chainId: values.chainId, tier: values.tier } }))}
        invalidate={[adminKeys.enterprises, adminKeys.directory]}
        done={(enterprise) => t('admin.created', { name: enterprise.name })}
      >
        <EnterpriseFields chains={chains.data} loading={chains.isPending} />
      </EntityFormModal>
    </AdminPage>
  );
}

/** An enterprise's fields, for creating now and editing later. */
export function EnterpriseFields({ chains, loading }: { chains: Chain[] | undefined; loading: boolean }) {
  const { t, tx } = useI18n();
  return (
    <>
      <Form.Item name="name" label={t('admin.enterprises.name')} rules={requiredText(t, t('admin.enterprises.name'), NAME_MAX)}>
        <Input maxLength={NAME_MAX} autoFocus />
      </Form.Item>
      <Form.Item
        name="chainId"
        label={t('admin.enterprises.chain')}
        rules={requiredChoice(t, t('admin.enterprises.chain'))}
        extra={!loading && (chains ?? []).length === 0 ? t('admin.enterprises.noChains') : undefined}
      >
        <Select
          loading={loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(chains ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
          notFoundContent={t('common.empty')}
        />
      </Form.Item>
      <Form.Item name="tier" label={t('admin.enterprises.tier')} extra={t('admin.enterprises.tierHelp')} rules={requiredChoice(t, t('admin.enterprises.tier'))}>
        <Select options={TIERS.map((tier) => ({ value: tier, label: tx(`tier.${tier}`) }))} />
      </Form.Item>
    </>
  );
}
