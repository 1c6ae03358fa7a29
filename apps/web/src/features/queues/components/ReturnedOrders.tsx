import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Pagination, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '@/api/client';
import { Countdown, TicketFlags } from '@/components/Countdown';
import { ErrorState } from '@/components/ErrorState';
import { type Ticket, ticketKeys, ticketListQuery } from '@/features/tickets';
import { useI18n } from '@/lib/i18n';
import { useDepartmentName } from '../hooks';
import { lastReturn, RETURNED_PAGE_SIZE, returnedParams, type TicketSort } from '../queues';
import { usePhone } from '@/lib/use-phone';

/**
 * Why the order came back: the reason of its last `returned` event. The ticket view carries
 * the count but not the reason, so each returned row reads its timeline (the same query the
 * ticket page uses, so opening the order costs nothing more).
 */
function ReturnReason({ ticket }: { ticket: Ticket }) {
  const { t, tx } = useI18n();
  const departmentName = useDepartmentName();
  const events = useQuery({
    queryKey: ticketKeys.events(ticket.id),
    queryFn: ({ signal }) => call(api.GET('/api/tickets/{id}/events', { params: { path: { id: ticket.id } }, signal })),
    staleTime: 60_000,
  });
  // Plain text, not Typography.Text: a row's cell needs no copy or ellipsis machinery.
  if (events.isPending) return <span>{t('queues.returns.loading')}</span>;
  const last = events.data ? lastReturn(events.data) : null;
  if (!last) return <span>{t('queues.returns.onTicketPage')}</span>;
  const department = last.departmentId ? departmentName(last.departmentId) : '';
  const reason = tx(`returnReason.${last.reason}`);
  return (
    <Flex vertical gap={2}>
      <span>{department ? t('queues.returns.reason', { department, reason }) : t('queues.returns.reasonNoDepartment', { reason })}</span>
      {last.note && <span style={{ color: '#434343' }}>{t('queues.returns.note', { note: last.note })}</span>}
    </Flex>
  );
}

/** The orders a department sent back (退单), each with its bounce count and the last reason. */
export function ReturnedOrders({ sort }: { sort: TicketSort }) {
  const { t, tx } = useI18n();
  const phone = usePhone();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(RETURNED_PAGE_SIZE);
  useEffect(() => setPage(1), [sort]);
  const params = { ...returnedParams(sort), page, pageSize };
  const list = useQuery({ ...ticketListQuery(params), placeholderData: keepPreviousData });
  const data = list.data;
  const title = t('queues.returned.title');
  const heading = (
    <Typography.Title level={2} style={{ fontSize: 16, margin: '0 0 8px' }}>
      {title}
    </Typography.Title>
  );
  if (list.isError && !data) {
    return (
      <section>
        {heading}
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      </section>
    );
  }
  const onPage = (next: number, size: number) => {
    if (size !== pageSize) {
      setPageSize(size);
      setPage(1);
    } else setPage(next);
  };
  const showTotal = (total: number) => t('common.total', { total: total.toLocaleString() });
  const empty = t('queues.empty.returned');
  if (phone) {
    return (
      <section aria-label={title}>
        {heading}
        <Spin spinning={list.isFetching}>
          {data && data.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
          <Flex vertical gap={8}>
            {(data?.items ?? []).map((ticket) => (
              <Card key={ticket.id} size="small">
                <Flex vertical gap={6}>
                  <Link to={`/orders/${ticket.id}`} style={{ fontWeight: 600 }}>
                    {ticket.code}
                  </Link>
                  <Typography.Text strong>{ticket.title}</Typography.Text>
                  <ReturnReason ticket={ticket} />
                  <Space size={4} wrap>
                    <Countdown ticket={ticket} />
                    <TicketFlags ticket={ticket} />
                  </Space>
                </Flex>
              </Card>
            ))}
          </Flex>
        </Spin>
        {data && data.total > pageSize && (
          <Flex justify="center" style={{ marginBlockStart: 12 }}>
            <Pagination simple current={page} pageSize={pageSize} total={data.total} onChange={onPage} showTotal={showTotal} />
          </Flex>
        )}
      </section>
    );
  }
  const columns: ColumnsType<Ticket> = [
    { title: t('queues.col.code'), dataIndex: 'code', key: 'code', render: (code: string, ticket) => <Link to={`/orders/${ticket.id}`}>{code}</Link> },
    { title: t('queues.col.title'), dataIndex: 'title', key: 'title', ellipsis: true, width: 200 },
    { title: t('queues.col.category'), dataIndex: 'category', key: 'category', render: (c: string) => tx(`category.${c}`) },
    {
      title: t('queues.returns.title'),
      key: 'returns',
      width: 300,
      render: (_: unknown, ticket) => (
        <Flex vertical gap={4} align="flex-start">
          <TicketFlags ticket={ticket} />
          <ReturnReason ticket={ticket} />
        </Flex>
      ),
    },
    { title: t('queues.col.deadline'), key: 'deadline', render: (_: unknown, ticket) => <Countdown ticket={ticket} /> },
  ];
  return (
    <section>
      {heading}
      <Table<Ticket>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: empty }}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, showTotal, showSizeChanger: true, pageSizeOptions: [10, 20, 50], onChange: onPage, hideOnSinglePage: true }}
      />
    </section>
  );
}
