import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { api, call } from '@/api/client';
import { ErrorState } from '@/components/ErrorState';
import { AdminPage } from '@/features/admin/components/AdminPage';
import { type Translate, useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { integrationKeys, type QueueState, useQueueState } from './api';

const STATES = ['waiting', 'delayed', 'active', 'failed'] as const;

function Counts({ t, title, counts }: { t: Translate; title: string; counts: Record<string, number> }) {
  return (
    <Card size="small" title={title}>
      <Row gutter={[16, 8]}>
        {STATES.map((state) => (
          <Col key={state} xs={12} sm={6}>
            <Statistic title={t(`queueState.state.${state}`)} value={counts[state] ?? 0} valueStyle={state === 'failed' && (counts[state] ?? 0) > 0 ? { color: '#cf1322' } : undefined} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

type FailedJob = QueueState['failedJobs'][number];

/** 队列状态: the background queues' jobs by state, the deliveries, and the failed jobs to retry. */
export default function QueueStatePage() {
  const { t } = useI18n();
  const state = useQueueState();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: (jobId: string) => call(api.POST('/api/webhooks/queues/jobs/{jobId}/retry', { params: { path: { jobId } } })),
    onSuccess: async () => {
      message.success(t('queueState.retried'));
      await queryClient.invalidateQueries({ queryKey: integrationKeys.queues });
    },
    onError: (error) => report(error),
  });
  return (
    <AdminPage title={t('queueState.title')}>
      <Typography.Paragraph style={{ color: '#595959' }}>{t('queueState.intro')}</Typography.Paragraph>
      {state.isError ? (
        <ErrorState error={state.error} onRetry={() => state.refetch()} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Counts t={t} title={t('queueState.deadlines')} counts={state.data?.deadlines ?? {}} />
          </Col>
          <Col xs={24} lg={12}>
            <Counts t={t} title={t('queueState.webhooks')} counts={state.data?.webhooks ?? {}} />
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('queueState.deliveries')}>
              <Row gutter={16}>
                {(['pending', 'failed', 'delivered'] as const).map((s) => (
                  <Col key={s} xs={8}>
                    <Statistic title={t(`webhooks.delivery.${s}`)} value={state.data?.deliveries[s] ?? 0} />
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('queueState.failedJobs')}>
              <Table<FailedJob>
                rowKey="id"
                size="small"
                loading={state.isPending}
                dataSource={state.data?.failedJobs ?? []}
                locale={{ emptyText: t('queueState.noFailedJobs') }}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: t('queueState.job'), key: 'job', render: (_, j) => `${j.name} #${j.id}` },
                  { title: t('queueState.error'), dataIndex: 'failedReason' },
                  { title: t('queueState.attempts'), dataIndex: 'attemptsMade', align: 'right' },
                  { title: t('queueState.finished'), dataIndex: 'finishedOn', render: (v: string | null) => (v ? formatTime(v) : '—') },
                  {
                    title: t('common.actions'),
                    key: 'retry',
                    render: (_, j) => (
                      <Button type="link" size="small" loading={retry.isPending && retry.variables === j.id} onClick={() => retry.mutate(j.id)}>
                        {t('queueState.retry')}
                      </Button>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </AdminPage>
  );
}
