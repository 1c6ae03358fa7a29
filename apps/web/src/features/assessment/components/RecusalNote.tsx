import { Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { recusedTicketCode } from '../lib/rectification';
import { ToneTag } from './Tags';

/** A recused score: kept, not counted, and why (the API words the reason in English). */
export function RecusalNote({ reason }: { reason: string | null }) {
  const { t } = useI18n();
  const code = recusedTicketCode(reason);
  const text = code ? t('assessment.score.recusedTicket', { code }) : (reason ?? '');
  return (
    <Typography.Paragraph style={{ margin: '8px 0 0' }}>
      <ToneTag tone="orange">{t('assessment.score.recused')}</ToneTag> {text && t('assessment.score.recusedReason', { reason: text })}
    </Typography.Paragraph>
  );
}
