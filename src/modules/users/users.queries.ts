import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { NewUserRow, Role, UsersTable } from '../../db/tables.ts';
import type { Updateable } from 'kysely';

const userColumns = [
  'users.id',
  'users.username',
  'users.displayName',
  'users.orgId',
  'orgs.name as orgName',
  'orgs.path as orgPath',
  'users.isActive',
  'users.isDemo',
  'users.lockedUntil',
  'users.lastLoginAt',
  'users.email',
  'users.createdAt',
] as const;

export function selectUserById(db: Db, id: string) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select(userColumns)
    .where('users.id', '=', id)
    .executeTakeFirst();
}

export async function usernameExists(db: Db, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

/** Users whose organisation lies under `orgPath`, optionally filtered by text and organisation. */
export function selectUsersInSubtree(
  db: Db,
  args: { orgPath: string; q?: string; orgId?: string; limit: number },
) {
  let query = db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select(userColumns)
    .where(sql<boolean>`substr(orgs.path, 1, ${args.orgPath.length}) = ${args.orgPath}`);
  if (args.orgId) query = query.where('users.orgId', '=', args.orgId);
  if (args.q) {
    const like = `%${args.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('users.username', 'like', sql<string>`${like} escape '\\'`),
        eb('users.displayName', 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  return query.orderBy('orgs.path').orderBy('users.username').limit(args.limit).execute();
}

export async function selectRolesOf(db: Db, userIds: string[]): Promise<Map<string, Role[]>> {
  const map = new Map<string, Role[]>();
  if (userIds.length === 0) return map;
  const rows = await db
    .selectFrom('userRoles')
    .select(['userId', 'role'])
    .where('userId', 'in', userIds)
    .orderBy('role')
    .execute();
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
  return map;
}

export async function insertUser(db: Db, row: NewUserRow, roles: Role[]): Promise<void> {
  await db.insertInto('users').values(row).execute();
  await db
    .insertInto('userRoles')
    .values(roles.map((role) => ({ userId: row.id, role })))
    .execute();
}

export async function updateUser(db: Db, id: string, changes: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function replaceRoles(db: Db, userId: string, roles: Role[]): Promise<void> {
  await db.deleteFrom('userRoles').where('userId', '=', userId).execute();
  await db
    .insertInto('userRoles')
    .values(roles.map((role) => ({ userId, role })))
    .execute();
}

export async function countDemoUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('isDemo', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** An active user of the organisation or its subtree. */
export function selectActiveUserInOrg(db: Db, userId: string, orgPath: string) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select(['users.id', 'users.displayName', 'users.orgId'])
    .where('users.id', '=', userId)
    .where('users.isActive', '=', 1)
    .where(sql<boolean>`substr(orgs.path, 1, ${orgPath.length}) = ${orgPath}`)
    .executeTakeFirst();
}

/** Active users of one organisation holding any of `roles`. */
export async function selectActiveUserIdsWithRoles(db: Db, orgId: string, roles: Role[]): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.orgId', '=', orgId)
    .where('users.isActive', '=', 1)
    .where('userRoles.role', 'in', roles)
    .orderBy('users.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Id, e-mail and active flag of the given users (unknown ids are left out). */
export function selectContacts(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'email', 'isActive']).where('id', 'in', userIds).execute();
}

/** Active users among `ids` who hold `role`, with their organisation. */
export function selectActiveUsersWithRole(db: Db, ids: string[], role: Role) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select(['users.id', 'users.displayName', 'users.orgId', 'orgs.name as orgName', 'orgs.path as orgPath'])
    .where('users.id', 'in', ids)
    .where('users.isActive', '=', 1)
    .where('userRoles.role', '=', role)
    .execute();
}
