import { Card, Form, Space, type TableColumnsType, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { type Rectification, useEvaluations, useRectifications } from '../api';
import { RectificationCountdown } from '../components/RectificationCountdown';
import { RectificationStateTag, ToneTag } from '../components/Tags';
import { formatNumber } from '../lib/figures';
import { useAssessmentNames } from '../names';
import { ChoiceFilter } from '../components/ChoiceFilter';
import { ScrollTable } from '../components/ScrollTable';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { usePhone } from '@/lib/use-phone';

type StateFilter = 'all' | Rectification['state'];
const STATES: Rectification['state'][] = ['open', 'reported', 'signed_off'];

/** 整改: the rectification orders the caller may see, with the deadline at a glance. */
export default function RectificationsPage() {
  const { t, tx } = useI18n();
  const phone = usePhone();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('state');
  const state: StateFilter = (STATES as string[]).includes(raw ?? '') ? (raw as Rectification['state']) : 'all';
  const list = useRectifications(state === 'all' ? {} : { state });
  const names = useAssessmentNames();
  const evaluations = useEvaluations();
  const evaluationTitle = new Map((evaluations.data ?? []).map((e) => [e.id, e.title]));
  const columns: TableColumnsType<Rectification> = [
    { key: 'code', title: t('assessment.rect.code'), dataIndex: 'code', render: (code: string, r) => <Link to={`/rectifications/${r.id}`}>{code}</Link> },
    { key: 'department', title: t('assessment.rect.department'), render: (_: unknown, r) => names.departmentName(r.departmentId) },
    { key: 'state', title: t('assessment.rect.state'), dataIndex: 'state', render: (s: Rectification['state']) => <RectificationStateTag state={s} /> },
    {
      key: 'countdown',
      title: t('assessment.rect.dueBy'),
      render: (_: unknown, r) => (
        <Space orientation="vertical" size={2}>
          <RectificationCountdown rectification={r} />
          <span>{formatTime(r.dueBy)}</span>
        </Space>
      ),
    },
    {
      key: 'escalation',
      title: t('assessment.rect.escalation'),
      dataIndex: 'escalationLevel',
      render: (level: number) => (level > 0 ? <ToneTag tone="red">{t('escalation.level', { level })}</ToneTag> : t('escalation.none')),
    },
    { key: 'rejections', title: t('assessment.rect.rejections'), dataIndex: 'rejections', align: 'right' },
    { key: 'score', title: t('assessment.rect.score'), render: (_: unknown, r) => t('assessment.rect.scoreLine', { score: formatNumber(r.score), threshold: r.threshold }) },
    {
      key: 'evaluation',
      title: t('assessment.rect.evaluation'),
      render: (_: unknown, r) => <Link to={`/evaluations/${r.evaluationId}`}>{evaluationTitle.get(r.evaluationId) ?? t('common.view')}</Link>,
    },
  ];
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t('assessment.rect.title')}
      </Typography.Title>
      <Form layout="inline" style={{ marginBlockEnd: 12 }}>
        <ChoiceFilter<StateFilter>
          id="rectifications-state"
          label={t('assessment.rect.state')}
          value={state}
          options={[{ value: 'all' as StateFilter, label: t('common.all') }, ...STATES.map((s) => ({ value: s as StateFilter, label: tx(`assessment.rect.state.${s}`) }))]}
          onChange={(value) => {
            const next = new URLSearchParams(search);
            if (value === 'all') next.delete('state');
            else next.set('state', value);
            setSearch(next, { replace: true });
          }}
        />
      </Form>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          <Typography.Title level={2} id="rectifications-table" style={{ fontSize: 16 }}>
            {t('assessment.rect.table')}
          </Typography.Title>
          <ScrollTable<Rectification>
            aria-labelledby="rectifications-table"
            label={t('assessment.rect.table')}
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            size={!phone ? 'middle' : 'small'}
            locale={{ emptyText: t('assessment.rect.empty') }}
          />
        </>
      )}
    </Card>
  );
}
