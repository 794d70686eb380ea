/**
 * The workbench's navigation, declared once: the side menu, the routes of functions not built yet
 * (they show the placeholder page) and the home page's quick links all read this list.
 */
import {
  ApartmentOutlined,
  BarChartOutlined,
  FileAddOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { REGISTERING_ROLES } from '../features/cases/case-options.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { MEDIATION_NAV_ITEMS, SETTINGS_NAV_ITEM } from './mediation-nav.tsx';
import { TODO_ITEM, WORKFLOW_ADMIN_ITEMS } from './workflow-navigation.tsx';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** What the home page's quick link says about it. */
  description?: MessageKey;
  icon: ReactNode;
  /** Shown only to users holding this role. */
  role?: string;
  /** Shown only to users holding at least one of these roles. */
  anyRole?: readonly string[];
}

export interface NavGroup {
  key: string;
  label: MessageKey;
  icon: ReactNode;
  children: NavItem[];
}

export const HOME: NavItem = { path: '/', label: 'nav.home', icon: <HomeOutlined /> };

/** Case work, in the order of a case's life (DESIGN.md §3). */
export const WORK_ITEMS: NavItem[] = [
  {
    path: '/cases/new',
    label: 'nav.caseRegister',
    description: 'home.link.caseRegister',
    icon: <FileAddOutlined />,
    anyRole: REGISTERING_ROLES,
  },
  {
    path: '/cases',
    label: 'nav.caseList',
    description: 'home.link.caseList',
    icon: <UnorderedListOutlined />,
  },
  {
    path: '/dispatch',
    label: 'nav.dispatch',
    description: 'home.link.dispatch',
    icon: <NodeIndexOutlined />,
    anyRole: ['dispatcher'],
  },
  TODO_ITEM,
  {
    path: '/mediation/calendar',
    label: 'nav.mediation',
    description: 'home.link.mediation',
    icon: <TeamOutlined />,
    anyRole: ['mediator'],
  },
  ...MEDIATION_NAV_ITEMS,
  {
    path: '/stats',
    label: 'nav.stats',
    description: 'home.link.stats',
    icon: <BarChartOutlined />,
  },
];

export const ADMIN_GROUP: NavGroup = {
  key: 'admin',
  label: 'nav.admin',
  icon: <SettingOutlined />,
  children: [
    { path: '/admin/orgs', label: 'nav.orgs', description: 'home.link.orgs', icon: <ApartmentOutlined /> },
    {
      path: '/admin/users',
      label: 'nav.users',
      description: 'home.link.users',
      icon: <UsergroupAddOutlined />,
      role: 'admin',
    },
    SETTINGS_NAV_ITEM,
    ...WORKFLOW_ADMIN_ITEMS,
  ],
};

/** Whether a user with `roles` may see `item`. */
export function canSee(item: NavItem, roles: readonly string[]): boolean {
  return (
    (item.role === undefined || roles.includes(item.role)) &&
    (item.anyRole === undefined || item.anyRole.some((role) => roles.includes(role)))
  );
}
