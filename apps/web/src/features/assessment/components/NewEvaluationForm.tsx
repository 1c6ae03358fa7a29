import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api, call } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { useSessionUser } from '@/features/auth/use-session';
import { useI18n } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { assessmentKeys } from '../api';
import { useAssessmentNames } from '../names';

type Body = components['schemas']['CreateEvaluationDto'];
interface Values {
  title: string;
  chainId?: string;
  period: [Dayjs, Dayjs];
  departmentIds: string[];
  scorerIds: string[];
  threshold?: number | null;
}

/** 测评会: the committee names the period, the departments under review and the scorers. */
export function NewEvaluationForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const user = useSessionUser()!;
  const [form] = Form.useForm<Values>();
  const names = useAssessmentNames();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (body: Body) => call(api.POST('/api/evaluations', { body })),
    onSuccess: (evaluation) => {
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.evaluations });
      message.success(t('assessment.evaluation.created'));
      onDone();
      navigate(`/evaluations/${evaluation.id}`);
    },
  });
  const submit = (values: Values) => {
    const body: Body = {
      title: values.title.trim(),
      periodFrom: values.period[0].format('YYYY-MM-DD'),
      periodTo: values.period[1].format('YYYY-MM-DD'),
      departmentIds: values.departmentIds,
      scorerIds: values.scorerIds,
      ...(values.chainId ? { chainId: values.chainId } : {}),
      ...(typeof values.threshold === 'number' ? { threshold: values.threshold } : {}),
    };
    create.mutate(body, {
      onError: (error) => {
        // The API names the period's two ends; the form has them in one field.
        if (error instanceof ApiError) {
          const periodErrors = error.fieldErrors.filter((e) => e.field === 'periodFrom' || e.field === 'periodTo').flatMap((e) => e.messages);
          if (periodErrors.length > 0) form.setFields([{ name: 'period', errors: periodErrors }]);
        }
        report(error, { form, retry: () => submit(values) });
      },
    });
  };
  const scorerOptions = (['supervisor', 'enterprise'] as const)
    .map((kind) => ({
      label: t(`assessment.evaluation.scorer.${kind}`),
      title: t(`assessment.evaluation.scorer.${kind}`),
      options: names.scorers.filter((s) => s.kind === kind).map((s) => ({ value: s.id, label: s.name })),
    }))
    .filter((group) => group.options.length > 0);
  const missingNames = names.ready && (names.departments.length === 0 || names.scorers.length === 0);
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark="optional" disabled={create.isPending}>
      {missingNames && <Alert type="info" showIcon title={t('assessment.evaluation.noNames')} style={{ marginBlockEnd: 16 }} />}
      <Form.Item
        name="title"
        label={t('assessment.evaluation.title')}
        rules={[
          { required: true, whitespace: true, message: t('assessment.evaluation.required.title') },
          { max: 200, message: t('assessment.form.tooLong', { max: 200 }) },
        ]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      {user.role === 'admin' && (
        <Form.Item name="chainId" label={t('assessment.evaluation.chain')}>
          <Select allowClear placeholder={t('assessment.chain.allChains')} options={names.chains.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      )}
      <Form.Item name="period" label={t('assessment.evaluation.period')} rules={[{ required: true, message: t('assessment.evaluation.required.period') }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} placeholder={[t('assessment.evaluation.periodFrom'), t('assessment.evaluation.periodTo')]} />
      </Form.Item>
      <Form.Item
        name="departmentIds"
        label={t('assessment.evaluation.departments')}
        rules={[{ required: true, type: 'array', min: 1, message: t('assessment.evaluation.required.departments') }]}
      >
        <Select mode="multiple" allowClear optionFilterProp="label" options={names.departments.map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item
        name="scorerIds"
        label={t('assessment.evaluation.scorers')}
        extra={t('assessment.evaluation.scorers.help')}
        rules={[{ required: true, type: 'array', min: 1, message: t('assessment.evaluation.required.scorers') }]}
      >
        <Select mode="multiple" allowClear optionFilterProp="label" options={scorerOptions} />
      </Form.Item>
      <Form.Item name="threshold" label={t('assessment.evaluation.threshold')} extra={t('assessment.evaluation.threshold.help')}>
        <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('assessment.evaluations.new')}
        </Button>
        <Button onClick={onDone} disabled={false}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
