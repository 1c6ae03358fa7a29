import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';

function Crashed({ chunk }: { chunk: boolean }) {
  const { t } = useI18n();
  return (
    <Result
      status="warning"
      title={t(chunk ? 'app.updated' : 'app.crashed')}
      extra={
        <Button type="primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </Button>
      }
    />
  );
}

/**
 * A screen that failed to load or to render says so and offers a reload, instead of leaving a
 * blank page. The common case: the service was upgraded while the page was open, and the old
 * page asks for a script file the new build no longer has.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    // Another page: try again.
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
    return <Crashed chunk={chunk} />;
  }
}
