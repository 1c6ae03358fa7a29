import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '@/api/client';
import { ErrorState } from '@/components/ErrorState';
import { AttachmentField, FileLinks } from '@/features/tickets';
import { PageLoading } from '@/components/PageLoading';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { assessmentKeys, type Rectification, useEvaluation, useRectification } from '../api';
import { RectificationCountdown, RectificationFlags } from '../components/RectificationCountdown';
import { RectificationStateTag } from '../components/Tags';
import { formatNumber } from '../lib/figures';
import { offeredActions } from '../lib/rectification';
import { useAssessmentNames } from '../names';
import { usePhone } from '@/lib/use-phone';

type Decision = 'sign-off' | 'reject';

/** One 整改单: what it is about, the report, and exactly the actions the API offers the caller. */
export default function RectificationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const phone = usePhone();
  const rectification = useRectification(id);
  const evaluation = useEvaluation(rectification.data?.evaluationId ?? '');
  const names = useAssessmentNames();
  const [decision, setDecision] = useState<Decision | null>(null);

  if (rectification.isPending) return <PageLoading />;
  if (rectification.isError) {
    return (
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20 }}>
          {t('assessment.rect.title')}
        </Typography.Title>
        <ErrorState error={rectification.error} onRetry={() => rectification.refetch()} />
      </Card>
    );
  }
  const r = rectification.data;
  const actions = offeredActions(r.availableActions);
  const decisions = actions.filter((a): a is Decision => a === 'sign-off' || a === 'reject');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/rectifications">← {t('assessment.rect.back')}</Link>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={8}>
          <Space align="center" wrap>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {t('assessment.rect.detail', { code: r.code })}
            </Typography.Title>
            <RectificationStateTag state={r.state} />
            <RectificationCountdown rectification={r} />
            <RectificationFlags rectification={r} />
          </Space>
          {decisions.length > 0 && (
            <Space wrap>
              {decisions.map((a) => (
                <Button key={a} type={a === 'sign-off' ? 'primary' : 'default'} danger={a === 'reject'} onClick={() => setDecision(a)}>
                  {t(`assessment.action.${a}`)}
                </Button>
              ))}
            </Space>
          )}
        </Flex>
        <Descriptions size="small" column={!phone ? 2 : 1} style={{ marginBlockStart: 16 }}>
          <Descriptions.Item label={t('assessment.rect.department')}>{names.departmentName(r.departmentId) || t('assessment.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.rect.evaluation')}>
            <Link to={`/evaluations/${r.evaluationId}`}>{evaluation.data?.title ?? t('common.view')}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('assessment.rect.score')}>{t('assessment.rect.scoreLine', { score: formatNumber(r.score), threshold: r.threshold })}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.rect.dueBy')}>{formatTime(r.dueBy)}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.rect.escalation')}>
            {r.escalationLevel > 0 ? t('escalation.level', { level: r.escalationLevel }) : t('escalation.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessment.rect.rejections')}>{r.rejections}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.rect.createdAt')}>{formatTime(r.createdAt)}</Descriptions.Item>
          {r.reportedAt && <Descriptions.Item label={t('assessment.rect.reportedAt')}>{formatTime(r.reportedAt)}</Descriptions.Item>}
          {r.signedOffAt && <Descriptions.Item label={t('assessment.rect.signedOffAt')}>{formatTime(r.signedOffAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>

      <Card>
        <Typography.Title level={2} style={{ fontSize: 18, marginBlockStart: 0 }}>
          {/* Sent back and open again: the report shown is the previous one, above the form for the next. */}
          {r.state === 'open' && r.report ? t('assessment.rect.previousReport') : t('assessment.rect.report')}
        </Typography.Title>
        {(r.report || !actions.includes('report')) && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.report ?? t('assessment.rect.noReport')}</Typography.Paragraph>
        )}
        {r.reportAttachments.length > 0 && (
          <section aria-label={t('assessment.rect.evidence')} style={{ marginBlockEnd: 16 }}>
            <Typography.Text strong>{t('assessment.rect.evidence')}</Typography.Text>
            <FileLinks files={r.reportAttachments} />
          </section>
        )}
        {r.decisionNote && (
          <>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('assessment.rect.decisionNote')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.decisionNote}</Typography.Paragraph>
          </>
        )}
        {actions.includes('report') && <ReportForm rectification={r} />}
        {actions.length === 0 && r.state !== 'signed_off' && <Typography.Paragraph style={{ margin: 0 }}>{t('assessment.action.none')}</Typography.Paragraph>}
      </Card>
      {decision && <DecisionModal rectification={r} action={decision} onClose={() => setDecision(null)} />}
    </Space>
  );
}

