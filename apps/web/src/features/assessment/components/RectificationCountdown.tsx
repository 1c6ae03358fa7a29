import { Space, Tag, Tooltip } from 'antd';
import type { Rectification } from '../api';
import { rectificationStatus } from '../lib/rectification';
import { ToneTag, type Tone } from './Tags';
import type { DeadlineStatus } from '@/lib/deadline';
import { useI18n } from '@/lib/i18n';
import { durationParts, formatTime } from '@/lib/time';
import { useNow } from '@/lib/use-now';

const TONE: Record<DeadlineStatus, Tone> = { safe: 'green', dueSoon: 'orange', overdue: 'red', paused: 'grey', none: 'grey' };

/** The rectification deadline as the tickets' countdown: safe / due soon / overdue, stopped once reported. */
export function RectificationCountdown({ rectification }: { rectification: Rectification }) {
  const { t } = useI18n();
  const now = useNow();
  const status = rectificationStatus(rectification, now);
  // Signed off: no deadline any more (the state tag says so).
  if (status === 'none') return null;
  if (status === 'paused') {
    return (
      <Tooltip title={`${t('deadline.rectify')} ${formatTime(rectification.dueBy)}`}>
        <Tag data-status={status} style={{ color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9', marginInlineEnd: 0 }}>
          {t('assessment.rect.reportStopped')}
        </Tag>
      </Tooltip>
    );
  }
  const left = Date.parse(rectification.dueBy) - now;
  const duration = durationParts(left)
    .map((part) => t(`time.${part.unit}`, { n: part.n }))
    .join(' ');
  const text = status === 'overdue' ? t('time.overdue', { duration }) : t('time.remaining', { duration });
  return (
    <Tooltip title={`${t('deadline.rectify')} ${formatTime(rectification.dueBy)}`}>
      <span data-status={status}>
        <ToneTag tone={TONE[status]}>
          {t('deadline.rectify')} · {text}
        </ToneTag>
      </span>
    </Tooltip>
  );
}

/** Escalation level and rejections beside the countdown, only when they say something. */
export function RectificationFlags({ rectification }: { rectification: Rectification }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {rectification.escalationLevel > 0 && <ToneTag tone="red">{t('escalation.level', { level: rectification.escalationLevel })}</ToneTag>}
      {rectification.rejections > 0 && <ToneTag tone="orange">{t('assessment.rect.rejections.count', { count: rectification.rejections })}</ToneTag>}
    </Space>
  );
}
