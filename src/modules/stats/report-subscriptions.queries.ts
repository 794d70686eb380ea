/** SQL of report e-mail subscriptions (a user, an organisation, a kind of report). */
import type { Db } from '../../db/database.ts';
import type { ReportSubscriptionsTable } from '../../db/tables.ts';

export function selectSubscriptionsOf(db: Db, userId: string) {
  return db
    .selectFrom('reportSubscriptions as s')
    .innerJoin('orgs', 'orgs.id', 's.orgId')
    .select(['s.orgId', 'orgs.name as orgName', 's.kind', 's.createdAt'])
    .where('s.userId', '=', userId)
    .orderBy('orgs.path')
    .orderBy('s.kind')
    .execute();
}

export async function deleteSubscriptionsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('reportSubscriptions').where('userId', '=', userId).execute();
}

export async function insertSubscriptions(db: Db, rows: ReportSubscriptionsTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('reportSubscriptions').values(rows).execute();
}

/** Who subscribed to this kind of report about this organisation. */
export async function selectSubscriberIds(
  db: Db,
  key: { orgId: string; kind: ReportSubscriptionsTable['kind'] },
): Promise<string[]> {
  const rows = await db
    .selectFrom('reportSubscriptions')
    .select('userId')
    .where('orgId', '=', key.orgId)
    .where('kind', '=', key.kind)
    .orderBy('userId')
    .execute();
  return rows.map((r) => r.userId);
}
