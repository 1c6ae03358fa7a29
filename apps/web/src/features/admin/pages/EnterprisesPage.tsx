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
import { ActiveTag, RowActions } from '../components/RowActions';
import { EntityFormModal } from '../components/EntityFormModal';
import { FilterSelect, ListFilters } from '../components/ListFilters';
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
  const [editing, setEditing] = useState<Enterprise | null>(null);
  const invalidate = [adminKeys.enterprises, adminKeys.users, adminKeys.directory];
  const patch = (id: string, body: components['schemas']['UpdateEnterpriseDto']) => call(api.PATCH('/api/enterprises/{id}', { params: { path: { id } }, body }));
  const actions = (e: Enterprise) => (
    <RowActions name={e.name} active={e.active} onEdit={() => setEditing(e)} setActive={(active) => patch(e.id, { active })} invalidate={invalidate} retireHint={t('admin.enterprises.retireHint')} />
  );
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
        <FilterSelect id="admin-filter-chain" label={t('admin.filter.chain')} value={chainFilter} onChange={setChainFilter} options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
      </ListFilters>
      {enterprises.isError ? (
        <ErrorState error={enterprises.error} onRetry={() => enterprises.refetch()} />
      ) : (
        <AdminTable<Enterprise>
          mobile={(e) => ({
            title: e.name,
            description: (
              <>
                <ActiveTag active={e.active} /> {chainName(e.chainId)} · {tx(`tier.${e.tier}`)}
                {e.address ? ` · ${e.address}` : ''}
              </>
            ),
            actions: [actions(e)],
          })}
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
            { title: t('admin.enterprises.address'), dataIndex: 'address', render: (v: string | null) => v ?? '—' },
            { title: t('admin.status'), dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('common.actions'), key: 'actions', render: (_, e) => actions(e) },
          ]}
        />
      )}
      <EntityFormModal<EnterpriseInput, Enterprise>
        open={creating}
        title={t('admin.enterprises.new')}
        onClose={() => setCreating(false)}
        initialValues={{ tier: 'member', ...(chainFilter ? { chainId: chainFilter } : {}) }}
        submit={(values) =>
          call(api.POST('/api/enterprises', { body: { name: values.name.trim(), chainId: values.chainId, tier: values.tier, ...(values.address?.trim() ? { address: values.address.trim() } : {}) } }))
        }
        invalidate={[adminKeys.enterprises, adminKeys.directory]}
        done={(enterprise) => t('admin.created', { name: enterprise.name })}
      >
        <EnterpriseFields chains={chains.data} loading={chains.isPending} />
      </EntityFormModal>
      <EntityFormModal<EnterpriseInput, Enterprise>
        open={editing !== null}
        title={t('admin.editOne', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
        initialValues={editing ? { name: editing.name, chainId: editing.chainId, tier: editing.tier, address: editing.address ?? undefined } : undefined}
        submit={(values) => patch(editing!.id, { name: values.name.trim(), chainId: values.chainId, tier: values.tier, address: values.address?.trim() || null })}
        invalidate={invalidate}
        done={(enterprise) => t('admin.saved', { name: enterprise.name })}
        submitText={t('admin.form.save')}
      >
        <EnterpriseFields chains={chains.data} loading={chains.isPending} movingFrom={editing?.chainId} />
      </EntityFormModal>
    </AdminPage>
  );
}

/**
 * An enterprise's fields, for creating and editing. Editing (`movingFrom`: its chain now), a new
 * chain says what a move means.
 */
export function EnterpriseFields({ chains, loading, movingFrom }: { chains: Chain[] | undefined; loading: boolean; movingFrom?: string }) {
  const { t, tx } = useI18n();
  const chainId = Form.useWatch('chainId', Form.useFormInstance<EnterpriseInput>());
  const active = (chains ?? []).filter((c) => c.active || c.id === movingFrom);
  return (
    <>
      <Form.Item name="name" label={t('admin.enterprises.name')} rules={requiredText(t, t('admin.enterprises.name'), NAME_MAX)}>
        <Input maxLength={NAME_MAX} autoFocus />
      </Form.Item>
      <Form.Item
        name="chainId"
        label={t('admin.enterprises.chain')}
        rules={requiredChoice(t, t('admin.enterprises.chain'))}
        extra={
          !loading && active.length === 0 ? t('admin.enterprises.noChains') : movingFrom && chainId && chainId !== movingFrom ? t('admin.enterprises.moveHelp') : undefined
        }
      >
        <Select
          loading={loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={active.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
          notFoundContent={t('common.empty')}
        />
      </Form.Item>
      <Form.Item name="tier" label={t('admin.enterprises.tier')} extra={t('admin.enterprises.tierHelp')} rules={requiredChoice(t, t('admin.enterprises.tier'))}>
        <Select options={TIERS.map((tier) => ({ value: tier, label: tx(`tier.${tier}`) }))} />
      </Form.Item>
      <Form.Item name="address" label={t('admin.enterprises.address')} rules={[{ max: 500, message: t('admin.rule.max', { field: t('admin.enterprises.address'), max: 500 }) }]}>
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}
