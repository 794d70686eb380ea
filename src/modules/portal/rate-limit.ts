/**
 * Per-address request limits of the public portal (issue 6: "rate limits on submission and
 * tracking"). Fixed windows counted in the database (table rate_limits), so every process
 * sharing one PostgreSQL database enforces the same limit. The count commits on its own,
 * before the request's work, so a request that then fails still counts.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError } from '../../lib/errors.ts';
import { bumpRateCounter } from './portal.queries.ts';

export interface RateLimit {
  /** Bucket name, part of the counter key. */
  name: string;
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

/** Tracking, portal ratings and portal document downloads: 30 per 10 minutes per address. */
export const TRACK_LIMIT: RateLimit = { name: 'portal-track', limit: 30, windowMs: 10 * 60_000 };
/** Online submissions: 10 per hour per address (a family or a community office may send several). */
export const SUBMIT_LIMIT: RateLimit = { name: 'portal-submit', limit: 10, windowMs: 60 * 60_000 };

/** Photo uploads from the portal: 20 requests per hour per address. */
export const UPLOAD_LIMIT: RateLimit = { name: 'portal-upload', limit: 20, windowMs: 60 * 60_000 };
/** Finding the grid at a position: 60 per 10 minutes per address. */
export const LOCATE_LIMIT: RateLimit = { name: 'portal-locate', limit: 60, windowMs: 10 * 60_000 };

/** Counters older than this are deleted (longer than any window). */
const KEEP_MS = 24 * 60 * 60_000;

/** Start of the fixed window holding `nowMs`. */
export function windowStart(nowMs: number, windowMs: number): number {
  return nowMs - (nowMs % windowMs);
}

/**
 * Counts one request from `subject` (the client address) against `limit`.
 * @throws DomainError too-many-requests (429) once the window's count passes the limit,
 *         with `retryAfter` (seconds until the window ends).
 */
export async function takeRateLimit(ctx: ServiceContext, limit: RateLimit, subject: string): Promise<void> {
  const now = ctx.clock.now().getTime();
  const start = windowStart(now, limit.windowMs);
  const count = await bumpRateCounter(
    ctx.db,
    `${limit.name}:${subject}`,
    new Date(start).toISOString(),
    new Date(now - KEEP_MS).toISOString(),
  );
  if (count > limit.limit) {
    ctx.log.warn({ bucket: limit.name, subject, count }, 'rate limit reached');
    throw new DomainError(
      'too-many-requests',
      '请求过于频繁，请稍后再试 (too many requests; try again later)',
      {
        extensions: { retryAfter: Math.ceil((start + limit.windowMs - now) / 1000) },
      },
    );
  }
}
