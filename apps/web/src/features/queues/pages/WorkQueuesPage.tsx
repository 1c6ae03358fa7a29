import { Card, Typography } from 'antd';
import { useSessionUser } from '@/features/auth/use-session';
import { useI18n } from '@/lib/i18n';
import { QueueTabs } from '../components/QueueTabs';
import { workQueuesFor } from '../queues';
import { usePhone } from '@/lib/use-phone';

/**
 * 部门接单 for a department; for a leader in charge, its departments' orders with the
 * escalations first. The role picks the workspace only: what each list holds is the API's call.
 */
export default function WorkQueuesPage() {
  const { t } = useI18n();
  const phone = usePhone();
  const user = useSessionUser();
  const { kind, queues } = workQueuesFor(user?.role);
  return (
    <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t(kind === 'department' ? 'queues.work.department.title' : 'queues.work.leader.title')}
      </Typography.Title>
      <Typography.Paragraph>{t(kind === 'department' ? 'queues.work.department.intro' : 'queues.work.leader.intro')}</Typography.Paragraph>
      <QueueTabs key={kind} queues={queues} />
    </Card>
  );
}
