/**
 * The menu entries of what follows mediation (回头看, 诉调对接) and of the system settings, spread into
 * app/navigation.tsx's lists.
 */
import { BankOutlined, ControlOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import type { NavItem } from './navigation.tsx';

/** In the work list, after the mediator's calendar (调解). */
export const MEDIATION_NAV_ITEMS: NavItem[] = [
  {
    path: '/followups',
    label: 'nav.followups',
    description: 'home.link.followups',
    icon: <ScheduleOutlined />,
    anyRole: ['mediator', 'handler', 'grid_worker', 'dispatcher', 'leader'],
  },
  {
    path: '/court-linkage',
    label: 'nav.courtLinkage',
    description: 'home.link.courtLinkage',
    icon: <BankOutlined />,
    anyRole: ['mediator', 'handler', 'dispatcher', 'leader', 'intake'],
  },
  {
    path: '/consultations',
    label: 'nav.consultations',
    description: 'home.link.consultations',
    icon: <TeamOutlined />,
    anyRole: ['leader', 'dispatcher', 'handler', 'mediator', 'grid_worker'],
  },
];

/** In the administration group. */
export const SETTINGS_NAV_ITEM: NavItem = {
  path: '/admin/settings',
  label: 'nav.settings',
  description: 'home.link.settings',
  icon: <ControlOutlined />,
  role: 'admin',
};
