/**
 * Sign-in, sessions and API tokens. Sessions live in the database (several server
 * processes share them); the cookie holds a random token whose SHA-256 is the
 * session id, so the table never holds a usable credential. Five wrong passwords in a
 * row lock the account for 15 minutes.
 */
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/dialect.ts';
import type { Actor, ServiceContext } from '../../lib/context.ts';
import { hashPassword, sha256, verifyPassword } from '../../lib/crypto.ts';
import { AccountLocked, NotFound, Unauthenticated } from '../../lib/errors.ts';
import { newId, randomToken } from '../../lib/ids.ts';
import { requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import * as q from './auth.queries.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** How stale `last_seen_at` may get before a request refreshes it (saves a write per request). */
const TOUCH_AFTER_MS = 60_000;

// Verified against when the username is unknown, so both paths take the same time.
const DUMMY_HASH = hashPassword('not-a-real-password');

export interface LoginResult {
  token: string;
  userId: string;
  expiresAt: string;
}

type Attempt = { kind: 'ok'; result: LoginResult } | { kind: 'wrong' } | { kind: 'locked'; until: string };

/**
 * Checks the credentials and opens a session.
 * @throws Unauthenticated on a wrong username or password (the same answer for both);
 *         AccountLocked while the account is locked. Failed attempts are recorded and
 *         audited even though the request fails.
 */
export async function login(
  ctx: ServiceContext,
  input: { username: string; password: string; userAgent: string | null; ttlHours: number },
): Promise<LoginResult> {
  const user = await q.selectUserForLogin(ctx.db, input.username);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH));

  // The failure count is read again inside the transaction (row-locked on PostgreSQL; SQLite has
  // one writer): concurrent wrong guesses each count, so a burst cannot get past the limit.
  const attempt = await inTransaction(ctx.db, async (trx): Promise<Attempt> => {
    const tctx = { ...ctx, db: trx };
    const state = user ? await q.selectLoginStateForUpdate(trx, user.id) : undefined;
    if (!user || !state || user.isActive !== 1) {
      await recordAudit(tctx, {
        action: 'auth.login_failed',
        actorName: input.username,
        detail: { reason: user ? 'inactive' : 'unknown-user' },
      });
      return { kind: 'wrong' };
    }
    if (state.lockedUntil != null && state.lockedUntil > nowIso) {
      await recordAudit(tctx, {
        action: 'auth.login_refused',
        actorName: user.username,
        targetType: 'user',
        targetId: user.id,
        detail: { reason: 'locked' },
      });
      return { kind: 'locked', until: state.lockedUntil };
    }
    if (!passwordOk) {
      // A lock that has run out starts the count afresh.
      const previous = state.lockedUntil ? 0 : state.failedLoginCount;
      const count = previous + 1;
      const lockedUntil =
        count >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      await q.recordFailedLogin(trx, user.id, lockedUntil ? 0 : count, lockedUntil, nowIso);
      await recordAudit(tctx, {
        action: lockedUntil ? 'auth.account_locked' : 'auth.login_failed',
        actorName: user.username,
        targetType: 'user',
        targetId: user.id,
        detail: { failedInARow: count },
      });
      return { kind: 'wrong' };
    }
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + input.ttlHours * 3_600_000).toISOString();
    await q.recordSuccessfulLogin(trx, user.id, nowIso);
    await q.insertSession(trx, {
      id: sha256(token),
      userId: user.id,
      createdAt: nowIso,
      lastSeenAt: nowIso,
      expiresAt,
      ip: ctx.ip,
      userAgent: input.userAgent,
    });
    await recordAudit(tctx, {
      action: 'auth.login',
      actorId: user.id,
      actorName: user.username,
      targetType: 'user',
      targetId: user.id,
    });
    return { kind: 'ok', result: { token, userId: user.id, expiresAt } };
  });

  if (attempt.kind === 'locked') throw new AccountLocked(attempt.until);
  if (attempt.kind === 'wrong') throw new Unauthenticated('Wrong username or password');
  return attempt.result;
}

