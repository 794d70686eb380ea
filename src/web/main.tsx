/**
 * Entry point of the web application (DESIGN.md §6: staff workbench at `/`, public portal at `/portal`).
 * A /portal address loads the portal alone (app/portal-app.tsx), so a citizen's phone never downloads the
 * staff workbench; every other address loads the staff app.
 */
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { isPortalPath } from './app/portal-routes.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');
const root = container;

const loadApp: Promise<ComponentType> = isPortalPath(window.location.pathname)
  ? import('./app/portal-app.tsx').then((m) => m.PortalApp)
  : import('./app/app.tsx').then((m) => m.App);

void loadApp.then((App) =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
