import { Flex, Form, Radio, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { TicketTable } from '@/features/tickets';
import { useI18n } from '@/lib/i18n';
import { useQueueCounts } from '../hooks';
import { busiestFirst, pickQueue, pickSort, placedParams, type QueueDef, queueParams, SORTS, sortLabel, type TicketSort } from '../queues';
import { ReturnedOrders } from './ReturnedOrders';
import { usePhone } from '@/lib/use-phone';

/** Queues whose count is a warning when it is not zero. */
const ALARMING = new Set(['overdue', 'escalated']);

/** A count beside a tab's name, dark on light (antd's badge colours fail contrast in small type). */
function CountPill({ n, alarm }: { n: number | undefined; alarm: boolean }) {
  if (n === undefined) return null;
  const red = alarm && n > 0;
  return (
    <span
      style={{
        marginInlineStart: 2,
        padding: '0 7px',
        borderRadius: 10,
        fontSize: 12,
        lineHeight: '18px',
        display: 'inline-block',
        color: red ? '#a8071a' : '#1f1f1f',
        background: red ? '#fff1f0' : '#f0f0f0',
        border: `1px solid ${red ? '#ffa39e' : '#d9d9d9'}`,
      }}
    >
      {n.toLocaleString()}
    </span>
  );
}

/**
 * Queues as tabs with their counts, a sort control, and the active queue's orders. The queue
 * and the sort live in the address (`?queue=overdue&sort=deadline`): a reload or the back
 * button comes back to the same list.
 */
export function QueueTabs({ queues }: { queues: readonly QueueDef[] }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const count = useQueueCounts(queues);
  const phone = usePhone();
  // Without a queue in the address, open the first that holds orders once the counts are known,
  // and keep it while the counts change. It is kept in state, not written to the address: an
  // effect that navigates can land after a click elsewhere and pull the person back here.
  const named = search.get('queue');
  const [landed, setLanded] = useState<string>();
  const busiest = named || landed ? undefined : busiestFirst(queues, count)?.id;
  if (busiest) setLanded(busiest);
  const queue = pickQueue(queues, named ?? landed ?? null);
  const sort = pickSort(queue, search.get('sort'));

  const choose = (next: { queue?: string; sort?: TicketSort }) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        // A sort the person chose stays when the queue changes; without one, each queue has its own.
        params.set('queue', next.queue ?? queue.id);
        if (next.sort) params.set('sort', next.sort);
        return params;
      },
      { replace: !next.queue },
    );

  const params = queueParams(queue, sort);
  const title = t(queue.label);
  const body = (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Paragraph style={{ margin: 0, maxWidth: 640 }}>{t(queue.hint)}</Typography.Paragraph>
        <Form layout={phone ? 'vertical' : 'inline'}>
          <Form.Item label={t('queues.sort.label')} style={{ marginInlineEnd: 0, marginBlockEnd: 0 }}>
            <Radio.Group
              aria-label={t('queues.sort.label')}
              optionType="button"
              size="small"
              value={sort}
              onChange={(e) => choose({ sort: e.target.value as TicketSort })}
              options={SORTS.map((s) => ({ value: s, label: t(sortLabel(s)) }))}
            />
          </Form.Item>
        </Form>
      </Flex>
      {queue.showReturns ? (
        <ReturnedOrders sort={sort} />
      ) : (
        <TicketTable key={queue.id} params={params} title={title} emptyText={t('queues.empty.default')} />
      )}
      {queue.showReturns && (
        <TicketTable key={`${queue.id}-placed`} params={placedParams(sort)} title={t('queues.placed.title')} emptyText={t('queues.empty.placed')} />
      )}
    </Flex>
  );

  if (phone) {
    // Six tabs do not fit 390 px, and antd's overflow button inside the tablist is not a tab
    // (axe: aria-required-children): on phones the queues are a pick list.
    return (
      <Flex vertical gap={12}>
        <Form layout="vertical">
          <Form.Item label={t('queues.queue')} htmlFor="queue-pick" style={{ marginBlockEnd: 0 }}>
            <Select
              id="queue-pick"
              value={queue.id}
              onChange={(id: string) => choose({ queue: id })}
              options={queues.map((q) => {
                const n = count(q);
                return { value: q.id, label: n === undefined ? t(q.label) : t('queues.tab.withCount', { label: t(q.label), count: n.toLocaleString() }) };
              })}
            />
          </Form.Item>
        </Form>
        {body}
      </Flex>
    );
  }
  return (
    <Tabs
      activeKey={queue.id}
      destroyOnHidden
      onChange={(id) => choose({ queue: id })}
      aria-label={t('queues.queue')}
      items={queues.map((q) => ({
        key: q.id,
        label: (
          <span>
            {t(q.label)}{' '}
            <CountPill n={count(q)} alarm={ALARMING.has(q.id)} />
          </span>
        ),
        children: q.id === queue.id ? body : null,
      }))}
    />
  );
}
