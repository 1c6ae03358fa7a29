import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { adminKeys, type Chain, type Department, type Enterprise, nameMap, type User, useChains, useDepartments, useEnterprises, useUsers } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { ActiveTag, RowActions } from '../components/RowActions';
import { useReportError } from '@/lib/use-report-error';
import { EntityFormModal } from '../components/EntityFormModal';
import { FilterSelect, ListFilters } from '../components/ListFilters';
import { type BindingField, bindingFields, bindingOf, bindingPatch, bindingPayload, type Role, ROLES } from '../lib/bindings';
import { matchesText, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, requiredChoice, USERNAME_PATTERN } from '../lib/rules';

type UserInput = components['schemas']['CreateUserDto'];

/** The users with their role and what they belong to (by name); a user created in a dialog. */
export default function UsersPage() {
  const { t, tx } = useI18n();
  const users = useUsers();
  const chains = useChains();
  const enterprises = useEnterprises();
  const departments = useDepartments();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const invalidate = [adminKeys.users, adminKeys.directory, adminKeys.departments];
  const patch = (id: string, body: components['schemas']['UpdateUserDto']) => call(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
  const actions = (u: User) => (
    <RowActions name={u.username} active={u.active} onEdit={() => setEditing(u)} setActive={(active) => patch(u.id, { active })} invalidate={invalidate} retireHint={t('admin.users.retireHint')}>
      <PasswordActions user={u} />
    </RowActions>
  );
  const names: Record<BindingField, (id: string) => string> = {
    chainId: nameMap(chains.data, (c) => c.name),
    enterpriseId: nameMap(enterprises.data, (e) => e.name),
    departmentId: nameMap(departments.data, (d) => d.name),
  };
  const bindingName = (u: User) => {
    const binding = bindingOf(u);
    return binding ? names[binding.field](binding.id) : '—';
  };
  const rows = (users.data ?? []).filter((u) => (!role || u.role === role) && matchesText(text, u.username, u.displayName, bindingName(u)));
  return (
    <AdminPage
      title={t('admin.users.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.users.new')}
        </Button>
      }
    >
      <ListFilters text={text} onText={setText} placeholder={t('admin.filter.userPlaceholder')}>
        <FilterSelect<Role> id="admin-filter-role" label={t('admin.filter.role')} value={role} onChange={setRole} width={180} options={ROLES.map((r) => ({ value: r, label: tx(`role.${r}`) }))} />
      </ListFilters>
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <AdminTable<User>
          mobile={(u) => ({
            title: u.displayName ? `${u.displayName} (${u.username})` : u.username,
            description: (
              <>
                <UserStatus user={u} /> {tx(`role.${u.role}`)} · {bindingName(u)}
              </>
            ),
            actions: [actions(u)],
          })}
          loading={users.isPending}
          dataSource={rows}
          columns={[
            { title: t('admin.users.username'), dataIndex: 'username', sorter: (a, b) => a.username.localeCompare(b.username) },
            { title: t('admin.users.displayName'), dataIndex: 'displayName', render: (v: string | null) => v ?? '—' },
            { title: t('admin.users.role'), dataIndex: 'role', render: (r: string) => tx(`role.${r}`), sorter: (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) },
            { title: t('admin.users.binding'), key: 'binding', render: (_, u) => bindingName(u) },
            { title: t('admin.status'), key: 'status', render: (_, u) => <UserStatus user={u} /> },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            { title: t('common.actions'), key: 'actions', render: (_, u) => actions(u) },
          ]}
        />
      )}
      <EntityFormModal<UserInput, User>
        open={creating}
        title={t('admin.users.new')}
        onClose={() => setCreating(false)}
        initialValues={role ? { role } : undefined}
        submit={(values) =>
          call(
            api.POST('/api/users', {
              body: {
                username: values.username.trim(),
                password: values.password,
                role: values.role,
                ...(values.displayName?.trim() ? { displayName: values.displayName.trim() } : {}),
                ...bindingPayload(values.role, values),
              },
            }),
          )
        }
        invalidate={[adminKeys.users, adminKeys.directory]}
        done={(user) => t('admin.created', { name: user.displayName ?? user.username })}
        conflict={{ field: 'username', message: (v) => t('admin.conflict.username', { username: v.username }) }}
      >
        <UserFields chains={chains.data} enterprises={enterprises.data} departments={departments.data} />
      </EntityFormModal>
      <EntityFormModal<UserInput, User>
        open={editing !== null}
        title={t('admin.editOne', { name: editing?.username ?? '' })}
        onClose={() => setEditing(null)}
        initialValues={
          editing
            ? { username: editing.username, displayName: editing.displayName ?? undefined, role: editing.role, chainId: editing.chainId ?? undefined, enterpriseId: editing.enterpriseId ?? undefined, departmentId: editing.departmentId ?? undefined }
            : undefined
        }
        submit={(values) => patch(editing!.id, { displayName: values.displayName?.trim() || null, role: values.role, ...bindingPatch(values.role, values) })}
        invalidate={invalidate}
        done={(user) => t('admin.saved', { name: user.displayName ?? user.username })}
        submitText={t('admin.form.save')}
      >
        <UserFields chains={chains.data} enterprises={enterprises.data} departments={departments.data} withPassword={false} />
      </EntityFormModal>
    </AdminPage>
  );
}

