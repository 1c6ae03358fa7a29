import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiError } from '@/api/errors';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PageLoading } from '@/components/PageLoading';
import { I18nProvider, useI18n } from '@/lib/i18n';
import { useMeta } from '@/lib/meta';
import { timeZone } from '@/lib/time';
import { AppRoutes } from './AppRoutes';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // 4xx answers do not change on retry; a network failure or a 503 may.
      retry: (count, error) => count < 2 && (!(error instanceof ApiError) || ['network', 'unavailable', 'server'].includes(error.kind)),
      refetchOnWindowFocus: true,
    },
  },
});

function Localised() {
  const { locale } = useI18n();
  // Times are shown in the service's zone: once it is known (usually the default), every
  // screen renders with it.
  useMeta();
  const zone = timeZone();
  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp key={zone}>
        <ErrorBoundary>
          <Suspense fallback={<PageLoading />}>
            <AppRoutes />
          </Suspense>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <Localised />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}
