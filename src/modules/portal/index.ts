/**
 * The public portal (issue 6): online submission with a tracking code, the citizen's view
 * of their case, their documents and their rating; per-address rate limits.
 */
export { submitCase, trackCase, rateFromPortal, portalAgreementDocument } from './portal.service.ts';
export { takeRateLimit, TRACK_LIMIT, SUBMIT_LIMIT, type RateLimit } from './rate-limit.ts';
export { portalRoutes } from './portal.routes.ts';
export { openAccess, asPortalReader, portalNotFound, type PortalAccess } from './portal-access.ts';
export { ProofBodySchema, type ProofBody } from './portal.schemas.ts';