/** 启用 / 已停用, and whether a lock or a one-time password stands in the way of a login. */
function UserStatus({ user }: { user: User }) {
  const { t } = useI18n();
  const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();
  return (
    <Space size={4} wrap>
      <ActiveTag active={user.active} />
      {locked && <Tag style={{ color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e', marginInlineEnd: 0 }}>{t('admin.users.lockedUntil', { time: formatTime(user.lockedUntil) })}</Tag>}
      {user.mustChangePassword && <Tag style={{ color: '#873800', background: '#fff7e6', borderColor: '#ffd591', marginInlineEnd: 0 }}>{t('admin.users.oneTime')}</Tag>}
    </Space>
  );
}

/**
 * A one-time password (reset, after a confirmation), shown once in a dialog to hand over;
 * and unlocking an account that failed logins locked.
 */
function PasswordActions({ user }: { user: User }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const [oneTime, setOneTime] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: adminKeys.users });
  const reset = useMutation({
    mutationFn: () => call(api.POST('/api/users/{id}/reset-password', { params: { path: { id: user.id } } })),
    onSuccess: async (result) => {
      setOneTime(result.oneTimePassword);
      await refresh();
    },
    onError: (error) => report(error),
  });
  const unlock = useMutation({
    mutationFn: () => call(api.POST('/api/users/{id}/unlock', { params: { path: { id: user.id } } })),
    onSuccess: async () => {
      message.success(t('admin.users.unlocked', { name: user.username }));
      await refresh();
    },
    onError: (error) => report(error),
  });
  const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();
  return (
    <>
      <Popconfirm
        title={t('admin.users.resetTitle', { name: user.username })}
        description={t('admin.users.resetHint')}
        okText={t('admin.users.reset')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: reset.isPending }}
        onConfirm={() => reset.mutateAsync().catch(() => undefined)}
      >
        <Button type="link" size="small" aria-label={t('admin.users.resetOne', { name: user.username })}>
          {t('admin.users.reset')}
        </Button>
      </Popconfirm>
      {locked && (
        <Button type="link" size="small" loading={unlock.isPending} onClick={() => unlock.mutate()} aria-label={t('admin.users.unlockOne', { name: user.username })}>
          {t('admin.users.unlock')}
        </Button>
      )}
      <Modal
        open={oneTime !== null}
        title={t('admin.users.oneTimeTitle', { name: user.username })}
        onCancel={() => setOneTime(null)}
        footer={<Button type="primary" onClick={() => setOneTime(null)}>{t('admin.users.oneTimeDone')}</Button>}
        mask={{ closable: false }}
      >
        <Alert type="warning" showIcon title={t('admin.users.oneTimeHint')} style={{ marginBlockEnd: 16 }} />
        <Typography.Paragraph copyable={{ text: oneTime ?? '' }} style={{ fontSize: 20, fontFamily: 'monospace' }} data-testid="one-time-password">
          {oneTime}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}

/**
 * A user's fields: the bindings shown are those the chosen role takes (enterprise → its
 * enterprise, commissioner and dispatcher → their chain, supervisor → optionally a chain,
 * department → its department). `password` is left out when editing later.
 */
export function UserFields({
  chains,
  enterprises,
  departments,
  withPassword = true,
}: {
  chains: Chain[] | undefined;
  enterprises: Enterprise[] | undefined;
  departments: Department[] | undefined;
  withPassword?: boolean;
}) {
  const { t, tx } = useI18n();
  const form = Form.useFormInstance<UserInput>();
  const role = Form.useWatch('role', form);
  const chainName = nameMap(chains, (c) => c.name);
  const options: Record<BindingField, { value: string; label: string }[]> = {
    chainId: (chains ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: c.name })),
    enterpriseId: (enterprises ?? []).filter((e) => e.active).map((e) => ({ value: e.id, label: `${e.name} · ${chainName(e.chainId)}` })),
    departmentId: (departments ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name })),
  };
  return (
    <>
      <Form.Item
        name="username"
        label={t('admin.users.username')}
        extra={t('admin.users.usernameHelp')}
        rules={[
          { required: true, message: t('admin.rule.required', { field: t('admin.users.username') }) },
          { pattern: USERNAME_PATTERN, message: t('admin.rule.username') },
        ]}
      >
        <Input maxLength={64} autoComplete="off" autoFocus={withPassword} disabled={!withPassword} />
      </Form.Item>
      <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ max: NAME_MAX, message: t('admin.rule.max', { field: t('admin.users.displayName'), max: NAME_MAX }) }]}>
        <Input maxLength={NAME_MAX} />
      </Form.Item>
      {withPassword && (
        <Form.Item
          name="password"
          label={t('admin.users.password')}
          extra={t('admin.users.passwordHelp')}
          rules={[
            { required: true, message: t('admin.rule.required', { field: t('admin.users.password') }) },
            { min: PASSWORD_MIN, max: PASSWORD_MAX, message: t('admin.rule.passwordLength') },
          ]}
        >
          <Input.Password maxLength={PASSWORD_MAX} autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item name="role" label={t('admin.users.role')} extra={withPassword ? undefined : t('admin.users.roleChangeHelp')} rules={requiredChoice(t, t('admin.users.role'))}>
        <Select options={ROLES.map((r) => ({ value: r, label: tx(`role.${r}`) }))} />
      </Form.Item>
      {bindingFields(role).map(({ field, required }) => (
        <Form.Item
          key={field}
          name={field}
          label={t(`admin.users.${field}`)}
          extra={!required ? t('admin.users.chainIdOptional') : undefined}
          rules={required ? requiredChoice(t, t(`admin.users.${field}`)) : undefined}
        >
          <Select allowClear={!required} showSearch={{ optionFilterProp: 'label' }} options={options[field]} notFoundContent={t('common.empty')} />
        </Form.Item>
      ))}
    </>
  );
}
