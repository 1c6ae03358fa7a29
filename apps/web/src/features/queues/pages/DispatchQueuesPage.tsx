import { Card, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';
import { QueueTabs } from '../components/QueueTabs';
import { DISPATCH_QUEUES } from '../queues';
import { usePhone } from '@/lib/use-phone';

/** 党委派单: the chain committee's queues, from what waits for dispatch to what is escalated. */
export default function DispatchQueuesPage() {
  const { t } = useI18n();
  const phone = usePhone();
  return (
    <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t('queues.dispatch.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('queues.dispatch.intro')}</Typography.Paragraph>
      <QueueTabs queues={DISPATCH_QUEUES} />
    </Card>
  );
}
