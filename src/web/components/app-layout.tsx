/**
 * The workbench frame: header, side menu and the current page. On wide screens the menu is a collapsible
 * side bar; on phones it is a drawer that closes after each choice.
 */
import { Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { Brand } from './brand.tsx';
import { HeaderBar } from './header-bar.tsx';
import { SideMenu } from './side-menu.tsx';

export function AppLayout() {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  const isWide = screens.md !== false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const menuOpen = isWide ? !collapsed : drawerOpen;
  const toggleMenu = () => (isWide ? setCollapsed((value) => !value) : setDrawerOpen((value) => !value));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <HeaderBar menuOpen={menuOpen} onToggleMenu={toggleMenu} />
      <Layout>
        {isWide ? (
          <Layout.Sider
            width={208}
            collapsedWidth={64}
            collapsed={collapsed}
            theme="light"
            style={{ borderInlineEnd: '1px solid #e8e8e8' }}
          >
            <SideMenu />
          </Layout.Sider>
        ) : (
          <Drawer
            placement="left"
            size={260}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={<Brand compact />}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout.Content style={{ padding: isWide ? 16 : 8, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
