import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, List, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { notificationKeys } from './api';
import { noticeText } from './wording';
import { usePhone } from '@/lib/use-phone';

type Notification = components['schemas']['NotificationView'];

/** The inbox: newest first, unread marked, each notice opening what it is about. */
export default function NotificationsPage() {
  const { t, locale } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const phone = usePhone();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const report = useReportError();
  const list = useQuery({
    queryKey: notificationKeys.list(unreadOnly || undefined),
    queryFn: () => call(api.GET('/api/notifications', { params: { query: unreadOnly ? { unread: true } : {} } })),
    refetchInterval: 10_000,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (error) => report(error),
  });
  const readAll = useMutation({
    mutationFn: () => call(api.POST('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (error) => report(error, { retry: () => readAll.mutate() }),
  });
  const unread = (list.data ?? []).some((n) => !n.readAt);
  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.ticketId) navigate(`/orders/${n.ticketId}`);
    else if (n.rectificationId) navigate(`/rectifications/${n.rectificationId}`);
    else if (n.evaluationId) navigate(`/evaluations/${n.evaluationId}`);
  };
  return (
    <Card
      title={<Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>{t('notifications.title')}</Typography.Title>}
      extra={
        <Space wrap>
          {unread && (
            <Button size="small" onClick={() => readAll.mutate()} loading={readAll.isPending}>
              {t('notifications.markAllRead')}
            </Button>
          )}
          <label>
            <Space>
              <Switch checked={unreadOnly} onChange={setUnreadOnly} aria-label={t('notifications.unreadOnly')} />
              {t('notifications.unreadOnly')}
            </Space>
          </label>
        </Space>
      }
    >
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <List
          itemLayout={phone ? 'vertical' : 'horizontal'}
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('notifications.empty') }}
          renderItem={(n) => (
            <List.Item
              actions={[
                !n.readAt && (
                  <Button key="read" size="small" onClick={() => markRead.mutate(n.id)}>
                    {t('notifications.markRead')}
                  </Button>
                ),
                (n.ticketId || n.rectificationId || n.evaluationId) && (
                  <Button key="open" size="small" type="link" onClick={() => open(n)}>
                    {t('notifications.open')}
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                avatar={
                  // The dot is an image of "read" or "unread" to a screen reader (a bare span may not carry a label).
                  <span role="img" aria-label={n.readAt ? t('notifications.read') : t('notifications.unread')}>
                    <Badge status={n.readAt ? 'default' : 'processing'} />
                  </span>
                }
                title={<span style={{ fontWeight: n.readAt ? 400 : 600 }}>{noticeText(n, locale)}</span>}
                description={formatTime(n.createdAt)}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
