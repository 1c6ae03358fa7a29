import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Select, Space, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useSessionUser } from '@/features/auth/use-session';
import { itemName } from '@/features/catalogue/api';
import { StateTag } from '@/features/tickets/components/StateTag';
import { useNames } from '@/features/tickets/names';
import { useDirectory } from '@/lib/directory';
import { useI18n } from '@/lib/i18n';
import { ScrollTable } from '../components/ScrollTable';

type Themes = components['schemas']['ThemesReport'];
type Repeated = Themes['repeats'][number];
type Service = Themes['services'][number];

/**
 * 每月一题: the problem of the month the committee takes up — what the chain's enterprises
 * ordered most, by catalogue item, and the problems most repeated (orders linked as repeats).
 */
export default function ThemesPage() {
  const { t, locale } = useI18n();
  const user = useSessionUser()!;
  const names = useNames();
  const dir = useDirectory();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const several = !(user.role === 'dispatcher' || user.role === 'commissioner' || (user.role === 'supervisor' && user.chainId));
  const [chainId, setChainId] = useState<string | undefined>(undefined);
  const query = { month, ...(several && chainId ? { chainId } : {}) };
  const themes = useQuery({
    queryKey: ['/api/reports/themes', query],
    queryFn: ({ signal }) => call(api.GET('/api/reports/themes', { params: { query }, signal })),
  });
  const repeatColumns: TableColumnsType<Repeated> = [
    { key: 'rank', title: t('themes.rank'), render: (_, __, i) => i + 1, width: 72 },
    { key: 'title', title: t('themes.problem'), render: (_, r) => <Link to={`/orders/${r.id}`}>{`${r.code} ${r.title}`}</Link> },
    { key: 'inMonth', title: t('themes.repeatsInMonth'), dataIndex: 'repeatsInMonth', align: 'right' },
    { key: 'repeats', title: t('themes.repeats'), dataIndex: 'repeats', align: 'right' },
    { key: 'enterprises', title: t('themes.enterprises'), dataIndex: 'enterprises', align: 'right' },
    { key: 'department', title: t('tickets.field.department'), render: (_, r) => (r.departmentId ? (names.department(r.departmentId) ?? '—') : '—') },
    { key: 'state', title: t('tickets.column.state'), render: (_, r) => <StateTag state={r.state as never} /> },
  ];
  const serviceColumns: TableColumnsType<Service> = [
    { key: 'rank', title: t('themes.rank'), render: (_, __, i) => i + 1, width: 72 },
    { key: 'name', title: t('catalogue.field'), render: (_, r) => (r.serviceCode && r.name ? `${itemName({ name: r.name, nameEn: r.nameEn }, locale)} (${r.serviceCode})` : t('catalogue.board.other')) },
    { key: 'tickets', title: t('catalogue.board.tickets'), dataIndex: 'tickets', align: 'right' },
    { key: 'open', title: t('catalogue.board.open'), dataIndex: 'open', align: 'right' },
    { key: 'solved', title: t('catalogue.board.solved'), dataIndex: 'solved', align: 'right' },
    { key: 'rating', title: t('catalogue.board.rating'), render: (_, r) => (r.averageRating === null ? '—' : r.averageRating.toFixed(2)), align: 'right' },
  ];
  return (
    <Flex vertical gap={12}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
          {t('themes.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('themes.intro')}</Typography.Paragraph>
        <Space wrap>
          <label htmlFor="themes-month">{t('themes.month')}</label>
          <DatePicker
            id="themes-month"
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
            disabledDate={(d) => d.isAfter(dayjs().endOf('month'))}
          />
          {several && (
            <>
              <label htmlFor="themes-chain">{t('themes.chain')}</label>
              <Select
                id="themes-chain"
                allowClear
                style={{ minWidth: 200 }}
                placeholder={t('themes.allChains')}
                value={chainId}
                onChange={setChainId}
                options={dir.chains.map((c) => ({ value: c.id, label: c.name }))}
              />
            </>
          )}
        </Space>
      </Card>
      {themes.isError ? (
        <Card>
          <ErrorState error={themes.error} onRetry={() => themes.refetch()} />
        </Card>
      ) : (
        <>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('themes.byRepeats')}</Typography.Title>}>
            <Typography.Paragraph type="secondary">{t('themes.byRepeatsHint')}</Typography.Paragraph>
            <ScrollTable<Repeated> label={t('themes.byRepeats')} rowKey="id" loading={themes.isPending} columns={repeatColumns} dataSource={themes.data?.repeats ?? []} pagination={false} locale={{ emptyText: t('themes.noRepeats') }} />
          </Card>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('themes.byService')}</Typography.Title>}>
            <ScrollTable<Service> label={t('themes.byService')} rowKey={(r) => r.serviceCode ?? 'other'} loading={themes.isPending} columns={serviceColumns} dataSource={themes.data?.services ?? []} pagination={false} locale={{ emptyText: t('themes.noOrders') }} />
          </Card>
        </>
      )}
    </Flex>
  );
}
