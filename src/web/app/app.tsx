/**
 * The providers around the router: language (i18n), data (TanStack Query) and Ant Design with the locale
 * that matches the chosen language (zh_CN first).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { createQueryClient } from './query-client.ts';
import { createRouter } from './router.tsx';
import { THEME } from './theme.ts';

function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** The whole application. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <AntdProvider>
          <RouterProvider router={router} />
        </AntdProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
