import { Timeline, Typography } from 'antd';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { durationParts, formatTime } from '@/lib/time';
import { type TicketEvent, useTicketEvents } from '../api';
import { useNames } from '../names';
import { FileLinks } from './Attachments';
import { type Detail, eventDetails } from '../timeline';

/** The order's history in words: what happened, who (role and name), when, and the details. */
export function TicketTimeline({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const events = useTicketEvents(ticketId);
  if (events.isError) return <ErrorState error={events.error} onRetry={() => events.refetch()} subject="ticket" />;
  if (events.isPending) return <Typography.Paragraph>{t('app.loading')}</Typography.Paragraph>;
  if (events.data.length === 0) return <Typography.Paragraph>{t('common.empty')}</Typography.Paragraph>;
  return (
    <Timeline
      items={events.data.map((event) => ({
        key: event.seq,
        color: colourOf(event),
        content: <EventEntry event={event} />,
      }))}
    />
  );
}

function colourOf(event: TicketEvent): string {
  if (event.type === 'escalated' || event.type === 'deadline_passed' || event.type === 'returned') return 'red';
  if (event.type === 'rated' && (event.payload as { outcome?: string }).outcome === 'rectify') return 'red';
  if (event.actorRole === 'system') return 'gray';
  if (event.type === 'rated' || event.type === 'feedback_given') return 'green';
  return 'blue';
}

function EventEntry({ event }: { event: TicketEvent }) {
  const { t, tx } = useI18n();
  const names = useNames();
  const who = event.actorRole === 'system' ? tx('role.system') : [tx(`role.${event.actorRole}`), names.user(event.actorId)].filter(Boolean).join(' · ');
  const details = eventDetails(event);
  return (
    <div>
      <div>
        <Typography.Text strong>{tx(`event.${event.type}`)}</Typography.Text>
        {event.fromState && event.toState !== event.fromState && (
          <Typography.Text> · {t('tickets.timeline.stateChange', { from: tx(`state.${event.fromState}`), to: tx(`state.${event.toState}`) })}</Typography.Text>
        )}
      </div>
      <div>
        <Typography.Text>
          {who} · <time dateTime={String(event.at)}>{formatTime(event.at)}</time>
        </Typography.Text>
      </div>
      {details.length > 0 && (
        <dl style={{ margin: '4px 0 0' }}>
          {details.map((d, i) => (
            <DetailRow key={i} detail={d} />
          ))}
        </dl>
      )}
    </div>
  );
}

function DetailRow({ detail }: { detail: Detail }) {
  const { tx } = useI18n();
  const value = useDetailValue(detail);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 6 }}>
      <dt style={{ color: '#434343' }}>{tx(detail.label)}:</dt>
      <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}>{detail.value.kind === 'files' ? <FileLinks files={detail.value.files} /> : value}</dd>
    </div>
  );
}

function useDetailValue({ value }: Detail): string {
  const { t, tx } = useI18n();
  const names = useNames();
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'message':
      return tx(value.key, value.vars);
    case 'time':
      return formatTime(value.at);
    case 'duration':
      return durationParts(value.ms)
        .map((part) => t(`time.${part.unit}`, { n: part.n }))
        .join(' ');
    case 'department':
      return names.department(value.id) || '—';
    case 'user':
      return names.user(value.id) || '—';
    case 'files':
      return value.files.map((file) => file.name).join('、');
  }
}
