/**
 * The menu entries of issue 4 spread into app/navigation.tsx (the dispatcher's desk keeps its entry there):
 * everyone's to-do list, and the admin's routing rules, deadline profiles and working calendar.
 */
import {
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  PartitionOutlined,
} from '@ant-design/icons';
import type { NavItem } from './navigation.tsx';

export const TODO_ITEM: NavItem = {
  path: '/todo',
  label: 'nav.todo',
  description: 'home.link.todo',
  icon: <CheckSquareOutlined />,
};

export const WORKFLOW_ADMIN_ITEMS: NavItem[] = [
  {
    path: '/admin/routing-rules',
    label: 'nav.routingRules',
    description: 'home.link.routingRules',
    icon: <PartitionOutlined />,
    role: 'admin',
  },
  {
    path: '/admin/deadline-profiles',
    label: 'nav.deadlineProfiles',
    description: 'home.link.deadlineProfiles',
    icon: <ClockCircleOutlined />,
    role: 'admin',
  },
  {
    path: '/admin/calendar',
    label: 'nav.calendar',
    description: 'home.link.calendar',
    icon: <CalendarOutlined />,
    role: 'admin',
  },
];
