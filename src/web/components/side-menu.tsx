/**
 * The workbench's side menu, drawn from app/navigation.tsx and filtered by the user's roles.
 */
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../app/current-user.tsx';
import { ADMIN_GROUP, HOME, WORK_ITEMS, canSee, type NavItem } from '../app/navigation.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type MenuItem = Required<MenuProps>['items'][number];

const ALL_ITEMS: NavItem[] = [HOME, ...WORK_ITEMS, ...ADMIN_GROUP.children];

/** The nav path that best matches `pathname`: exact, else the longest prefix. */
export function selectedNavPath(pathname: string): string {
  const exact = ALL_ITEMS.find((item) => item.path === pathname);
  if (exact) return exact.path;
  const prefixes = ALL_ITEMS.filter((item) => item.path !== '/' && pathname.startsWith(`${item.path}/`));
  prefixes.sort((a, b) => b.path.length - a.path.length);
  return prefixes[0]?.path ?? pathname;
}

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const location = useLocation();

  const toItem = (item: NavItem): MenuItem => ({
    key: item.path,
    icon: item.icon,
    label: (
      <Link to={item.path} onClick={onNavigate}>
        {t(item.label)}
      </Link>
    ),
  });
  const adminChildren = ADMIN_GROUP.children.filter((item) => canSee(item, me.roles));
  const items: MenuItem[] = [HOME, ...WORK_ITEMS].filter((item) => canSee(item, me.roles)).map(toItem);
  if (adminChildren.length > 0) {
    items.push({
      key: ADMIN_GROUP.key,
      icon: ADMIN_GROUP.icon,
      label: t(ADMIN_GROUP.label),
      children: adminChildren.map(toItem),
    });
  }

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedNavPath(location.pathname)]}
      defaultOpenKeys={[ADMIN_GROUP.key]}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
