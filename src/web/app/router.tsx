/**
 * The routes of the staff workbench, the wall dashboard and (through portal-routes.tsx) the public portal.
 */
import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../components/app-layout.tsx';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { REGISTERING_ROLES } from '../features/cases/case-options.ts';
import { CaseDetailPage } from '../pages/cases/case-detail-page.tsx';
import { CaseListPage } from '../pages/cases/case-list-page.tsx';
import { CaseReceiptPage } from '../pages/cases/case-receipt-page.tsx';
import { CaseRegisterPage } from '../pages/cases/case-register-page.tsx';
import { HomePage } from '../pages/home/home-page.tsx';
import { LoginPage } from '../pages/login/login-page.tsx';
import { OrgsPage } from '../pages/orgs/orgs-page.tsx';
import { UsersPage } from '../pages/users/users-page.tsx';
import { RequireAuth, RequireRole } from './current-user.tsx';
import { MEDIATION_ROUTES } from './mediation-routes.tsx';
import { DASHBOARD_ROUTE, STATS_ROUTES } from './stats-routes.tsx';
import { PORTAL_ROUTES } from './portal-routes.tsx';
import { WORKFLOW_ROUTES } from './workflow-routes.tsx';

/** Creates the browser router (once per app). */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    DASHBOARD_ROUTE,
    // The public portal (no login). Its pages are listed in app/portal-routes.tsx: add /portal pages THERE.
    ...PORTAL_ROUTES,
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'cases/new',
          element: (
            <RequireRole role={REGISTERING_ROLES}>
              <CaseRegisterPage />
            </RequireRole>
          ),
        },
        { path: 'cases', element: <CaseListPage /> },
        { path: 'cases/:id', element: <CaseDetailPage /> },
        { path: 'cases/:id/receipt', element: <CaseReceiptPage /> },
        ...MEDIATION_ROUTES,
        ...STATS_ROUTES,
        ...WORKFLOW_ROUTES,
        { path: 'admin/orgs', element: <OrgsPage /> },
        {
          path: 'admin/users',
          element: (
            <RequireRole role="admin">
              <UsersPage />
            </RequireRole>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
