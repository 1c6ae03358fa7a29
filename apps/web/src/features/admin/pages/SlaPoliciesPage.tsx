import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { timeZone } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { adminKeys, type SlaPolicy, useSlaPolicies } from '../api';
import { AdminPage } from '../components/AdminPage';
import { AdminTable } from '../components/AdminTable';
import { DurationInput } from '../components/DurationInput';
import { useSpecText } from '../components/duration-text';
import { EntityFormModal } from '../components/EntityFormModal';
import { deadlinesFromStages, isPositiveDuration, type PolicyDeadlines, presetOf, STAGES, type Stage, type StageValues, stagesFromDeadlines } from '../lib/durations';
import { NOTE_MAX } from '../lib/rules';

type PolicyInput = components['schemas']['SlaPolicyDto'];
type Category = NonNullable<PolicyInput['category']>;
type Priority = NonNullable<PolicyInput['priority']>;

const CATEGORIES: Category[] = ['financing', 'hiring', 'logistics', 'raw_materials', 'land_use', 'permits', 'working_capital', 'technology', 'talent', 'market', 'other'];
const PRIORITIES: Priority[] = ['urgent', 'high', 'normal', 'low'];
/** "Any" in the scope selects: sent as null. */
const ANY = '';

interface PolicyForm {
  category: Category | typeof ANY;
  priority: Priority | typeof ANY;
  deadlines: StageValues;
  note?: string;
}

/** The SLA policies: deadlines per category and priority over the SLA_* defaults; created, edited, deleted here. */
export default function SlaPoliciesPage() {
  const { t, tx } = useI18n();
  const policies = useSlaPolicies();
  const specText = useSpecText();
  const { message } = App.useApp();
  // A modal of this page's own, so it takes the page's theme (the darker danger red).
  const [modal, modalHolder] = Modal.useModal();
  const report = useReportError();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const scope = (p: { category: string | null; priority: string | null }) =>
    `${p.category ? tx(`category.${p.category}`) : t('admin.sla.anyCategory')} · ${p.priority ? tx(`priority.${p.priority}`) : t('admin.sla.anyPriority')}`;
  const remove = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/sla-policies/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('admin.sla.deleted'));
      return queryClient.invalidateQueries({ queryKey: adminKeys.slaPolicies });
    },
    onError: (error) => report(error, { refresh: [adminKeys.slaPolicies] }),
  });
  const confirmDelete = (p: SlaPolicy) =>
    modal.confirm({
      title: t('admin.sla.deleteTitle'),
      content: t('admin.sla.deleteBody', { name: scope(p) }),
      okText: t('admin.sla.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(p.id).catch(() => undefined),
    });
  const editButton = (p: SlaPolicy) => (
    <Button key="edit" type="link" icon={<EditOutlined />} aria-label={t('admin.sla.editOne', { name: scope(p) })} onClick={() => setEditing(p)}>
      {t('common.edit')}
    </Button>
  );
  const deleteButton = (p: SlaPolicy) => (
    <Button key="delete" type="link" danger icon={<DeleteOutlined />} aria-label={t('admin.sla.deleteOne', { name: scope(p) })} onClick={() => confirmDelete(p)}>
      {t('admin.sla.delete')}
    </Button>
  );
  const submit = (values: PolicyForm) => {
    const body: PolicyInput = {
      category: values.category || null,
      priority: values.priority || null,
      deadlines: deadlinesFromStages(values.deadlines),
      // The generated type of `note` is wrong until the document declares it a nullable string.
      note: (values.note?.trim() || null) as unknown as PolicyInput['note'],
    };
    return editing && editing !== 'new'
      ? call(api.PUT('/api/sla-policies/{id}', { params: { path: { id: editing.id } }, body }))
      : call(api.POST('/api/sla-policies', { body }));
  };
  return (
    <AdminPage
      title={t('admin.sla.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('admin.sla.new')}
        </Button>
      }
    >
      {modalHolder}
      <Alert type="info" showIcon title={t('admin.sla.precedence')} style={{ marginBottom: 16 }} />
      {policies.isError ? (
        <ErrorState error={policies.error} onRetry={() => policies.refetch()} />
      ) : (
        <AdminTable<SlaPolicy>
          loading={policies.isPending}
          dataSource={policies.data ?? []}
          emptyText={t('admin.sla.empty')}
          mobile={(p) => ({
            title: scope(p),
            description: (
              <>
                {STAGES.filter((stage) => (p.deadlines as PolicyDeadlines)[stage]).map((stage) => (
                  <div key={stage}>
                    {tx(`deadline.${stage}`)}: {specText((p.deadlines as PolicyDeadlines)[stage])}
                  </div>
                ))}
                {p.note && <div>{p.note}</div>}
              </>
            ),
            actions: [editButton(p), deleteButton(p)],
          })}
          columns={[
            { title: t('admin.sla.category'), dataIndex: 'category', render: (c: string | null) => (c ? tx(`category.${c}`) : t('admin.sla.anyCategory')) },
            { title: t('admin.sla.priority'), dataIndex: 'priority', render: (p: string | null) => (p ? tx(`priority.${p}`) : t('admin.sla.anyPriority')) },
            ...STAGES.map((stage) => ({
              title: tx(`deadline.${stage}`),
              key: stage,
              render: (_: unknown, p: SlaPolicy) => specText((p.deadlines as PolicyDeadlines)[stage]) ?? <span style={{ color: '#595959' }}>{t('admin.sla.default')}</span>,
            })),
            { title: t('admin.sla.note'), dataIndex: 'note', width: 160, ellipsis: { showTitle: true }, render: (n: string | null) => n ?? '' },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, p: SlaPolicy) => (
                <Space size={0}>
                  {editButton(p)}
                  {deleteButton(p)}
                </Space>
              ),
            },
          ]}
        />
      )}
      <EntityFormModal<PolicyForm, SlaPolicy>
        open={editing !== null}
        width={760}
        title={editing === 'new' || !editing ? t('admin.sla.new') : t('admin.sla.edit')}
        onClose={() => setEditing(null)}
        initialValues={
          editing && editing !== 'new'
            ? {
                category: (editing.category ?? ANY) as PolicyForm['category'],
                priority: (editing.priority ?? ANY) as PolicyForm['priority'],
                deadlines: stagesFromDeadlines(editing.deadlines as PolicyDeadlines),
                note: editing.note ?? undefined,
              }
            : { category: ANY, priority: ANY, deadlines: stagesFromDeadlines({}) }
        }
        submit={submit}
        submitText={editing === 'new' ? t('admin.form.create') : t('admin.form.save')}
        invalidate={[adminKeys.slaPolicies]}
        done={() => t('admin.sla.saved')}
        conflict={{ field: 'category', message: () => t('admin.conflict.policy') }}
      >
        <PolicyFields />
      </EntityFormModal>
    </AdminPage>
  );
}

