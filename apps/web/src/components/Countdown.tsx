import { Space, Tag } from 'antd';
import type { components } from '@/api/schema';
import { useSessionUser } from '@/features/auth/use-session';
import { currentDeadline, deadlineStatus, type DeadlineStatus } from '@/lib/deadline';
import { useI18n } from '@/lib/i18n';
import { durationParts, formatTime } from '@/lib/time';
import { useNow } from '@/lib/use-now';

type Ticket = components['schemas']['TicketView'];

/** Colours with at least 4.5:1 contrast on their background (WCAG AA). */
const STYLE: Record<DeadlineStatus, { color: string; background: string; border: string }> = {
  safe: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  dueSoon: { color: '#873800', background: '#fff7e6', border: '#ffd591' },
  overdue: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  paused: { color: '#434343', background: '#f5f5f5', border: '#d9d9d9' },
  none: { color: '#434343', background: '#f5f5f5', border: '#d9d9d9' },
};

/**
 * The current deadline as a countdown coloured safe / due soon / overdue, with its time on hover
 * (the browser's own tooltip: a list shows one per row, and antd's costs each row a trigger).
 */
export function Countdown({ ticket }: { ticket: Ticket }) {
  const { t, tx } = useI18n();
  const now = useNow();
  const user = useSessionUser();
  // An assisting department counts down to its own part's deadline.
  const assisting = user?.role === 'department' && user.departmentId !== ticket.departmentId ? user.departmentId : null;
  const deadline = currentDeadline(ticket, assisting);
  const status = deadlineStatus(ticket, now, undefined, assisting);
  if (!deadline) return <span>{t('time.noDeadline')}</span>;
  const left = Date.parse(deadline.at) - now;
  const duration = durationParts(left)
    .map((part) => t(`time.${part.unit}`, { n: part.n }))
    .join(' ');
  const text = status === 'overdue' ? t('time.overdue', { duration }) : t('time.remaining', { duration });
  const style = STYLE[status];
  return (
    <Tag
      data-status={status}
      title={`${tx(`deadline.${deadline.kind}`)} ${formatTime(deadline.at)}`}
      style={{ color: style.color, background: style.background, borderColor: style.border, marginInlineEnd: 0 }}
    >
      {tx(`deadline.${deadline.kind}`)} · {text}
    </Tag>
  );
}

/** Escalation level and return count beside the countdown, shown only when they say something. */
export function TicketFlags({ ticket }: { ticket: Ticket }) {
  const { t } = useI18n();
  if (ticket.escalationLevel === 0 && ticket.returnCount === 0) return null;
  return (
    <Space size={4} wrap>
      {ticket.escalationLevel > 0 && (
        <Tag style={{ color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' }}>
          {t('escalation.level', { level: ticket.escalationLevel })}
        </Tag>
      )}
      {ticket.returnCount > 0 && (
        <Tag style={{ color: '#873800', background: '#fff7e6', borderColor: '#ffd591' }}>{t('returns.count', { count: ticket.returnCount })}</Tag>
      )}
    </Space>
  );
}