/** Ends the session behind `token` (a no-op for an unknown one). */
export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await q.deleteSession(trx, sha256(token));
    if (ctx.actor)
      await recordAudit(
        { ...ctx, db: trx },
        { action: 'auth.logout', targetType: 'user', targetId: ctx.actor.userId },
      );
  });
}

/** The actor behind a session token, refreshing its idle expiry; undefined when not live. */
export async function resolveSession(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  token: string,
  ttlHours: number,
): Promise<Actor | undefined> {
  const now = ctx.clock.now();
  const sessionId = sha256(token);
  const row = await q.selectSessionActor(ctx.db, sessionId, now.toISOString());
  if (!row) return undefined;
  if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
    await q.touchSession(
      ctx.db,
      sessionId,
      now.toISOString(),
      new Date(now.getTime() + ttlHours * 3_600_000).toISOString(),
    );
  }
  const roles = await q.selectRoles(ctx.db, row.userId);
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    orgId: row.orgId,
    orgPath: row.orgPath,
    roles,
    via: 'session',
  };
}

export const API_TOKEN_PREFIX = 'fq_';

/** The actor behind an API token; undefined when unknown or revoked. */
export async function resolveApiToken(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  token: string,
): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await q.selectTokenActor(ctx.db, sha256(token));
  if (!row) return undefined;
  const now = ctx.clock.now();
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_AFTER_MS)
    await q.touchToken(ctx.db, row.tokenId, now.toISOString());
  const roles = await q.selectRoles(ctx.db, row.userId);
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    orgId: row.orgId,
    orgPath: row.orgPath,
    roles,
    via: 'token',
  };
}

/** Creates an API token for the caller. The token is returned once and stored only as a hash. */
export async function createApiToken(ctx: ServiceContext, name: string) {
  const actor = requireActor(ctx.actor);
  const token = API_TOKEN_PREFIX + randomToken(32);
  const row = {
    id: newId(),
    userId: actor.userId,
    name,
    tokenHash: sha256(token),
    prefix: token.slice(0, 8),
    createdAt: ctx.clock.now().toISOString(),
  };
  await inTransaction(ctx.db, async (trx) => {
    await q.insertApiToken(trx, row);
    await recordAudit(
      { ...ctx, db: trx },
      { action: 'token.create', targetType: 'api_token', targetId: row.id, detail: { name } },
    );
  });
  return { id: row.id, name, prefix: row.prefix, createdAt: row.createdAt, token };
}

export async function listApiTokens(ctx: ServiceContext) {
  const actor = requireActor(ctx.actor);
  return q.selectApiTokens(ctx.db, actor.userId);
}

/** Revokes one of the caller's tokens. @throws NotFound for another user's or an unknown token. */
export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<void> {
  const actor = requireActor(ctx.actor);
  await inTransaction(ctx.db, async (trx) => {
    const n = await q.revokeApiToken(trx, actor.userId, id, ctx.clock.now().toISOString());
    if (n === 0) throw new NotFound('API token');
    await recordAudit({ ...ctx, db: trx }, { action: 'token.revoke', targetType: 'api_token', targetId: id });
  });
}

/** Ends every session of a user (after a password change or deactivation). */
export async function endSessionsOfUser(db: Db, userId: string): Promise<void> {
  await q.deleteSessionsOfUser(db, userId);
}

/** The signed-in user with roles and organisation (`GET /me`). */
export async function getMe(ctx: Pick<ServiceContext, 'db'>, userId: string) {
  const row = await q.selectMe(ctx.db, userId);
  if (!row) throw new NotFound('User');
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: await q.selectRoles(ctx.db, userId),
    org: { id: row.orgId, code: row.orgCode, name: row.orgName, type: row.orgType },
    district: await q.selectDistrictOf(ctx.db, row.orgPath),
  };
}
