import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PageLoading } from '@/components/PageLoading';
import { I18nProvider, useI18n } from '@/lib/i18n';
import { useMeta } from '@/lib/meta';
import { timeZone } from '@/lib/time';
import { AppRoutes } from './AppRoutes';
import { queryClient } from './query-client';
import { theme } from './theme';


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
