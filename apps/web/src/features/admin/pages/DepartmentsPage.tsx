import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { adminKeys, type Department, nameMap, type User, userLabel, useDepartments, useUsers } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { ActiveTag, RowActions } from '../components/RowActions';
import { EntityFormModal } from '../components/EntityFormModal';
import { ListFilters } from '../components/ListFilters';
import { codeRules, matchesText, NAME_MAX, requiredText } from '../lib/rules';

type DepartmentInput = components['schemas']['CreateDepartmentDto'];

/** The functional departments with their leader in charge; a department created in a dialog. */
export default function DepartmentsPage() {
  const { t } = useI18n();
  const departments = useDepartments();
  const users = useUsers();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Department | null>(null);
  const invalidate = [adminKeys.departments, adminKeys.directory];
  const patch = (id: string, body: components['schemas']['UpdateDepartmentDto']) => call(api.PATCH('/api/departments/{id}', { params: { path: { id } }, body }));
  const actions = (d: Department) => (
    <RowActions name={d.name} active={d.active} onEdit={() => setEditing(d)} setActive={(active) => patch(d.id, { active })} invalidate={invalidate} retireHint={t('admin.departments.retireHint')} />
  );
  const leaderName = nameMap(users.data, userLabel);
  const rows = (departments.data ?? []).filter((d) => matchesText(text, d.name, d.code, d.leaderUserId ? leaderName(d.leaderUserId) : null));
  return (
    <AdminPage
      title={t('admin.departments.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.departments.new')}
        </Button>
      }
    >
      <ListFilters text={text} onText={setText} placeholder={t('admin.filter.textPlaceholder')} />
      {departments.isError ? (
        <ErrorState error={departments.error} onRetry={() => departments.refetch()} />
      ) : (
        <AdminTable<Department>
          mobile={(d) => ({
            title: `${d.name} (${d.code})`,
            description: (
              <>
                <ActiveTag active={d.active} /> {t('admin.departments.leader')}: {leaderName(d.leaderUserId)}
              </>
            ),
            actions: [actions(d)],
          })}
          loading={departments.isPending}
          dataSource={rows}
          columns={[
            { title: t('admin.departments.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name) },
            { title: t('admin.departments.code'), dataIndex: 'code', sorter: (a, b) => a.code.localeCompare(b.code) },
            { title: t('admin.departments.leader'), dataIndex: 'leaderUserId', render: (id: string | null) => leaderName(id) },
            { title: t('admin.status'), dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('common.actions'), key: 'actions', render: (_, d) => actions(d) },
          ]}
        />
      )}
      <EntityFormModal<DepartmentInput, Department>
        open={creating}
        title={t('admin.departments.new')}
        onClose={() => setCreating(false)}
        submit={(values) =>
          call(
            api.POST('/api/departments', {
              body: { name: values.name.trim(), code: values.code.trim(), ...(values.leaderUserId ? { leaderUserId: values.leaderUserId } : {}) },
            }),
          )
        }
        invalidate={[adminKeys.departments, adminKeys.directory]}
        done={(department) => t('admin.created', { name: department.name })}
        conflict={{ field: 'code', message: (v) => t('admin.conflict.code', { code: v.code }) }}
      >
        <DepartmentFields users={users.data} loading={users.isPending} />
      </EntityFormModal>
      <EntityFormModal<DepartmentInput, Department>
        open={editing !== null}
        title={t('admin.editOne', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}
        initialValues={editing ? { name: editing.name, code: editing.code, leaderUserId: editing.leaderUserId ?? undefined } : undefined}
        submit={(values) => patch(editing!.id, { name: values.name.trim(), code: values.code.trim(), leaderUserId: values.leaderUserId ?? null })}
        invalidate={invalidate}
        done={(department) => t('admin.saved', { name: department.name })}
        conflict={{ field: 'code', message: (v) => t('admin.conflict.code', { code: v.code }) }}
        submitText={t('admin.form.save')}
      >
        <DepartmentFields users={users.data} loading={users.isPending} editing />
      </EntityFormModal>
    </AdminPage>
  );
}

/**
 * A department's fields, for creating and editing. The leader is an active user with role
 * leader; editing, the form says that the open orders follow a new leader.
 */
export function DepartmentFields({ users, loading, editing = false }: { users: User[] | undefined; loading: boolean; editing?: boolean }) {
  const { t } = useI18n();
  const leaders = (users ?? []).filter((u) => u.role === 'leader' && u.active);
  return (
    <>
      <Form.Item name="name" label={t('admin.departments.name')} rules={requiredText(t, t('admin.departments.name'), NAME_MAX)}>
        <Input maxLength={NAME_MAX} autoFocus />
      </Form.Item>
      <Form.Item name="code" label={t('admin.departments.code')} extra={t('admin.departments.codeHelp')} rules={codeRules(t, t('admin.departments.code'))}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item
        name="leaderUserId"
        label={t('admin.departments.leader')}
        extra={!loading && leaders.length === 0 ? t('admin.departments.noLeaders') : t(editing ? 'admin.departments.leaderChangeHelp' : 'admin.departments.leaderHelp')}
      >
        <Select
          allowClear
          loading={loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={leaders.map((u) => ({ value: u.id, label: userLabel(u) }))}
          notFoundContent={t('common.empty')}
        />
      </Form.Item>
    </>
  );
}
