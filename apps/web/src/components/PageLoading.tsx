import { Spin } from 'antd';
import { useI18n } from '@/lib/i18n';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status">
      <Spin description={t('app.loading')} />
    </div>
  );
}
