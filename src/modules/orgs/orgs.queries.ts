import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { NewOrgRow, OrgUpdate } from '../../db/tables.ts';

/** Rows whose path starts with `path`: the subtree rooted there. */
function subtree(path: string) {
  return sql<boolean>`substr(path, 1, ${path.length}) = ${path}`;
}

export function selectOrgById(db: Db, id: string) {
  return db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function selectOrgsByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('orgs').selectAll().where('code', 'in', codes).execute();
}

/** The subtree under `path`, parents before children, siblings in their sort order. */
export function selectOrgsInSubtree(db: Db, path: string) {
  return db
    .selectFrom('orgs')
    .selectAll()
    .where(subtree(path))
    .orderBy('depth')
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}

export async function countChildren(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('orgs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countOrgs(db: Db): Promise<number> {
  const row = await db
    .selectFrom('orgs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrgs(db: Db, rows: NewOrgRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('orgs')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export async function updateOrg(db: Db, id: string, changes: OrgUpdate): Promise<void> {
  await db.updateTable('orgs').set(changes).where('id', '=', id).execute();
}

/** Moves a subtree: rewrites the path prefix and depth of every descendant. */
export async function rewriteSubtreePaths(
  db: Db,
  oldPath: string,
  newPath: string,
  depthDelta: number,
): Promise<void> {
  await db
    .updateTable('orgs')
    .set({
      path: sql`${newPath} || substr(path, ${oldPath.length + 1})`,
      depth: sql`depth + ${depthDelta}`,
    })
    .where(subtree(oldPath))
    .execute();
}

export async function selectSubtreeIds(db: Db, path: string): Promise<string[]> {
  const rows = await db.selectFrom('orgs').select('id').where(subtree(path)).execute();
  return rows.map((r) => r.id);
}

export function selectGridsWithBoundary(db: Db) {
  return db
    .selectFrom('orgs')
    .select(['id', 'boundary'])
    .where('type', '=', 'grid')
    .where('boundary', 'is not', null)
    .execute();
}

/** Every grid, street and community (the places a citizen may name), parents before children. */
export function selectPlaceOrgs(db: Db) {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'type', 'parentId', 'path', 'sortOrder', 'code'])
    .where('type', 'in', ['street', 'community', 'grid'])
    .orderBy('depth')
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}

export function selectRootOrgs(db: Db) {
  return db.selectFrom('orgs').selectAll().where('parentId', 'is', null).orderBy('code').execute();
}

export function selectOrgsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('orgs').selectAll().where('id', 'in', ids).execute();
}
