import { Card, Empty, Flex, Pagination, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Countdown, TicketFlags } from '@/components/Countdown';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { DEFAULT_PAGE_SIZE, type Ticket, type TicketListQuery, useTicketList } from '../api';
import { useNames } from '../names';
import { StateTag } from './StateTag';
import { usePhone } from '@/lib/use-phone';

export interface TicketTableProps {
  /** The filters of GET /api/tickets; page and pageSize are the table's own (given ones are the start). */
  params: TicketListQuery;
  /** A heading above the list (a table needs one for screen readers). */
  title?: ReactNode;
  emptyText?: string;
}

const PAGE_SIZES = [10, 20, 50, 100];

/** A page of orders from the server: a table on wide screens, a list of cards on phones. */
export function TicketTable({ params, title, emptyText }: TicketTableProps) {
  const { t, tx } = useI18n();
  const names = useNames();
  const phone = usePhone();
  const [page, setPage] = useState(params.page ?? 1);
  const [pageSize, setPageSize] = useState(params.pageSize ?? DEFAULT_PAGE_SIZE);
  const filters = JSON.stringify({ ...params, page: undefined, pageSize: undefined });
  // Other filters, other list: back to its first page.
  useEffect(() => setPage(1), [filters]);
  const query = useMemo(() => ({ ...params, page, pageSize }), [params, page, pageSize]);
  const list = useTicketList(query);
  const data = list.data;
  const showTotal = (total: number) => t(data && !data.totalExact ? 'common.totalEstimate' : 'common.total', { total: total.toLocaleString() });
  const onPage = (next: number, size: number) => {
    if (size !== pageSize) {
      setPageSize(size);
      setPage(1);
    } else setPage(next);
  };
  const columns: ColumnsType<Ticket> = [
    { title: t('tickets.column.code'), dataIndex: 'code', key: 'code', render: (code: string, ticket) => <Link to={`/orders/${ticket.id}`}>{code}</Link> },
    { title: t('tickets.column.title'), dataIndex: 'title', key: 'title', ellipsis: true, width: 200 },
    { title: t('tickets.column.state'), dataIndex: 'state', key: 'state', render: (_: unknown, ticket) => <StateTag state={ticket.state} /> },
    {
      title: t('tickets.column.deadline'),
      key: 'deadline',
      render: (_: unknown, ticket) => (
        <Space size={4} wrap={false}>
          <Countdown ticket={ticket} />
          <TicketFlags ticket={ticket} />
        </Space>
      ),
    },
    { title: t('tickets.column.category'), dataIndex: 'category', key: 'category', render: (c: string) => tx(`category.${c}`) },
    { title: t('tickets.column.priority'), dataIndex: 'priority', key: 'priority', render: (p: string | null) => (p ? tx(`priority.${p}`) : '—') },
    { title: t('tickets.column.enterprise'), key: 'enterprise', render: (_: unknown, ticket) => names.enterprise(ticket.enterpriseId) },
    { title: t('tickets.column.department'), key: 'department', render: (_: unknown, ticket) => (ticket.departmentId ? names.department(ticket.departmentId) : '—') },
  ];
  const heading = title ? (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
      {title}
    </Typography.Title>
  ) : null;
  if (list.isError && !data) {
    return (
      <section>
        {heading}
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      </section>
    );
  }
  const empty = emptyText ?? t('tickets.list.empty');
  if (phone) {
    return (
      <section aria-label={typeof title === 'string' ? title : t('tickets.list.label')}>
        {heading && <div style={{ marginBlockEnd: 8 }}>{heading}</div>}
        <Spin spinning={list.isFetching}>
          {data && data.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
          ) : (
            <Flex vertical gap={8} role="list">
              {(data?.items ?? []).map((ticket) => (
                <TicketCard key={ticket.id} ticket={ticket} names={names} />
              ))}
            </Flex>
          )}
        </Spin>
        {data && data.total > 0 && (
          <Flex justify="center" style={{ marginBlockStart: 12 }}>
            <Pagination simple current={page} pageSize={pageSize} total={data.total} onChange={onPage} showTotal={showTotal} />
          </Flex>
        )}
      </section>
    );
  }
  return (
    <section>
      {heading && <div style={{ marginBlockEnd: 8 }}>{heading}</div>}
      <Table<Ticket>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: empty }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showTotal,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          onChange: onPage,
        }}
      />
    </section>
  );
}

function TicketCard({ ticket, names }: { ticket: Ticket; names: ReturnType<typeof useNames> }) {
  const { tx } = useI18n();
  return (
    <div role="listitem">
      <Card size="small">
        <Flex vertical gap={6}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Link to={`/orders/${ticket.id}`} style={{ fontWeight: 600 }}>
              {ticket.code}
            </Link>
            <StateTag state={ticket.state} />
          </Flex>
          <Typography.Text strong>{ticket.title}</Typography.Text>
          <Typography.Text>
            {tx(`category.${ticket.category}`)}
            {ticket.priority ? ` · ${tx(`priority.${ticket.priority}`)}` : ''}
            {names.enterprise(ticket.enterpriseId) ? ` · ${names.enterprise(ticket.enterpriseId)}` : ''}
            {ticket.departmentId && names.department(ticket.departmentId) ? ` → ${names.department(ticket.departmentId)}` : ''}
          </Typography.Text>
          <Space size={4} wrap>
            <Countdown ticket={ticket} />
            <TicketFlags ticket={ticket} />
          </Space>
        </Flex>
      </Card>
    </div>
  );
}
