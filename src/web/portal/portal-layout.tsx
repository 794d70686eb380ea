/**
 * The portal's frame: a slim header with the centre's mark and the language switch, one column of content
 * (phone width first; centred and wider on a desktop), and a footer. No staff menu, no sign-in.
 */
import { Layout, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { BRAND_RED, HEADER_BG } from '../app/theme.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

export const PORTAL_MAX_WIDTH = 760;

function PortalMark() {
  const { t } = useI18n();
  return (
    <Link
      to="/portal"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 10, color: '#fff', minWidth: 0 }}
    >
      <span
        aria-hidden
        style={{
          width: 32,
          height: 32,
          borderRadius: 4,
          background: BRAND_RED,
          display: 'grid',
          placeItems: 'center',
          fontSize: 18,
          lineHeight: 1,
          fontWeight: 700,
          flex: 'none',
          boxShadow: '0 0 0 1px rgba(255,255,255,0.35)',
        }}
      >
        枫
      </span>
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.25, minWidth: 0 }}>
        <span style={{ fontSize: 16, fontWeight: 600, letterSpacing: 1 }}>{t('app.brand')}</span>
        <span style={{ fontSize: 12, opacity: 0.85, whiteSpace: 'nowrap' }}>{t('portal.brandSub')}</span>
      </span>
    </Link>
  );
}

export function PortalLayout() {
  const { t, locale } = useI18n();
  useEffect(() => {
    document.title = t('portal.title');
  }, [t, locale]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: HEADER_BG, padding: '0 12px', height: 56, lineHeight: 'normal' }}>
        <div
          style={{
            maxWidth: PORTAL_MAX_WIDTH,
            height: '100%',
            margin: '0 auto',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <PortalMark />
          <LanguageSwitch onDark />
        </div>
      </Layout.Header>
      <Layout.Content
        style={{ width: '100%', maxWidth: PORTAL_MAX_WIDTH, margin: '0 auto', padding: '16px 12px 24px' }}
      >
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: '16px 12px 24px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('portal.footer')}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
