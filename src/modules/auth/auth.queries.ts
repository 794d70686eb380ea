import type { Db } from '../../db/database.ts';
import { forUpdate } from '../../db/dialect.ts';
import type { Role } from '../../db/tables.ts';

export function selectUserForLogin(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** The user's failure count and lock, locked for the rest of the transaction on PostgreSQL. */
export function selectLoginStateForUpdate(db: Db, userId: string) {
  return forUpdate(
    db,
    db.selectFrom('users').select(['failedLoginCount', 'lockedUntil']).where('id', '=', userId),
  ).executeTakeFirst();
}

export async function recordFailedLogin(
  db: Db,
  userId: string,
  count: number,
  lockedUntil: string | null,
  now: string,
) {
  await db
    .updateTable('users')
    .set({ failedLoginCount: count, lockedUntil, updatedAt: now })
    .where('id', '=', userId)
    .execute();
}

export async function recordSuccessfulLogin(db: Db, userId: string, now: string) {
  await db
    .updateTable('users')
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Db,
  row: {
    id: string;
    userId: string;
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  },
) {
  await db.insertInto('sessions').values(row).execute();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string) {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string) {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute();
}

const actorColumns = [
  'users.id as userId',
  'users.username',
  'users.displayName',
  'users.orgId',
  'orgs.path as orgPath',
] as const;

/** The live session's user (active) and organisation path, or undefined. */
export function selectSessionActor(db: Db, sessionId: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select([...actorColumns, 'sessions.lastSeenAt'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expiresAt', '>', now)
    .where('users.isActive', '=', 1)
    .executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string, lastSeenAt: string, expiresAt: string) {
  await db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', sessionId).execute();
}

export function selectTokenActor(db: Db, tokenHash: string) {
  return db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select([...actorColumns, 'apiTokens.id as tokenId', 'apiTokens.lastUsedAt'])
    .where('apiTokens.tokenHash', '=', tokenHash)
    .where('apiTokens.revokedAt', 'is', null)
    .where('users.isActive', '=', 1)
    .executeTakeFirst();
}

export async function touchToken(db: Db, tokenId: string, now: string) {
  await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', tokenId).execute();
}

export async function selectRoles(db: Db, userId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('userRoles')
    .select('role')
    .where('userId', '=', userId)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

export async function insertApiToken(
  db: Db,
  row: { id: string; userId: string; name: string; tokenHash: string; prefix: string; createdAt: string },
) {
  await db.insertInto('apiTokens').values(row).execute();
}

export function selectApiTokens(db: Db, userId: string) {
  return db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'prefix', 'createdAt', 'lastUsedAt', 'revokedAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function revokeApiToken(db: Db, userId: string, id: string, now: string): Promise<number> {
  const result = await db
    .updateTable('apiTokens')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function selectMe(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select([
      'users.id',
      'users.username',
      'users.displayName',
      'orgs.id as orgId',
      'orgs.code as orgCode',
      'orgs.name as orgName',
      'orgs.type as orgType',
      'orgs.path as orgPath',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The district (tree root) above an organisation path: its id, code and name. */
export async function selectDistrictOf(db: Db, orgPath: string) {
  const rootId = orgPath.split('/').filter(Boolean)[0]!;
  return db
    .selectFrom('orgs')
    .select(['id', 'code', 'name'])
    .where('id', '=', rootId)
    .executeTakeFirstOrThrow();
}
