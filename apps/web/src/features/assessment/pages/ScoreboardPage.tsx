import { Card, Descriptions, Flex, List, Skeleton, Space, type TableColumnsType, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { type ChainReport, type ReportParams, type ServiceReport, useChainReports, useScoreboard, useServiceReports } from '../api';
import { itemName } from '@/features/catalogue/api';
import { PeriodFilter, useReportFilter } from '../components/PeriodFilter';
import { byRank, type DepartmentScore, describeWeights, formatNumber, formatRate } from '../lib/figures';
import { periodDays } from '../lib/period';
import { useAssessmentNames } from '../names';
import { useSessionUser } from '@/features/auth/use-session';
import { ScrollTable } from '../components/ScrollTable';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { usePhone } from '@/lib/use-phone';

// The chart library is large: its own chunk, loaded after the table.
const ScoreboardCharts = lazy(() => import('../components/ScoreboardCharts'));

/** Chain-bound roles always see their own chain's scoreboard (the API's rule); the others choose. */
function seesSeveralChains(user: { role: string; chainId: string | null }): boolean {
  if (user.role === 'dispatcher' || user.role === 'commissioner') return false;
  return !(user.role === 'supervisor' && user.chainId);
}

const numeric = (key: keyof DepartmentScore) => (a: DepartmentScore, b: DepartmentScore) =>
  ((a[key] as number | null) ?? -1) - ((b[key] as number | null) ?? -1);

/** 三率排名: the departments' response, resolution and satisfaction rates, composite and rank. */
export default function ScoreboardPage() {
  const { t, tx, locale } = useI18n();
  const user = useSessionUser()!;
  const phone = usePhone();
  const filter = useReportFilter();
  const several = seesSeveralChains(user);
  const params = useMemo<ReportParams>(
    () => ({ ...filter.period, ...(several && filter.chainId ? { chainId: filter.chainId } : {}) }),
    [filter.period, filter.chainId, several],
  );
  const board = useScoreboard(params);
  const chains = useChainReports(params);
  const services = useServiceReports(params);
  const serviceColumns: TableColumnsType<ServiceReport> = [
    { key: 'name', title: t('catalogue.field'), render: (_, r) => (r.serviceCode && r.name ? `${itemName({ name: r.name, nameEn: r.nameEn }, locale)} (${r.serviceCode})` : t('catalogue.board.other')) },
    { key: 'tickets', title: t('catalogue.board.tickets'), dataIndex: 'tickets', align: 'right' },
    { key: 'open', title: t('catalogue.board.open'), dataIndex: 'open', align: 'right' },
    { key: 'solved', title: t('catalogue.board.solved'), dataIndex: 'solved', align: 'right' },
    { key: 'overdue', title: t('catalogue.board.overdue'), dataIndex: 'overdue', align: 'right' },
    { key: 'onTime', title: t('catalogue.board.onTime'), dataIndex: 'onTimeFeedbackRate', align: 'right', render: (v: number | null) => formatRate(v) },
    { key: 'rating', title: t('catalogue.board.rating'), dataIndex: 'averageRating', align: 'right', render: (v: number | null) => formatNumber(v) },
  ];
  const names = useAssessmentNames();
  const rows = useMemo(() => byRank(board.data?.departments ?? []), [board.data]);
  const days = periodDays(filter.period);
  const separator = locale === 'zh-CN' ? '、' : ', ';

  const columns: TableColumnsType<DepartmentScore> = [
    { key: 'rank', title: t('assessment.col.rank'), dataIndex: 'rank', width: 72, fixed: !phone ? 'left' : undefined, render: (v: number | null) => formatNumber(v), sorter: numeric('rank') },
    { key: 'name', title: t('assessment.col.department'), dataIndex: 'name', fixed: !phone ? 'left' : undefined },
    {
      key: 'composite',
      title: t('assessment.col.composite'),
      dataIndex: 'composite',
      align: 'right',
      render: (v: number | null) => <strong>{formatNumber(v)}</strong>,
      sorter: numeric('composite'),
    },
    { key: 'received', title: t('assessment.col.received'), dataIndex: 'received', align: 'right', sorter: numeric('received') },
    { key: 'responseRate', title: t('assessment.col.responseRate'), dataIndex: 'responseRate', align: 'right', render: (v: number | null) => formatRate(v), sorter: numeric('responseRate') },
    {
      key: 'onTimeFeedbackRate',
      title: t('assessment.col.onTimeFeedbackRate'),
      dataIndex: 'onTimeFeedbackRate',
      align: 'right',
      render: (v: number | null) => formatRate(v),
      sorter: numeric('onTimeFeedbackRate'),
    },
    { key: 'resolutionRate', title: t('assessment.col.resolutionRate'), dataIndex: 'resolutionRate', align: 'right', render: (v: number | null) => formatRate(v), sorter: numeric('resolutionRate') },
    {
      key: 'satisfactionRate',
      title: t('assessment.col.satisfactionRate'),
      dataIndex: 'satisfactionRate',
      align: 'right',
      render: (v: number | null) => formatRate(v),
      sorter: numeric('satisfactionRate'),
    },
    { key: 'meanRating', title: t('assessment.col.meanRating'), dataIndex: 'meanRating', align: 'right', render: (v: number | null) => formatNumber(v), sorter: numeric('meanRating') },
    { key: 'returns', title: t('assessment.col.returns'), dataIndex: 'returns', align: 'right', sorter: numeric('returns') },
    {
      key: 'escalations',
      title: t('assessment.col.escalations'),
      align: 'right',
      render: (_: unknown, r) => `${r.escalations.level1}/${r.escalations.level2}/${r.escalations.level3}`,
    },
    { key: 'evaluationScore', title: t('assessment.col.evaluationScore'), dataIndex: 'evaluationScore', align: 'right', render: (v: number | null) => formatNumber(v), sorter: numeric('evaluationScore') },
  ];

  const chainColumns: TableColumnsType<ChainReport> = [
    { key: 'name', title: t('assessment.chain'), dataIndex: 'name' },
    { key: 'tickets', title: t('assessment.chains.tickets'), dataIndex: 'tickets', align: 'right' },
    { key: 'open', title: t('assessment.chains.open'), dataIndex: 'open', align: 'right' },
    { key: 'solved', title: t('assessment.chains.solved'), dataIndex: 'solved', align: 'right' },
    { key: 'overdue', title: t('assessment.chains.overdue'), dataIndex: 'overdue', align: 'right' },
    {
      key: 'byCategory',
      title: t('assessment.chains.byCategory'),
      render: (_: unknown, c) => breakdown(c.byCategory as Record<string, number>, (k) => tx(`category.${k}`), separator) || t('assessment.empty'),
    },
    {
      key: 'byState',
      title: t('assessment.chains.byState'),
      render: (_: unknown, c) => breakdown(c.byState as Record<string, number>, (k) => tx(`state.${k}`), separator) || t('assessment.empty'),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
          {t('assessment.scoreboard.title')}
        </Typography.Title>
        <PeriodFilter filter={filter} idPrefix="scoreboard" chains={several ? names.chains : undefined} />
        <Typography.Paragraph style={{ marginBlock: '12px 0' }}>
          {days.first && days.last ? t('assessment.period.between', { from: days.first, to: days.last }) : t('assessment.period.allTime')}
          {' · '}
          {t('assessment.scoreboard.intro')}
          {board.data && (
            <>
              {' '}
              {t('assessment.scoreboard.weights', {
                weights: describeWeights(board.data.weights as Record<string, number>, (k) => tx(`assessment.scoreboard.weight.${k}`), separator),
              })}
            </>
          )}
        </Typography.Paragraph>
      </Card>
      {board.isError ? (
        <Card>
          <ErrorState error={board.error} onRetry={() => board.refetch()} />
        </Card>
      ) : (
        <>
          <Card>
            <Typography.Title level={2} style={{ fontSize: 18, marginBlockStart: 0 }}>
              {t('assessment.scoreboard.charts')}
            </Typography.Title>
            {board.isPending ? (
              <Skeleton active />
            ) : (
              <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 6 }} aria-label={t('assessment.chart.loading')} />}>
                <ScoreboardCharts rows={rows} />
              </Suspense>
            )}
          </Card>
          <Card>
            <Flex justify="space-between" align="baseline" wrap>
              <Typography.Title level={2} id="scoreboard-table" style={{ fontSize: 18, marginBlockStart: 0 }}>
                {t('assessment.scoreboard.table')}
              </Typography.Title>
            </Flex>
            {!phone ? (
              <ScrollTable<DepartmentScore>
                aria-labelledby="scoreboard-table"
                label={t('assessment.scoreboard.table')}
                rowKey="departmentId"
                size="middle"
                loading={board.isFetching}
                columns={columns}
                dataSource={rows}
                pagination={false}
                locale={{ emptyText: t('assessment.scoreboard.empty') }}
              />
            ) : (
              <ScoreList rows={rows} loading={board.isFetching} labelledBy="scoreboard-table" />
            )}
          </Card>
        </>
      )}
      <Card>
        <Typography.Title level={2} id="scoreboard-services" style={{ fontSize: 18, marginBlockStart: 0 }}>
          {t('catalogue.board')}
        </Typography.Title>
        {services.isError ? (
          <ErrorState error={services.error} onRetry={() => services.refetch()} />
        ) : (
          <ScrollTable<ServiceReport>
            aria-labelledby="scoreboard-services"
            label={t('catalogue.board')}
            rowKey={(r) => r.serviceCode ?? '—'}
            size="middle"
            loading={services.isFetching}
            columns={serviceColumns}
            dataSource={services.data ?? []}
            pagination={false}
            locale={{ emptyText: t('common.empty') }}
          />
        )}
      </Card>
      <Card>
        <Typography.Title level={2} id="scoreboard-chains" style={{ fontSize: 18, marginBlockStart: 0 }}>
          {t('assessment.chains.title')}
        </Typography.Title>
        {chains.isError ? (
          <ErrorState error={chains.error} onRetry={() => chains.refetch()} />
        ) : (
          <ScrollTable<ChainReport>
            aria-labelledby="scoreboard-chains"
            label={t('assessment.chains.title')}
            rowKey="chainId"
            size="middle"
            loading={chains.isFetching}
            columns={chainColumns}
            dataSource={chains.data ?? []}
            pagination={false}
            locale={{ emptyText: t('common.empty') }}
          />
        )}
      </Card>
    </Space>
  );
}

