/**
 * The wall dashboard (大屏, issue 7): the map of the grids coloured by their cases and the
 * live feed of new and red cases, pushed as Server-Sent Events from the case event log.
 * The figures, trends and rankings it shows come from the statistics module's API.
 */
export { dashboardMap } from './dashboard.service.ts';
export { openFeed, readFeed, FEED_SETTLE_MS, type FeedPosition } from './feed.service.ts';
export { dashboardRoutes } from './dashboard.routes.ts';
export type { FeedEvent, GridMap } from './dashboard.schemas.ts';
