import { Button, Result } from 'antd';
import { ApiError, loadErrorKey, loadErrorKind } from '@/api/errors';
import { useI18n } from '@/lib/i18n';

/** A query that failed: what happened, in words, and a retry where one can help. */
export function ErrorState({ error, onRetry, subject = 'other' }: { error: unknown; onRetry?: () => void; subject?: 'ticket' | 'other' }) {
  const { t } = useI18n();
  const apiError = error instanceof ApiError ? error : null;
  const kind = apiError ? loadErrorKind(apiError) : 'server';
  const key = apiError ? loadErrorKey(apiError, subject) : 'error.server';
  const status = kind === 'notFound' ? '404' : kind === 'forbidden' ? '403' : 'warning';
  return (
    <Result
      status={status}
      title={t(key)}
      extra={
        onRetry && kind !== 'notFound' && kind !== 'forbidden' ? (
          <Button type="primary" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