/** "融资 3、物流 1", largest first. */
function breakdown(counts: Record<string, number>, label: (key: string) => string, separator: string): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${label(key)} ${n}`)
    .join(separator);
}

/** On a phone: one card per department, rank and composite first, the rates beneath. */
function ScoreList({ rows, loading, labelledBy }: { rows: DepartmentScore[]; loading: boolean; labelledBy: string }) {
  const { t, locale } = useI18n();
  return (
    <List<DepartmentScore>
      aria-labelledby={labelledBy}
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: t('assessment.scoreboard.empty') }}
      renderItem={(r) => (
        <List.Item key={r.departmentId}>
          <div style={{ width: '100%' }}>
            <Flex justify="space-between" align="baseline" gap={8}>
              <Typography.Text strong>
                {r.rank !== null ? `${r.rank}. ` : ''}
                {r.name}
              </Typography.Text>
              <Typography.Text>
                {t('assessment.col.composite')} <strong>{formatNumber(r.composite)}</strong>
              </Typography.Text>
            </Flex>
            <Descriptions size="small" column={locale === 'zh-CN' ? 2 : 1} style={{ marginBlockStart: 4 }}>
              <Descriptions.Item label={t('assessment.col.responseRate')}>{formatRate(r.responseRate)}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.resolutionRate')}>{formatRate(r.resolutionRate)}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.satisfactionRate')}>{formatRate(r.satisfactionRate)}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.onTimeFeedbackRate')}>{formatRate(r.onTimeFeedbackRate)}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.received')}>{r.received}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.meanRating')}>{formatNumber(r.meanRating)}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.returns')}>{r.returns}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.escalations')}>{`${r.escalations.level1}/${r.escalations.level2}/${r.escalations.level3}`}</Descriptions.Item>
              <Descriptions.Item label={t('assessment.col.evaluationScore')}>{formatNumber(r.evaluationScore)}</Descriptions.Item>
            </Descriptions>
          </div>
        </List.Item>
      )}
    />
  );
}
