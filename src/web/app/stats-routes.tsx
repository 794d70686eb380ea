/**
 * The routes of issue 7, loaded on demand so the workbench does not download ECharts until a chart is shown:
 * `/stats` inside the workbench (spread into app/router.tsx's AppLayout children), and the wall dashboard
 * `/dashboard` as a top-level route without the workbench chrome, for leaders and admins.
 */
import type { RouteObject } from 'react-router';
import { DASHBOARD_ROLES } from '../features/dashboard/dashboard-roles.ts';
import { RequireAuth, RequireRole } from './current-user.tsx';

export const STATS_ROUTES: RouteObject[] = [
  {
    path: 'stats',
    lazy: async () => ({ Component: (await import('../pages/stats/stats-page.tsx')).StatsPage }),
  },
];

export const DASHBOARD_ROUTE: RouteObject = {
  path: '/dashboard',
  lazy: async () => {
    const { DashboardPage } = await import('../pages/dashboard/dashboard-page.tsx');
    return {
      Component: () => (
        <RequireAuth>
          <RequireRole role={DASHBOARD_ROLES}>
            <DashboardPage />
          </RequireRole>
        </RequireAuth>
      ),
    };
  },
};
