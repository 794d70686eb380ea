/**
 * The public portal's routes (`/portal`, issue 6): outside the staff layout and sign-in, each page loaded
 * on demand. This list is the portal's whole router when a citizen opens a /portal address (main.tsx loads
 * only app/portal-app.tsx then, never the staff workbench), and is spread into the staff router too.
 * Add new /portal pages HERE, not in router.tsx.
 */
import type { RouteObject } from 'react-router';

export const PORTAL_ROUTES: RouteObject[] = [
  {
    path: '/portal',
    lazy: async () => ({ Component: (await import('../portal/portal-layout.tsx')).PortalLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../portal/portal-landing-page.tsx')).PortalLandingPage,
        }),
      },
      {
        path: 'new',
        lazy: async () => ({
          Component: (await import('../portal/portal-submit-page.tsx')).PortalSubmitPage,
        }),
      },
      {
        path: 'submitted',
        lazy: async () => ({
          Component: (await import('../portal/portal-submitted-page.tsx')).PortalSubmittedPage,
        }),
      },
      {
        path: 'track',
        lazy: async () => ({ Component: (await import('../portal/portal-track-page.tsx')).PortalTrackPage }),
      },
      {
        path: 'room/:sessionId',
        lazy: async () => ({
          Component: (await import('../pages/rooms/citizen-room-page.tsx')).CitizenRoomPage,
        }),
      },
    ],
  },
];

/** Whether a path belongs to the portal (main.tsx then loads the portal alone). */
export const isPortalPath = (pathname: string) => pathname === '/portal' || pathname.startsWith('/portal/');