/** After an action: the answer is the order as it is now; lists refresh. */
function useRectificationAction(r: Rectification) {
  const queryClient = useQueryClient();
  return (view: Rectification) => {
    queryClient.setQueryData(assessmentKeys.rectification(r.id), view);
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.rectifications });
  };
}

interface ReportValues {
  report: string;
  attachmentIds?: string[];
}

function ReportForm({ rectification }: { rectification: Rectification }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<ReportValues>();
  const { message } = App.useApp();
  const report = useReportError();
  const done = useRectificationAction(rectification);
  const send = useMutation({
    mutationFn: (values: ReportValues) =>
      call(api.POST('/api/rectifications/{id}/report', { params: { path: { id: rectification.id } }, body: { report: values.report.trim(), attachmentIds: values.attachmentIds?.length ? values.attachmentIds : undefined } })),
    onSuccess: (view) => {
      done(view);
      form.resetFields();
      message.success(t('assessment.action.report.done'));
    },
  });
  const submit = (values: ReportValues) =>
    send.mutate(values, {
      onError: (error) => report(error, { form, retry: () => submit(values), refresh: [assessmentKeys.rectification(rectification.id)] }),
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={send.isPending} name="rectification-report" aria-label={t('assessment.action.report.field')}>
      <Form.Item
        name="report"
        label={t('assessment.action.report.field')}
        rules={[
          { required: true, whitespace: true, message: t('assessment.action.report.required') },
          { max: 10000, message: t('assessment.form.tooLong', { max: 10000 }) },
        ]}
      >
        <Input.TextArea rows={6} maxLength={10000} showCount />
      </Form.Item>
      <Form.Item name="attachmentIds" label={`${t('assessment.rect.evidence')}${locale === 'zh-CN' ? '' : ' '}${t('common.optional')}`} extra={t('assessment.rect.evidenceHint')}>
        <AttachmentField to={{ kind: 'rectification', id: rectification.id }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending}>
        {t('assessment.action.report')}
      </Button>
    </Form>
  );
}

function DecisionModal({ rectification, action, onClose }: { rectification: Rectification; action: Decision; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ note?: string }>();
  const { message } = App.useApp();
  const report = useReportError();
  const done = useRectificationAction(rectification);
  const path = { path: { id: rectification.id } };
  const decide = useMutation({
    mutationFn: (note: string | undefined) =>
      action === 'sign-off'
        ? call(api.POST('/api/rectifications/{id}/sign-off', { params: path, body: note ? { note } : {} }))
        : call(api.POST('/api/rectifications/{id}/reject', { params: path, body: { note: note ?? '' } })),
    onSuccess: (view) => {
      done(view);
      message.success(t(action === 'sign-off' ? 'assessment.action.signOff.done' : 'assessment.action.reject.done'));
      onClose();
    },
  });
  const submit = ({ note }: { note?: string }) =>
    decide.mutate(note?.trim() || undefined, {
      onError: (error) => report(error, { form, retry: () => submit({ note }), refresh: [assessmentKeys.rectification(rectification.id)] }),
    });
  const reject = action === 'reject';
  return (
    <Modal
      open
      title={`${t(`assessment.action.${action}`)} · ${rectification.code}`}
      okText={t(`assessment.action.${action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: reject, loading: decide.isPending, htmlType: 'submit', form: 'rectification-decision' }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="rectification-decision" id="rectification-decision" onFinish={submit} disabled={decide.isPending}>
        <Form.Item
          name="note"
          label={reject ? t('assessment.action.reject.note') : t('assessment.action.signOff.note')}
          rules={[...(reject ? [{ required: true, whitespace: true, message: t('assessment.action.reject.required') }] : []), { max: 2000, message: t('assessment.form.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea rows={4} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
