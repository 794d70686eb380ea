/**
 * The routes of routing, deadlines, supervision and notifications (issue 4), spread into app/router.tsx.
 */
import type { RouteObject } from 'react-router';
import { CalendarPage } from '../pages/admin/calendar-page.tsx';
import { DeadlineProfilesPage } from '../pages/admin/deadline-profiles-page.tsx';
import { RoutingRulesPage } from '../pages/admin/routing-rules-page.tsx';
import { DispatchDeskPage } from '../pages/dispatch/dispatch-desk-page.tsx';
import { NotificationsPage } from '../pages/notifications/notifications-page.tsx';
import { TodoPage } from '../pages/todo/todo-page.tsx';
import { RequireRole } from './current-user.tsx';

export const WORKFLOW_ROUTES: RouteObject[] = [
  {
    path: 'dispatch',
    element: (
      <RequireRole role="dispatcher">
        <DispatchDeskPage />
      </RequireRole>
    ),
  },
  { path: 'todo', element: <TodoPage /> },
  { path: 'notifications', element: <NotificationsPage /> },
  {
    path: 'admin/routing-rules',
    element: (
      <RequireRole role="admin">
        <RoutingRulesPage />
      </RequireRole>
    ),
  },
  {
    path: 'admin/deadline-profiles',
    element: (
      <RequireRole role="admin">
        <DeadlineProfilesPage />
      </RequireRole>
    ),
  },
  {
    path: 'admin/calendar',
    element: (
      <RequireRole role="admin">
        <CalendarPage />
      </RequireRole>
    ),
  },
];
