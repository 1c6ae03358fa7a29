import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, download } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatDate, formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { nameMap, useChains, useDepartments, useEnterprises, userLabel, useUsers } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { FilterSelect, ListFilters } from '../components/ListFilters';
import { changedFields } from '../lib/audit';
import { matchesText } from '../lib/rules';

type AuditRecord = components['schemas']['AuditRecordView'];
type Entity = AuditRecord['entity'];
const ENTITIES: Entity[] = ['chain', 'department', 'enterprise', 'user', 'catalogue', 'sla_policy', 'calendar'];

/**
 * 审计日志: every change administrators made to the organisation, the users, the SLA policies
 * and the calendar, newest first, with what changed; a check of the hash chain; a CSV export.
 */
export default function AuditPage() {
  const { t, tx } = useI18n();
  const report = useReportError();
  const [entity, setEntity] = useState<Entity | undefined>();
  const [actorId, setActorId] = useState<string | undefined>();
  const [text, setText] = useState('');
  const users = useUsers();
  const chains = useChains();
  const departments = useDepartments();
  const enterprises = useEnterprises();
  const query = { ...(entity ? { entity } : {}), ...(actorId ? { actorId } : {}) };
  const records = useQuery({ queryKey: ['/api/audit', query], queryFn: () => call(api.GET('/api/audit', { params: { query } })) });
  const verify = useMutation({ mutationFn: () => call(api.GET('/api/audit/verify')), onError: (error) => report(error) });
  const exporting = useMutation({
    mutationFn: () => download(`/api/audit/export?${new URLSearchParams(query).toString()}`, `audit-${formatDate(new Date())}.csv`),
    onError: (error) => report(error),
  });
  const names: Partial<Record<Entity, (id: string) => string>> = {
    chain: nameMap(chains.data, (c) => c.name),
    department: nameMap(departments.data, (d) => d.name),
    enterprise: nameMap(enterprises.data, (e) => e.name),
    user: nameMap(users.data, userLabel),
  };
  const objectName = (r: AuditRecord) => {
    const known = names[r.entity]?.(r.entityId);
    return known && known !== '—' ? known : r.entity === 'calendar' ? t('admin.audit.year', { year: r.entityId }) : r.entityId.slice(0, 8);
  };
  const ids: Record<string, ((id: string) => string) | undefined> = {
    chainId: names.chain,
    enterpriseId: names.enterprise,
    departmentId: names.department,
    leaderUserId: names.user,
    defaultDepartmentId: names.department,
  };
  const describe = (field: string, value: unknown): string | undefined => {
    if (typeof value === 'boolean') return field === 'active' ? t(value ? 'admin.status.active' : 'admin.status.retired') : t(value ? 'common.yes' : 'common.no');
    if (typeof value !== 'string') return undefined;
    const named = ids[field]?.(value);
    if (named && named !== '—') return named;
    if (field === 'role') return tx(`role.${value}`);
    if (field === 'tier') return tx(`tier.${value}`);
    if (field === 'category') return tx(`category.${value}`);
    if (field === 'priority' || field === 'defaultPriority') return tx(`priority.${value}`);
    return undefined;
  };
  const fieldName = (field: string) => {
    const label = tx(`audit.field.${field}`);
    return label === `audit.field.${field}` ? field : label;
  };
  const changes = (r: AuditRecord) => {
    const fields = changedFields(r.before as Record<string, unknown> | null, r.after as Record<string, unknown> | null, describe);
    if (fields.length === 0) return '—';
    return (
      <Space direction="vertical" size={0}>
        {fields.map((f) => (
          <span key={f.field}>
            {fieldName(f.field)}: {f.before} → {f.after}
          </span>
        ))}
      </Space>
    );
  };
  const result = verify.data;
  return (
    <AdminPage
      title={t('admin.audit.title')}
      extra={
        <Space wrap>
          <Button onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('admin.audit.verify')}
          </Button>
          <Button onClick={() => exporting.mutate()} loading={exporting.isPending}>
            {t('admin.audit.export')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('admin.audit.intro')}</Typography.Paragraph>
      {result && (
        <Alert
          role="status"
          showIcon
          type={result.intact ? 'success' : 'error'}
          style={{ marginBlockEnd: 16 }}
          title={result.intact ? t('admin.audit.intact', { n: result.records }) : t('admin.audit.broken', { seq: result.brokenAt ?? '?', reason: result.reason ?? '' })}
          description={result.headHash ? t('admin.audit.head', { hash: result.headHash }) : undefined}
        />
      )}
      <ListFilters text={text} onText={setText} placeholder={t('admin.audit.textPlaceholder')}>
        <FilterSelect<Entity> id="audit-entity" label={t('admin.audit.entity')} value={entity} onChange={setEntity} width={160} options={ENTITIES.map((e) => ({ value: e, label: tx(`audit.entity.${e}`) }))} />
        <FilterSelect
          id="audit-actor"
          label={t('admin.audit.actor')}
          value={actorId}
          onChange={setActorId}
          search
          options={(users.data ?? []).filter((u) => u.role === 'admin').map((u) => ({ value: u.id, label: userLabel(u) }))}
        />
      </ListFilters>
      {records.isError ? (
        <ErrorState error={records.error} onRetry={() => records.refetch()} />
      ) : (
        <AdminTable<AuditRecord & { id: string }>
          loading={records.isPending}
          dataSource={(records.data ?? []).filter((r) => matchesText(text, objectName(r), r.actorUsername, r.entityId)).map((r) => ({ ...r, id: String(r.seq) }))}
          emptyText={t('admin.audit.empty')}
          mobile={(r) => ({
            title: `${tx(`audit.action.${r.action}`)} · ${tx(`audit.entity.${r.entity}`)} ${objectName(r)}`,
            description: (
              <Flex vertical gap={4}>
                <span>
                  {formatTime(r.at)} · {r.actorUsername ?? t('admin.audit.system')}
                </span>
                {changes(r)}
              </Flex>
            ),
          })}
          columns={[
            { title: t('admin.audit.seq'), dataIndex: 'seq', width: 72 },
            { title: t('admin.audit.at'), dataIndex: 'at', render: (v: string) => formatTime(v) },
            { title: t('admin.audit.actor'), dataIndex: 'actorUsername', render: (v: string | null) => v ?? t('admin.audit.system') },
            { title: t('admin.audit.action'), dataIndex: 'action', render: (v: string) => tx(`audit.action.${v}`) },
            { title: t('admin.audit.object'), key: 'object', render: (_, r) => `${tx(`audit.entity.${r.entity}`)} ${objectName(r)}` },
            { title: t('admin.audit.changes'), key: 'changes', render: (_, r) => changes(r) },
          ]}
        />
      )}
    </AdminPage>
  );
}
