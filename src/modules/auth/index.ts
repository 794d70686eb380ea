/**
 * Authentication: sign-in with lockout, database-backed sessions shared by every
 * server process, and hashed API tokens for integrations.
 */
export {
  login,
  logout,
  resolveSession,
  resolveApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  endSessionsOfUser,
  getMe,
  MAX_FAILED_LOGINS,
  LOCK_MINUTES,
} from './auth.service.ts';
export { authRoutes } from './auth.routes.ts';
