/**
 * Resolves who is calling, once per request: the signed session cookie or an
 * `Authorization: Bearer` API token. Every `/api/v1` route requires a signed-in user
 * unless its route config says `{ public: true }`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../lib/context.ts';
import { Unauthenticated } from '../../lib/errors.ts';
import { resolveApiToken, resolveSession } from '../../modules/auth/index.ts';

export const SESSION_COOKIE = 'fq_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The raw session token from the cookie, when one was sent and its signature holds. */
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  const { config } = app.deps;
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.actor = (await resolveApiToken(app.deps, header.slice(7).trim())) ?? null;
      if (!request.actor) throw new Unauthenticated('The API token is unknown or revoked');
    } else {
      const raw = request.cookies[SESSION_COOKIE];
      if (raw) {
        const unsigned = request.unsignCookie(raw);
        if (unsigned.valid && unsigned.value) {
          request.sessionToken = unsigned.value;
          request.actor =
            (await resolveSession(app.deps, unsigned.value, config.security.sessionTtlHours)) ?? null;
        }
      }
    }
    const isApi = request.url.startsWith('/api/v1/');
    if (isApi && !request.actor && !request.routeOptions.config?.public) throw new Unauthenticated();
  });
});

/** Sets the signed session cookie: httpOnly, SameSite=Lax, Secure in production. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: string,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
