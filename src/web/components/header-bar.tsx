/**
 * The header: brand, the signed-in user's name, organisation and roles, language switch and sign-out.
 * On phones the user's details and sign-out move into a drop-down behind the user icon.
 */
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Grid, Layout, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../app/current-user.tsx';
import { useLogout } from '../features/auth/auth.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Brand } from './brand.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { RoleTags } from './role-tags.tsx';

const ON_DARK = 'rgba(255,255,255,0.92)';

export function HeaderBar({ menuOpen, onToggleMenu }: { menuOpen: boolean; onToggleMenu: () => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const isWide = screens.md !== false;
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        void message.info(t('header.signedOut'));
        void navigate('/login', { replace: true });
      },
    });

  const userMenu = (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'name', label: me.displayName, disabled: true },
          { key: 'org', label: me.org.name, disabled: true },
          { key: 'roles', label: <RoleTags roles={me.roles} />, disabled: true },
          { type: 'divider' },
          { key: 'signOut', icon: <LogoutOutlined />, label: t('header.signOut'), onClick: signOut },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={me.displayName} style={{ color: ON_DARK }} />
    </Dropdown>
  );

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: isWide ? 12 : 4,
        borderBottom: '3px solid #b71c1c',
        paddingInline: isWide ? 16 : 4,
      }}
    >
      <Button
        type="text"
        aria-label={t('nav.menu')}
        icon={menuOpen ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
        onClick={onToggleMenu}
        style={{ color: ON_DARK }}
      />
      <Brand onDark compact={!screens.lg} />
      <div style={{ flex: 1 }} />
      <NotificationBell />
      {isWide ? (
        <Space size={12} style={{ color: ON_DARK, whiteSpace: 'nowrap' }}>
          <span data-testid="header-org">{me.org.name}</span>
          <span data-testid="header-user">
            <UserOutlined style={{ marginInlineEnd: 6 }} />
            {me.displayName}
          </span>
          {screens.lg && (
            <span data-testid="header-roles">
              <RoleTags roles={me.roles} />
            </span>
          )}
          <LanguageSwitch onDark />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={signOut}
            style={{ color: ON_DARK }}
          >
            {t('header.signOut')}
          </Button>
        </Space>
      ) : (
        <Space size={0}>
          <LanguageSwitch onDark iconOnly />
          {userMenu}
        </Space>
      )}
    </Layout.Header>
  );
}
