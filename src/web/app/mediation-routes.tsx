/**
 * The routes of mediation and what follows it, spread into app/router.tsx: the mediator's calendar, the
 * follow-up visits, the court-linkage list and the system settings (admin). `/mediation` opens the calendar.
 */
import { Navigate, type RouteObject } from 'react-router';
import { SettingsPage } from '../pages/admin/settings-page.tsx';
import { ConsultationDetailPage } from '../pages/consultations/consultation-detail-page.tsx';
import { ConsultationsPage } from '../pages/consultations/consultations-page.tsx';
import { CourtLinkagePage } from '../pages/court-linkage/court-linkage-page.tsx';
import { CourtReferralPage } from '../pages/court-linkage/court-referral-page.tsx';
import { FollowupsPage } from '../pages/followups/followups-page.tsx';
import { MediationCalendarPage } from '../pages/mediation/calendar-page.tsx';
import { RequireRole } from './current-user.tsx';

export const MEDIATION_ROUTES: RouteObject[] = [
  { path: 'mediation', element: <Navigate to="/mediation/calendar" replace /> },
  { path: 'mediation/calendar', element: <MediationCalendarPage /> },
  { path: 'followups', element: <FollowupsPage /> },
  { path: 'court-linkage', element: <CourtLinkagePage /> },
  { path: 'court-linkage/referrals/new', element: <CourtReferralPage /> },
  { path: 'consultations', element: <ConsultationsPage /> },
  { path: 'consultations/:cid', element: <ConsultationDetailPage /> },
  {
    path: 'cases/:id/sessions/:sid/room',
    lazy: async () => ({ Component: (await import('../pages/rooms/staff-room-page.tsx')).StaffRoomPage }),
  },
  {
    path: 'admin/settings',
    element: (
      <RequireRole role="admin">
        <SettingsPage />
      </RequireRole>
    ),
  },
];
