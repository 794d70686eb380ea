/**
 * Guards for the workbench: `RequireAuth` shows the sign-in page to anyone not signed in (keeping the
 * intended path in `?next=`), and `RequireRole` hides admin pages from other roles. The server enforces
 * the same rules; these only spare people pages they cannot use.
 */
import { Button, Result, Space, Spin } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { hasRole, useMe, type Me } from '../features/auth/auth.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { problemText } from '../i18n/problem-text.ts';
import { isProblem } from '../api/client.ts';

const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user; only inside `RequireAuth`. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside RequireAuth');
  return me;
}

/** A path to return to after sign-in; only same-site paths, never `//host` (open redirect). */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** Renders `children` for a signed-in user, else redirects to `/login?next=<current path>`. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Space orientation="vertical" align="center">
          <Spin size="large" />
          <span>{i18n.t('app.loading')}</span>
        </Space>
      </div>
    );
  }
  if (me.isError) {
    return (
      <Result
        status="error"
        title={i18n.t('common.loadFailed')}
        subTitle={isProblem(me.error) ? problemText(i18n, me.error) : String(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{i18n.t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const target = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}

/** Renders `children` only for users holding `role` (or one of them); others see a plain "not allowed" result. */
export function RequireRole({ role, children }: { role: string | readonly string[]; children: ReactNode }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const roles: readonly string[] = typeof role === 'string' ? [role] : role;
  if (roles.some((one) => hasRole(me, one))) return <>{children}</>;
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('common.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
