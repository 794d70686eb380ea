/**
 * The dashboard's live feed (issue 7): new cases and cases turning red, read from the
 * case event log with a cursor rather than from an in-process emitter, so it works with
 * several server processes and resumes after a restart from the browser's
 * `Last-Event-ID` without losing or repeating an event.
 *
 * Why events are held back `FEED_SETTLE_MS`: the log is ordered by the event's instant,
 * which is taken when its transaction runs, not when it commits. A slower transaction of
 * another process could commit an event dated before one already sent; reading only
 * events older than a few seconds leaves such a transaction time to commit, so the
 * cursor never jumps over it. Scope: cases whose place lies in the caller's subtree.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { NotFound } from '../../lib/errors.ts';
import { canAccessOrg, requireActor } from '../../lib/scope.ts';
import { findOrgById } from '../orgs/index.ts';
import * as q from './dashboard.queries.ts';
import type { FeedEvent } from './dashboard.schemas.ts';
import { decodeCursor, encodeCursor, type FeedCursor } from './feed-cursor.ts';

export const FEED_SETTLE_MS = 3000;
/** How many recent events a screen that connects for the first time is shown. */
export const FEED_BACKLOG = 20;
/** The most events read at once; a longer gap is read in several batches. */
export const FEED_BATCH = 200;

/** Where a feed stands: whose cases, and after which event (null: not started). */
export interface FeedPosition {
  rootPath: string;
  cursor: FeedCursor | null;
}

/**
 * Starts or resumes a feed.
 * @throws NotFound when `orgId` lies outside the caller's subtree; ValidationFailed naming
 * `#/headers/last-event-id` or `#/querystring/after` when the position is not one the feed wrote.
 */
export async function openFeed(
  ctx: ServiceContext,
  input: { orgId?: string; lastEventId?: string; after?: string },
): Promise<FeedPosition> {
  const actor = requireActor(ctx.actor);
  const org = await findOrgById(ctx, input.orgId ?? actor.orgId);
  if (!org || !canAccessOrg(actor, org.path)) throw new NotFound('Organisation');
  let cursor: FeedCursor | null = null;
  if (input.lastEventId) cursor = decodeCursor(input.lastEventId, '#/headers/last-event-id');
  else if (input.after) cursor = decodeCursor(input.after, '#/querystring/after');
  return { rootPath: org.path, cursor };
}

function toEvent(row: q.FeedRow): FeedEvent {
  return {
    id: encodeCursor({ at: row.at, id: row.eventId }),
    kind: row.type === 'registered' ? 'new' : 'red',
    at: row.at,
    caseId: row.caseId,
    number: row.number,
    subject: row.subject,
    categoryCode: row.categoryCode,
    risk: row.risk,
    status: row.status,
    deadlineLevel: row.deadlineLevel,
    placeName: row.placeName,
  };
}

/**
 * The events after the position, oldest first, and the position after them. A feed not
 * started yet gets the newest `FEED_BACKLOG` events (or none) and starts from there.
 */
export async function readFeed(
  ctx: ServiceContext,
  position: FeedPosition,
): Promise<{ events: FeedEvent[]; position: FeedPosition }> {
  const until = new Date(ctx.clock.now().getTime() - FEED_SETTLE_MS).toISOString();
  const { rootPath, cursor } = position;
  const rows = cursor
    ? await q.selectFeedAfter(ctx.db, { rootPath, after: cursor, until, limit: FEED_BATCH })
    : (await q.selectLatestFeed(ctx.db, { rootPath, until, limit: FEED_BACKLOG })).reverse();
  const last = rows.at(-1);
  const next = last ? { at: last.at, id: last.eventId } : (cursor ?? { at: until, id: '' });
  return { events: rows.map(toEvent), position: { rootPath, cursor: next } };
}
