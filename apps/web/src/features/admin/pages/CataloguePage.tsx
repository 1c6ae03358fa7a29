import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { type CatalogueItem, catalogueKeys, useCatalogue } from '@/features/catalogue/api';
import { CATEGORIES, PRIORITIES } from '@/features/tickets/domain';
import { useI18n } from '@/lib/i18n';
import { type Chain, type Department, nameMap, useChains, useDepartments } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { EntityFormModal } from '../components/EntityFormModal';
import { FilterSelect, ListFilters } from '../components/ListFilters';
import { ActiveTag, RowActions } from '../components/RowActions';
import { matchesText, NAME_MAX, requiredChoice, requiredText } from '../lib/rules';

type ItemInput = components['schemas']['CreateCatalogueItemDto'];
type ItemPatch = components['schemas']['UpdateCatalogueItemDto'];

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

/**
 * 服务清单: what enterprises can order, for every chain or one, each with the department and
 * priority the committee's dispatch starts from. Items are retired, never deleted.
 */
export default function CataloguePage() {
  const { t, tx } = useI18n();
  const items = useCatalogue(true);
  const chains = useChains();
  const departments = useDepartments();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<ItemInput['category'] | undefined>();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<CatalogueItem | null>(null);
  const chainName = nameMap(chains.data, (c) => c.name);
  const departmentName = nameMap(departments.data, (d) => d.name);
  const invalidate = [catalogueKeys.all];
  const patch = (code: string, body: ItemPatch) => call(api.PATCH('/api/catalogue/{code}', { params: { path: { code } }, body }));
  const actions = (item: CatalogueItem) => (
    <RowActions
      name={item.name}
      active={!item.retired}
      onEdit={() => setEditing(item)}
      setActive={(active) => patch(item.code, { retired: !active })}
      invalidate={invalidate}
      retireHint={t('catalogue.retireHint')}
    />
  );
  const scope = (item: CatalogueItem) => (item.chainId ? chainName(item.chainId) : t('catalogue.allChains'));
  const rows = (items.data ?? []).filter((i) => (!category || i.category === category) && matchesText(text, i.code, i.name, i.nameEn, i.description));
  const text_ = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return (
    <AdminPage
      title={t('catalogue.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('catalogue.new')}
        </Button>
      }
    >
      <ListFilters text={text} onText={setText} placeholder={t('catalogue.filter')}>
        <FilterSelect
          id="catalogue-category"
          label={t('tickets.field.category')}
          value={category}
          onChange={setCategory}
          width={160}
          options={CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))}
        />
      </ListFilters>
      {items.isError ? (
        <ErrorState error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <AdminTable<CatalogueItem & { id: string }>
          loading={items.isPending}
          dataSource={rows.map((i) => ({ ...i, id: i.code }))}
          emptyText={t('catalogue.empty')}
          mobile={(i) => ({
            title: `${i.name} (${i.code})`,
            description: (
              <>
                <ActiveTag active={!i.retired} /> {tx(`category.${i.category}`)} · {scope(i)} · {departmentName(i.defaultDepartmentId)}
              </>
            ),
            actions: [actions(i)],
          })}
          columns={[
            { title: t('catalogue.code'), dataIndex: 'code' },
            { title: t('catalogue.name'), key: 'name', render: (_, i) => (i.nameEn ? `${i.name} / ${i.nameEn}` : i.name) },
            { title: t('tickets.field.category'), dataIndex: 'category', render: (c: string) => tx(`category.${c}`) },
            { title: t('catalogue.scope'), key: 'scope', render: (_, i) => scope(i) },
            { title: t('catalogue.defaultDepartment'), dataIndex: 'defaultDepartmentId', render: (id: string | null) => departmentName(id) },
            { title: t('catalogue.defaultPriority'), dataIndex: 'defaultPriority', render: (p: string | null) => (p ? tx(`priority.${p}`) : '—') },
            { title: t('admin.status'), key: 'status', render: (_, i) => <ActiveTag active={!i.retired} /> },
            { title: t('common.actions'), key: 'actions', render: (_, i) => actions(i) },
          ]}
        />
      )}
      <EntityFormModal<ItemInput, CatalogueItem>
        open={creating}
        title={t('catalogue.new')}
        onClose={() => setCreating(false)}
        width={640}
        submit={(v) =>
          call(
            api.POST('/api/catalogue', {
              body: {
                code: v.code.trim(),
                name: v.name.trim(),
                category: v.category,
                ...(text_(v.nameEn) ? { nameEn: text_(v.nameEn) } : {}),
                ...(text_(v.description) ? { description: text_(v.description) } : {}),
                ...(v.chainId ? { chainId: v.chainId } : {}),
                ...(v.defaultDepartmentId ? { defaultDepartmentId: v.defaultDepartmentId } : {}),
                ...(v.defaultPriority ? { defaultPriority: v.defaultPriority } : {}),
                ...(v.sortOrder !== undefined && v.sortOrder !== null ? { sortOrder: v.sortOrder } : {}),
              },
            }),
          )
        }
        invalidate={invalidate}
        done={(item) => t('admin.created', { name: item.name })}
        conflict={{ field: 'code', message: (v) => t('admin.conflict.code', { code: v.code }) }}
      >
        <ItemFields chains={chains.data} departments={departments.data} />
      </EntityFormModal>
      <EntityFormModal<ItemInput, CatalogueItem>
        open={editing !== null}
        title={t('admin.editOne', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
        width={640}
        initialValues={
          editing
            ? {
                code: editing.code,
                name: editing.name,
                nameEn: editing.nameEn ?? undefined,
                category: editing.category,
                description: editing.description ?? undefined,
                chainId: editing.chainId ?? undefined,
                defaultDepartmentId: editing.defaultDepartmentId ?? undefined,
                defaultPriority: editing.defaultPriority ?? undefined,
                sortOrder: editing.sortOrder,
              }
            : undefined
        }
        submit={(v) =>
          patch(editing!.code, {
            name: v.name.trim(),
            nameEn: text_(v.nameEn) ?? null,
            category: v.category,
            description: text_(v.description) ?? null,
            chainId: v.chainId ?? null,
            defaultDepartmentId: v.defaultDepartmentId ?? null,
            defaultPriority: v.defaultPriority ?? null,
            ...(v.sortOrder !== undefined && v.sortOrder !== null ? { sortOrder: v.sortOrder } : {}),
          })
        }
        invalidate={invalidate}
        done={(item) => t('admin.saved', { name: item.name })}
        submitText={t('admin.form.save')}
      >
        <ItemFields chains={chains.data} departments={departments.data} editing />
      </EntityFormModal>
    </AdminPage>
  );
}

/** An item's fields; its code is fixed once made (orders name it). */
function ItemFields({ chains, departments, editing = false }: { chains: Chain[] | undefined; departments: Department[] | undefined; editing?: boolean }) {
  const { t, tx } = useI18n();
  return (
    <>
      <Form.Item
        name="code"
        label={t('catalogue.code')}
        extra={t(editing ? 'catalogue.codeFixed' : 'catalogue.codeHelp')}
        rules={[
          { required: true, message: t('admin.rule.required', { field: t('catalogue.code') }) },
          { pattern: CODE_PATTERN, message: t('catalogue.codeRule') },
        ]}
      >
        <Input maxLength={32} disabled={editing} autoFocus={!editing} />
      </Form.Item>
      <Form.Item name="name" label={t('catalogue.name')} rules={requiredText(t, t('catalogue.name'), NAME_MAX)}>
        <Input maxLength={NAME_MAX} autoFocus={editing} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('catalogue.nameEn')} rules={[{ max: NAME_MAX }]}>
        <Input maxLength={NAME_MAX} />
      </Form.Item>
      <Form.Item name="category" label={t('tickets.field.category')} extra={t('catalogue.categoryHelp')} rules={requiredChoice(t, t('tickets.field.category'))}>
        <Select options={CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('catalogue.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="chainId" label={t('catalogue.scope')} extra={t('catalogue.scopeHelp')}>
        <Select allowClear placeholder={t('catalogue.allChains')} options={(chains ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      <Form.Item name="defaultDepartmentId" label={t('catalogue.defaultDepartment')} extra={t('catalogue.defaultsHelp')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(departments ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item name="defaultPriority" label={t('catalogue.defaultPriority')}>
        <Select allowClear options={PRIORITIES.map((p) => ({ value: p, label: tx(`priority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('catalogue.sortOrder')} extra={t('catalogue.sortOrderHelp')}>
        <InputNumber min={0} max={10000} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}
