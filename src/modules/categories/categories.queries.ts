import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CategoriesTable } from '../../db/tables.ts';

export function selectCategories(db: Db) {
  return db.selectFrom('categories').selectAll().orderBy('sortOrder').orderBy('code').execute();
}

export function selectCategory(db: Db, code: string) {
  return db.selectFrom('categories').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertCategory(db: Db, row: CategoriesTable): Promise<void> {
  await db.insertInto('categories').values(row).execute();
}

export async function updateCategory(
  db: Db,
  code: string,
  changes: Updateable<CategoriesTable>,
): Promise<void> {
  await db.updateTable('categories').set(changes).where('code', '=', code).execute();
}
