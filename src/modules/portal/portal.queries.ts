import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PortalAccessTable } from '../../db/tables.ts';

export async function insertAccess(db: Db, row: PortalAccessTable): Promise<void> {
  await db.insertInto('portalAccess').values(row).execute();
}

export function selectAccessByHash(db: Db, codeHash: string) {
  return db.selectFrom('portalAccess').selectAll().where('codeHash', '=', codeHash).executeTakeFirst();
}

export type AccessRow = NonNullable<Awaited<ReturnType<typeof selectAccessByHash>>>;

/** One more wrong try on the code, counted in SQL so simultaneous tries all count. @returns the new count. */
export async function incrementFailedAttempts(db: Db, id: string): Promise<number> {
  const row = await db
    .updateTable('portalAccess')
    .set({ failedAttempts: sql`failed_attempts + 1` })
    .where('id', '=', id)
    .returning('failedAttempts')
    .executeTakeFirstOrThrow();
  return Number(row.failedAttempts);
}

export async function setLock(
  db: Db,
  id: string,
  lock: { failedAttempts: number; lockedUntil: string | null },
): Promise<void> {
  await db.updateTable('portalAccess').set(lock).where('id', '=', id).execute();
}

/**
 * Counts one request in the key's current window and returns the window's count. Windows
 * that ended before `staleBefore` (of every key) are deleted first, so the table holds only
 * live windows. The upsert makes simultaneous requests of several processes all count.
 */
export async function bumpRateCounter(
  db: Db,
  key: string,
  windowStart: string,
  staleBefore: string,
): Promise<number> {
  await db.deleteFrom('rateLimits').where('windowStart', '<', staleBefore).execute();
  const row = await db
    .insertInto('rateLimits')
    .values({ key, windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'windowStart']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
