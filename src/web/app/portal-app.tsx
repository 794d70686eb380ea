/**
 * The public portal as its own application: the same providers as the staff app (language, data, Ant Design
 * with its zh_CN locale) around a router holding only the portal's routes, so a phone opening /portal
 * downloads none of the staff workbench.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider, useI18n } from '../i18n/i18n-context.tsx';
import { PORTAL_ROUTES } from './portal-routes.tsx';
import { createQueryClient } from './query-client.ts';
import { THEME } from './theme.ts';

function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function PortalApp() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(PORTAL_ROUTES));
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
