import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useMemo, useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { adminKeys, type Chain, useChains, useEnterprises } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { ActiveTag, RowActions } from '../components/RowActions';
import { EntityFormModal } from '../components/EntityFormModal';
import { ListFilters } from '../components/ListFilters';
import { codeRules, matchesText, NAME_MAX, requiredText } from '../lib/rules';

type ChainInput = components['schemas']['CreateChainDto'];

/** The industrial chains: the list, and a chain created in a dialog. */
export default function ChainsPage() {
  const { t } = useI18n();
  const chains = useChains();
  const enterprises = useEnterprises();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Chain | null>(null);
  const invalidate = [adminKeys.chains, adminKeys.directory];
  const patch = (id: string, body: components['schemas']['UpdateChainDto']) => call(api.PATCH('/api/chains/{id}', { params: { path: { id } }, body }));
  const actions = (c: Chain) => (
    <RowActions name={c.name} active={c.active} onEdit={() => setEditing(c)} setActive={(active) => patch(c.id, { active })} invalidate={invalidate} retireHint={t('admin.chains.retireHint')} />
  );
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const e of enterprises.data ?? []) map.set(e.chainId, (map.get(e.chainId) ?? 0) + 1);
    return map;
  }, [enterprises.data]);
  const rows = (chains.data ?? []).filter((c) => matchesText(text, c.name, c.code));
  return (
    <AdminPage
      title={t('admin.chains.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.chains.new')}
        </Button>
      }
    >
      <ListFilters text={text} onText={setText} placeholder={t('admin.filter.textPlaceholder')} />
      {chains.isError ? (
        <ErrorState error={chains.error} onRetry={() => chains.refetch()} />
      ) : (
        <AdminTable<Chain>
          mobile={(c) => ({
            title: `${c.name} (${c.code})`,
            description: (
              <>
                <ActiveTag active={c.active} /> {t('admin.chains.enterprises')}: {counts.get(c.id) ?? 0} · {formatTime(c.createdAt)}
              </>
            ),
            actions: [actions(c)],
          })}
          loading={chains.isPending}
          dataSource={rows}
          columns={[
            { title: t('admin.chains.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name) },
            { title: t('admin.chains.code'), dataIndex: 'code', sorter: (a, b) => a.code.localeCompare(b.code) },
            { title: t('admin.chains.enterprises'), key: 'enterprises', align: 'right', render: (_, c) => counts.get(c.id) ?? 0 },
            { title: t('admin.status'), dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('common.actions'), key: 'actions', render: (_, c) => actions(c) },
          ]}
        />
      )}
      <EntityFormModal<ChainInput, Chain>
        open={creating}
        title={t('admin.chains.new')}
        onClose={() => setCreating(false)}
        submit={(values) => call(api.POST('/api/chains', { body: { name: values.name.trim(), code: values.code.trim() } }))}
        invalidate={[adminKeys.chains, adminKeys.directory]}
        done={(chain) => t('admin.created', { name: chain.name })}
        conflict={{ field: 'code', message: (v) => t('admin.conflict.code', { code: v.code }) }}
      >
        <ChainFields />
      </EntityFormModal>
      <EntityFormModal<ChainInput, Chain>
        open={editing !== null}
        title={t('admin.editOne', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
        initialValues={editing ? { name: editing.name, code: editing.code } : undefined}
        submit={(values) => patch(editing!.id, { name: values.name.trim(), code: values.code.trim() })}
        invalidate={invalidate}
        done={(chain) => t('admin.saved', { name: chain.name })}
        conflict={{ field: 'code', message: (v) => t('admin.conflict.code', { code: v.code }) }}
        submitText={t('admin.form.save')}
      >
        <ChainFields />
      </EntityFormModal>
    </AdminPage>
  );
}

/** A chain's fields, for creating now and editing later. */
export function ChainFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="name" label={t('admin.chains.name')} rules={requiredText(t, t('admin.chains.name'), NAME_MAX)}>
        <Input maxLength={NAME_MAX} autoFocus />
      </Form.Item>
      <Form.Item name="code" label={t('admin.chains.code')} extra={t('admin.chains.codeHelp')} rules={codeRules(t, t('admin.chains.code'))}>
        <Input maxLength={32} />
      </Form.Item>
    </>
  );
}
