/**
 * CSRF protection (issue 6): a state-changing request (anything but GET, HEAD, OPTIONS) that
 * a browser sends from another site is refused with 403, so a page elsewhere can neither ride
 * a signed-in user's session cookie nor make visitors' browsers hammer the public portal.
 *
 * The rule is the one Go's `net/http.CrossOriginProtection` uses: when the browser sends
 * `Sec-Fetch-Site`, it decides alone (`same-origin` or `none` pass; `same-site` and
 * `cross-site` do not); older browsers send only `Origin`, which must then name this host
 * (the `Host` header, or `X-Forwarded-Host` behind a proxy). A request with neither header
 * is not from a browser (scripts, Open311 systems, tests) and carries no ambient
 * credentials a forger could use, so it passes. The web client needs no custom header.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../lib/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestFacts {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The hosts this request was addressed to: `Host`, and `X-Forwarded-Host` when present. */
  hosts: (string | undefined)[];
}

function sameHost(origin: string, host: string): boolean {
  try {
    const o = new URL(origin);
    // Parse the host with the origin's scheme so default ports compare equal (localhost:80 = localhost).
    return o.host === new URL(`${o.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/** Whether the request is a state-changing one sent by a browser from another site. */
export function isCrossSiteWrite(r: RequestFacts): boolean {
  if (SAFE_METHODS.has(r.method.toUpperCase())) return false;
  if (r.secFetchSite !== undefined) return !['same-origin', 'none'].includes(r.secFetchSite.toLowerCase());
  if (r.origin === undefined) return false;
  return !r.hosts.some((h) => h && sameHost(r.origin!, h.split(',')[0]!.trim()));
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const crossSitePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    const facts: RequestFacts = {
      method: request.method,
      origin: header(request.headers.origin),
      secFetchSite: header(request.headers['sec-fetch-site']),
      hosts: [header(request.headers.host), header(request.headers['x-forwarded-host'])],
    };
    if (isCrossSiteWrite(facts)) {
      request.log.warn(
        { origin: facts.origin, secFetchSite: facts.secFetchSite },
        'cross-site write refused',
      );
      throw new DomainError('forbidden', '跨站请求被拒绝 (cross-site request refused)');
    }
  });
});