function PolicyFields() {
  const { t, tx } = useI18n();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="category" label={t('admin.sla.category')}>
            <Select options={[{ value: ANY, label: t('admin.sla.anyCategory') }, ...CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))]} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="priority" label={t('admin.sla.priority')}>
            <Select options={[{ value: ANY, label: t('admin.sla.anyPriority') }, ...PRIORITIES.map((p) => ({ value: p, label: tx(`priority.${p}`) }))]} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        {t('admin.sla.stages')}
      </Typography.Title>
      <Typography.Paragraph>{t('admin.sla.stagesHelp', { zone: timeZone() })}</Typography.Paragraph>
      {STAGES.map((stage) => (
        <StageFields key={stage} stage={stage} />
      ))}
      <Form.Item
        name="stagesCheck"
        dependencies={STAGES.map((s) => ['deadlines', s, 'mode'])}
        rules={[
          ({ getFieldValue }) => ({
            validator: () =>
              STAGES.some((s) => getFieldValue(['deadlines', s, 'mode']) !== 'none') ? Promise.resolve() : Promise.reject(new Error(t('admin.sla.rule.oneStage'))),
          }),
        ]}
      >
        <input type="hidden" />
      </Form.Item>
      <Form.Item name="note" label={t('admin.sla.note')} rules={[{ max: NOTE_MAX, message: t('admin.rule.max', { field: t('admin.sla.note'), max: NOTE_MAX }) }]}>
        <Input.TextArea maxLength={NOTE_MAX} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}

/** One stage: not set, calendar time (a preset or an ISO duration) or a number of working days. */
function StageFields({ stage }: { stage: Stage }) {
  const { t, tx } = useI18n();
  const form = Form.useFormInstance<PolicyForm>();
  const mode = Form.useWatch(['deadlines', stage, 'mode'], form);
  const duration = Form.useWatch(['deadlines', stage, 'duration'], form);
  const name = tx(`deadline.${stage}`);
  return (
    <Row gutter={12} align="top" wrap>
      <Col xs={24} md={13}>
        <Form.Item name={['deadlines', stage, 'mode']} label={name}>
          <Radio.Group
            role="radiogroup"
            aria-label={name}
            optionType="button"
            options={[
              { value: 'none', label: t('admin.sla.mode.none') },
              { value: 'duration', label: t('admin.sla.mode.duration') },
              { value: 'workingDays', label: t('admin.sla.mode.workingDays') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={11}>
        {mode === 'duration' && (
          <Form.Item
            name={['deadlines', stage, 'duration']}
            label={t('admin.sla.duration', { stage: name })}
            extra={presetOf(duration) ? undefined : t('admin.sla.isoHelp')}
            rules={[
              { required: true, message: t('admin.sla.rule.duration') },
              { validator: (_, value?: string) => (!value || isPositiveDuration(value) ? Promise.resolve() : Promise.reject(new Error(t('admin.sla.rule.duration')))) },
            ]}
          >
            <DurationInput stage={name} />
          </Form.Item>
        )}
        {mode === 'workingDays' && (
          <Form.Item
            name={['deadlines', stage, 'workingDays']}
            label={t('admin.sla.workingDays', { stage: name })}
            rules={[
              { required: true, message: t('admin.sla.rule.workingDays') },
              { type: 'integer', min: 1, max: 366, message: t('admin.sla.rule.workingDays') },
            ]}
          >
            <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}
