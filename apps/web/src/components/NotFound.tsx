import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
