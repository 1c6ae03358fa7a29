import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { type Ticket, ticketKeys, useTicket } from '../api';
import { useNames } from '../names';
import { linkRepeat, percent, useSimilarTickets } from '../repeats';
import { StateTag } from './StateTag';

/** The order this one is a repeat of, named and linked (for those who may open it). */
export function RepeatOfNotice({ ticket }: { ticket: Ticket }) {
  const { t } = useI18n();
  const first = useTicket(ticket.repeatOf ?? '', ticket.repeatOf !== null);
  if (!ticket.repeatOf) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={
        <span>
          {t('repeats.isRepeat')} <Link to={`/orders/${ticket.repeatOf}`}>{first.data ? `${first.data.code} ${first.data.title}` : t('repeats.firstOrder')}</Link>
        </span>
      }
    />
  );
}

/**
 * 每月一题: the chain's earlier orders that look like this one, most alike first, with who
 * handled each and how it was rated; the committee marks one as the same problem.
 */
export function SimilarTickets({ ticket, canLink }: { ticket: Ticket; canLink: boolean }) {
  const { t, tx } = useI18n();
  const names = useNames();
  const similar = useSimilarTickets(ticket.id, true);
  const queryClient = useQueryClient();
  const report = useReportError();
  const { message } = App.useApp();
  const link = useMutation({
    mutationFn: (ofTicketId: string) => linkRepeat(ticket.id, ofTicketId),
    onSuccess: (updated) => {
      queryClient.setQueryData(ticketKeys.detail(ticket.id), updated);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      message.success(t('repeats.linked'));
    },
    onError: (error, ofTicketId) => report(error, { subject: 'ticket', retry: () => link.mutate(ofTicketId) }),
  });
  if (similar.isError) return <ErrorState error={similar.error} onRetry={() => similar.refetch()} subject="ticket" />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('repeats.intro')}</Typography.Paragraph>
      <List
        loading={similar.isPending}
        dataSource={similar.data ?? []}
        locale={{ emptyText: t('repeats.none') }}
        renderItem={({ ticket: other, score }) => {
          const linked = ticket.repeatOf !== null && (ticket.repeatOf === other.id || ticket.repeatOf === other.repeatOf);
          return (
            <List.Item
              key={other.id}
              actions={
                canLink && !linked
                  ? [
                      <Popconfirm key="link" title={t('repeats.confirm', { code: other.code })} okText={t('repeats.link')} cancelText={t('common.cancel')} onConfirm={() => link.mutate(other.id)}>
                        <Button size="small" loading={link.isPending && link.variables === other.id}>
                          {t('repeats.link')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : linked
                    ? [<Tag key="linked" color="blue">{t('repeats.linkedTag')}</Tag>]
                    : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap size={6}>
                    <Link to={`/orders/${other.id}`}>{other.code}</Link>
                    <span style={{ overflowWrap: 'anywhere' }}>{other.title}</span>
                  </Space>
                }
                description={
                  <Space wrap size={6}>
                    <Tag color="geekblue">{t('repeats.score', { score: percent(score) })}</Tag>
                    <StateTag state={other.state as Ticket['state']} />
                    <span>{other.departmentId ? (names.department(other.departmentId) ?? '—') : t('tickets.page.notDispatched')}</span>
                    <span>{other.rating ? t('tickets.rating.stars', { score: other.rating }) : t('repeats.notRated')}</span>
                    <span>{formatTime(other.createdAt)}</span>
                    {other.repeatOf && <span>{t('repeats.itselfRepeat')}</span>}
                    <span>{tx(`category.${other.category}`)}</span>
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
    </>
  );
}
