import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DeadlineProfilesTable } from '../../db/tables.ts';

export function selectProfiles(db: Db) {
  return db.selectFrom('deadlineProfiles').selectAll().orderBy('code').execute();
}

export function selectProfile(db: Db, code: string) {
  return db.selectFrom('deadlineProfiles').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Active profiles for a case status (profiles with a null state are never picked by state). */
export function selectActiveProfilesForState(db: Db, state: string) {
  return db
    .selectFrom('deadlineProfiles')
    .selectAll()
    .where('state', '=', state)
    .where('isActive', '=', 1)
    .orderBy('code')
    .execute();
}

export async function insertProfile(db: Db, row: DeadlineProfilesTable): Promise<void> {
  await db.insertInto('deadlineProfiles').values(row).execute();
}

export async function updateProfile(
  db: Db,
  code: string,
  changes: Updateable<DeadlineProfilesTable>,
): Promise<void> {
  await db.updateTable('deadlineProfiles').set(changes).where('code', '=', code).execute();
}
