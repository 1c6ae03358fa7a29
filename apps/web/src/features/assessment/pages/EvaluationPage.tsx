import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Space, type TableColumnsType, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, call } from '@/api/client';
import { ScrollTable } from '../components/ScrollTable';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { useSessionUser } from '@/features/auth/use-session';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { assessmentKeys, type Evaluation, useEvaluation } from '../api';
import { RecusalNote } from '../components/RecusalNote';
import { ScoreForm } from '../components/ScoreForm';
import { EvaluationStateTag, ToneTag } from '../components/Tags';
import { belowThreshold, canClose, canScore, isCommittee } from '../lib/evaluation';
import { formatNumber } from '../lib/figures';
import { useAssessmentNames } from '../names';
import { usePhone } from '@/lib/use-phone';

type Department = Evaluation['departments'][number];
type Score = Evaluation['scores'][number];

/** One 测评会: its departments (results once closed), the scoring forms, the committee's close. */
export default function EvaluationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useSessionUser()!;
  const phone = usePhone();
  const evaluation = useEvaluation(id);
  const names = useAssessmentNames();
  const { modal, message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const key = assessmentKeys.evaluation(id);
  const close = useMutation({
    mutationFn: () => call(api.POST('/api/evaluations/{id}/close', { params: { path: { id } } })),
    onSuccess: (view) => {
      queryClient.setQueryData(key, view);
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.evaluations });
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.rectifications });
      message.success(t('assessment.close.done'));
    },
  });

  if (evaluation.isPending) return <PageLoading />;
  if (evaluation.isError) {
    return (
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20 }}>
          {t('assessment.evaluations.title')}
        </Typography.Title>
        <ErrorState error={evaluation.error} onRetry={() => evaluation.refetch()} />
      </Card>
    );
  }
  const e = evaluation.data;
  const committee = isCommittee(user, e);
  const scoring = canScore(user, e);
  const closed = e.state === 'closed';
  const scorerName = new Map(e.scorers.map((s) => [s.userId, s.name]));
  const departmentName = new Map(e.departments.map((d) => [d.departmentId, d.name]));

  const confirmClose = () => {
    modal.confirm({
      title: t('assessment.close.confirm', { title: e.title }),
      content: t('assessment.close.confirmBody', { threshold: e.threshold }),
      okText: t('assessment.close'),
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync().catch((error: unknown) => {
          report(error, { refresh: [key], retry: confirmClose });
        }),
    });
  };

  const departmentColumns: TableColumnsType<Department> = [
    { key: 'name', title: t('assessment.score.department'), dataIndex: 'name' },
    {
      key: 'result',
      title: t('assessment.evaluation.result'),
      align: 'right',
      render: (_: unknown, d) =>
        !closed ? (
          t('assessment.evaluation.pending')
        ) : d.result === null ? (
          t('assessment.evaluation.noResult')
        ) : (
          <Space size={4}>
            <strong>{formatNumber(d.result)}</strong>
            {belowThreshold(d.result, e.threshold) && <ToneTag tone="red">{t('assessment.evaluation.belowThreshold')}</ToneTag>}
          </Space>
        ),
    },
    { key: 'supervisorMean', title: t('assessment.evaluation.supervisorMean'), align: 'right', render: (_: unknown, d) => formatNumber(d.supervisorMean) },
    { key: 'enterpriseMean', title: t('assessment.evaluation.enterpriseMean'), align: 'right', render: (_: unknown, d) => formatNumber(d.enterpriseMean) },
    { key: 'scores', title: t('assessment.evaluation.counted'), align: 'right', render: (_: unknown, d) => formatNumber(d.scores) },
    { key: 'recused', title: t('assessment.evaluation.recusedCount'), align: 'right', render: (_: unknown, d) => formatNumber(d.recused) },
    {
      key: 'rectification',
      title: t('assessment.evaluation.rectification'),
      render: (_: unknown, d) => (d.rectificationId ? <Link to={`/rectifications/${d.rectificationId}`}>{t('assessment.evaluation.rectification.open')}</Link> : t('assessment.empty')),
    },
  ];

  const scoreColumns: TableColumnsType<Score> = [
    { key: 'department', title: t('assessment.score.department'), render: (_: unknown, s) => departmentName.get(s.departmentId) ?? '' },
    { key: 'scorer', title: t('assessment.score.scorer'), render: (_: unknown, s) => scorerName.get(s.scorerId) ?? '' },
    { key: 'score', title: t('assessment.score.score'), dataIndex: 'score', align: 'right' },
    {
      key: 'counted',
      title: t('assessment.score.counted'),
      render: (_: unknown, s) => (s.recused ? <RecusalNote reason={s.recusalReason} /> : t('common.yes')),
    },
    { key: 'comment', title: t('assessment.score.comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '' },
    { key: 'scoredAt', title: t('assessment.score.scoredAt'), dataIndex: 'scoredAt', render: (v: string) => formatTime(v) },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/evaluations">← {t('assessment.evaluation.back')}</Link>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={8}>
          <Space align="center" wrap>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {e.title}
            </Typography.Title>
            <EvaluationStateTag state={e.state} />
          </Space>
          {canClose(user, e) && (
            <Button type="primary" danger onClick={confirmClose} loading={close.isPending}>
              {t('assessment.close')}
            </Button>
          )}
        </Flex>
        <Descriptions size="small" column={!phone ? 3 : 1} style={{ marginBlockStart: 16 }}>
          {(!e.chainId || names.chainName(e.chainId)) && (
            <Descriptions.Item label={t('assessment.evaluation.chain')}>{e.chainId ? names.chainName(e.chainId) : t('assessment.chain.allChains')}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('assessment.evaluation.period')}>{t('assessment.period.between', { from: e.periodFrom, to: e.periodTo })}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.evaluation.threshold')}>{e.threshold}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.evaluation.scorers')}>
            {committee || e.scorers.length <= 12 ? e.scorers.map((s) => s.name).join(', ') || t('assessment.empty') : e.scorers.length}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessment.evaluation.createdAt')}>{formatTime(e.createdAt)}</Descriptions.Item>
          {e.closedAt && <Descriptions.Item label={t('assessment.evaluation.closedAt')}>{formatTime(e.closedAt)}</Descriptions.Item>}
        </Descriptions>
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('assessment.evaluation.weights', e.weights)}</Typography.Paragraph>
      </Card>

      {scoring && (
        <Card>
          <Typography.Title level={2} style={{ fontSize: 18, marginBlockStart: 0 }}>
            {t('assessment.score.title')}
          </Typography.Title>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {e.departments.map((d) => (
              <ScoreForm key={d.departmentId} evaluation={e} department={d} userId={user.id} />
            ))}
          </Space>
        </Card>
      )}

      <Card>
        <Typography.Title level={2} id="evaluation-departments" style={{ fontSize: 18, marginBlockStart: 0 }}>
          {t('assessment.evaluation.results')}
        </Typography.Title>
        <ScrollTable<Department>
          aria-labelledby="evaluation-departments"
          label={t('assessment.evaluation.results')}
          rowKey="departmentId"
          size="middle"
          columns={departmentColumns}
          dataSource={e.departments}
          pagination={false}
        />
      </Card>

      {(committee || (!scoring && e.scores.length > 0)) && (
        <Card>
          <Typography.Title level={2} id="evaluation-scores" style={{ fontSize: 18, marginBlockStart: 0 }}>
            {committee ? t('assessment.score.all') : t('assessment.score.mine')}
          </Typography.Title>
          <ScrollTable<Score>
            aria-labelledby="evaluation-scores"
            label={committee ? t('assessment.score.all') : t('assessment.score.mine')}
            rowKey={(s) => `${s.departmentId}:${s.scorerId}`}
            size="middle"
            columns={committee ? scoreColumns : scoreColumns.filter((c) => c.key !== 'scorer')}
            dataSource={e.scores}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('assessment.score.none') }}
          />
        </Card>
      )}
      {closed && e.scorers.some((s) => s.userId === user.id) && (
        <Typography.Paragraph>{t('assessment.score.closedNote')}</Typography.Paragraph>
      )}
    </Space>
  );
}
