/**
 * The SQL of the wall dashboard (issue 7): the grids of a subtree with their boundaries,
 * and the feed's slice of the case event log — registrations and deadline-red
 * supervisions of cases whose place (grid, or registering organisation without one) lies
 * in the subtree, the same "place" rule as the statistics.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FeedCursor } from './feed-cursor.ts';

type AnyDb = Kysely<any>;

/** The grids of the subtree at `rootPath`, in display order, with their GeoJSON boundary text. */
export function selectGridsInSubtree(db: Db, rootPath: string) {
  return db
    .selectFrom('orgs')
    .select(['id', 'code', 'name', 'parentId', 'boundary'])
    .where('type', '=', 'grid')
    .where('path', 'like', `${rootPath}%`)
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}

/** One feed event as read from the log, joined to its case and place. */
export interface FeedRow {
  eventId: string;
  at: string;
  type: 'registered' | 'supervised';
  caseId: string;
  number: string;
  subject: string;
  categoryCode: string;
  risk: string;
  status: string;
  deadlineLevel: string | null;
  placeName: string;
}

const RED_SUPERVISION = '%"source":"deadline_red"%';

function feedRows(db: Db, rootPath: string) {
  return (db as AnyDb)
    .selectFrom('caseEvents as e')
    .innerJoin('cases', 'cases.id', 'e.caseId')
    .innerJoin('orgs as placeOrg', (join) =>
      join.on((eb) => eb('placeOrg.id', '=', eb.fn.coalesce('cases.gridId', 'cases.registeredOrgId'))),
    )
    .select([
      'e.id as eventId',
      'e.at as at',
      'e.type as type',
      'cases.id as caseId',
      'cases.number as number',
      'cases.subject as subject',
      'cases.categoryCode as categoryCode',
      'cases.risk as risk',
      'cases.status as status',
      'cases.deadlineLevel as deadlineLevel',
      'placeOrg.name as placeName',
    ])
    .where((eb) =>
      eb.or([
        eb('e.type', '=', 'registered'),
        eb.and([eb('e.type', '=', 'supervised'), eb('e.data', 'like', RED_SUPERVISION)]),
      ]),
    )
    .where('placeOrg.path', 'like', `${rootPath}%`);
}

/**
 * Feed events after `after` and no later than `until`, oldest first, at most `limit`.
 * `until` holds back events so recent that a slower transaction of another process could
 * still commit one before them (see feed.service.ts).
 */
export function selectFeedAfter(
  db: Db,
  args: { rootPath: string; after: FeedCursor; until: string; limit: number },
): Promise<FeedRow[]> {
  const { after } = args;
  return feedRows(db, args.rootPath)
    .where((eb: any) =>
      eb.or([eb('e.at', '>', after.at), eb.and([eb('e.at', '=', after.at), eb('e.id', '>', after.id)])]),
    )
    .where('e.at', '<=', args.until)
    .orderBy('e.at')
    .orderBy('e.id')
    .limit(args.limit)
    .execute() as Promise<FeedRow[]>;
}

/** The newest `limit` feed events no later than `until`, newest first (what a new screen shows first). */
export function selectLatestFeed(
  db: Db,
  args: { rootPath: string; until: string; limit: number },
): Promise<FeedRow[]> {
  return feedRows(db, args.rootPath)
    .where('e.at', '<=', args.until)
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(args.limit)
    .execute() as Promise<FeedRow[]>;
}
