import { Button, Card, Drawer, Flex, Form, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Evaluation, useEvaluations } from '../api';
import { NewEvaluationForm } from '../components/NewEvaluationForm';
import { EvaluationStateTag } from '../components/Tags';
import { canCreateEvaluation } from '../lib/evaluation';
import { useAssessmentNames } from '../names';
import { ChoiceFilter } from '../components/ChoiceFilter';
import { ScrollTable } from '../components/ScrollTable';
import { ErrorState } from '@/components/ErrorState';
import { useSessionUser } from '@/features/auth/use-session';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { usePhone } from '@/lib/use-phone';

type StateFilter = 'all' | 'open' | 'closed';

/** 测评会: the evaluations the caller takes part in or oversees; the committee holds new ones. */
export default function EvaluationsPage() {
  const { t } = useI18n();
  const user = useSessionUser()!;
  const phone = usePhone();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('state');
  const state: StateFilter = raw === 'open' || raw === 'closed' ? raw : 'all';
  const list = useEvaluations(state === 'all' ? undefined : state);
  const names = useAssessmentNames();
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<Evaluation> = [
    {
      key: 'title',
      title: t('assessment.evaluation.title'),
      dataIndex: 'title',
      render: (title: string, e) => <Link to={`/evaluations/${e.id}`}>{title}</Link>,
    },
    { key: 'state', title: t('assessment.evaluation.state'), dataIndex: 'state', render: (s: Evaluation['state']) => <EvaluationStateTag state={s} /> },
    {
      key: 'chain',
      title: t('assessment.evaluation.chain'),
      dataIndex: 'chainId',
      render: (id: string | null) => (id ? names.chainName(id) || t('assessment.empty') : t('assessment.chain.allChains')),
    },
    { key: 'period', title: t('assessment.evaluation.period'), render: (_: unknown, e) => t('assessment.period.between', { from: e.periodFrom, to: e.periodTo }) },
    { key: 'departments', title: t('assessment.evaluation.departments'), align: 'right', render: (_: unknown, e) => e.departments.length },
    { key: 'scorers', title: t('assessment.evaluation.scorers'), align: 'right', render: (_: unknown, e) => e.scorers.length },
    { key: 'threshold', title: t('assessment.evaluation.threshold'), dataIndex: 'threshold', align: 'right' },
    { key: 'createdAt', title: t('assessment.evaluation.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
  ];
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBlockEnd: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('assessment.evaluations.title')}
        </Typography.Title>
        {canCreateEvaluation(user) && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('assessment.evaluations.new')}
          </Button>
        )}
      </Flex>
      <Form layout="inline" style={{ marginBlockEnd: 12 }}>
        <ChoiceFilter<StateFilter>
          id="evaluations-state"
          label={t('assessment.evaluations.filter')}
          value={state}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'open', label: t('assessment.evaluation.state.open') },
            { value: 'closed', label: t('assessment.evaluation.state.closed') },
          ]}
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
          <Typography.Title level={2} id="evaluations-table" style={{ fontSize: 16 }}>
            {t('assessment.evaluations.table')}
          </Typography.Title>
          <ScrollTable<Evaluation>
            aria-labelledby="evaluations-table"
            label={t('assessment.evaluations.table')}
            rowKey="id"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            size={!phone ? 'middle' : 'small'}
            locale={{ emptyText: t('assessment.evaluations.empty') }}
          />
        </>
      )}
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        title={t('assessment.evaluations.new')}
        size={!phone ? 520 : '100%'}
        destroyOnHidden
      >
        <NewEvaluationForm onDone={() => setCreating(false)} />
      </Drawer>
    </Card>
  );
}
