/**
 * Staff users: one organisation, one or more roles (DESIGN.md §1). Admins manage the
 * users of their own subtree; a user outside it is "not found".
 */
import { inTransaction } from '../../db/dialect.ts';
import { ROLES, type Role } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { hashPassword } from '../../lib/crypto.ts';
import { Conflict, NotFound, ValidationFailed, invalidField, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireActor, requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { endSessionsOfUser } from '../auth/index.ts';
import { findOrgById } from '../orgs/index.ts';
import * as q from './users.queries.ts';

export const MIN_PASSWORD_LENGTH = 8;
const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/;

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: Role[];
  isActive: boolean;
  isDemo: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  email: string | null;
  createdAt: string;
}

type UserRowWithOrg = NonNullable<Awaited<ReturnType<typeof q.selectUserById>>>;

function toView(row: UserRowWithOrg, roles: Role[], now: string): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    orgId: row.orgId,
    orgName: row.orgName,
    roles,
    isActive: row.isActive === 1,
    isDemo: row.isDemo === 1,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    lastLoginAt: row.lastLoginAt,
    email: row.email,
    createdAt: row.createdAt,
  };
}

function checkRoles(roles: string[], errors: FieldError[]): roles is Role[] {
  if (roles.length === 0)
    errors.push({ pointer: '#/roles', code: 'required', detail: 'give at least one role' });
  roles.forEach((r, i) => {
    if (!(ROLES as readonly string[]).includes(r))
      errors.push({
        pointer: `#/roles/${i}`,
        code: 'invalid',
        detail: `"${r}" is not one of ${ROLES.join(', ')}`,
      });
  });
  return errors.length === 0;
}

function checkPassword(password: string, errors: FieldError[]): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    errors.push({
      pointer: '#/password',
      code: 'too-short',
      detail: `the password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    });
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A trimmed e-mail address, or null for none (null, empty or blank). */
function checkEmail(email: string | null | undefined, errors: FieldError[]): string | null {
  const value = email?.trim() || null;
  if (value !== null && (value.length > 254 || !EMAIL_PATTERN.test(value)))
    errors.push({
      pointer: '#/email',
      code: 'invalid',
      detail: 'not an e-mail address like name@example.cn',
    });
  return value;
}

/** Resolves an organisation the actor may assign users to; otherwise a field error. */
async function orgInScope(ctx: ServiceContext, orgId: string) {
  const org = await findOrgById(ctx, orgId);
  if (!org || (ctx.actor && !canAccessOrg(ctx.actor, org.path, 'act')))
    throw invalidField('#/orgId', 'unknown', 'no such organisation in your scope');
  return org;
}

export async function listUsers(
  ctx: ServiceContext,
  filter: { q?: string; orgId?: string; limit?: number },
): Promise<UserView[]> {
  const actor = requireRole(ctx.actor, 'admin');
  const rows = await q.selectUsersInSubtree(ctx.db, {
    orgPath: actor.orgPath,
    ...filter,
    limit: filter.limit ?? 500,
  });
  const roles = await q.selectRolesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.clock.now().toISOString();
  return rows.map((r) => toView(r, roles.get(r.id) ?? [], now));
}

/** A user in the caller's subtree. @throws NotFound outside it. */
export async function getUser(ctx: ServiceContext, id: string): Promise<UserView> {
  const row = await q.selectUserById(ctx.db, id);
  if (!row || (ctx.actor && !canAccessOrg(ctx.actor, row.orgPath))) throw new NotFound('User');
  const roles = await q.selectRolesOf(ctx.db, [id]);
  return toView(row, roles.get(id) ?? [], ctx.clock.now().toISOString());
}

export interface NewUser {
  username: string;
  displayName: string;
  orgId: string;
  roles: string[];
  password: string;
  isDemo?: boolean;
  email?: string | null;
}

/**
 * Creates a user. Through the API the actor must be an admin and the organisation in
 * their subtree; without an actor (command line, demo seed) anywhere.
 * @throws ValidationFailed naming each bad field; Conflict for a taken username.
 */
export async function createUser(ctx: ServiceContext, input: NewUser): Promise<UserView> {
  if (ctx.actor) requireRole(ctx.actor, 'admin');
  const errors: FieldError[] = [];
  if (!USERNAME_PATTERN.test(input.username))
    errors.push({
      pointer: '#/username',
      code: 'invalid',
      detail: 'use 2–64 letters, digits, _ . -, starting with a letter or digit',
    });
  if (!input.displayName.trim())
    errors.push({ pointer: '#/displayName', code: 'required', detail: 'the name is required' });
  checkRoles(input.roles, errors);
  checkPassword(input.password, errors);
  const email = checkEmail(input.email, errors);
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
  const passwordHash = await hashPassword(input.password);
  const id = await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await orgInScope(tctx, input.orgId);
    if (await q.usernameExists(trx, input.username))
      throw new Conflict(`The username "${input.username}" is taken`, [
        { pointer: '#/username', code: 'taken', detail: 'this username is taken' },
      ]);
    const now = ctx.clock.now().toISOString();
    const id = newId();
    await q.insertUser(
      trx,
      {
        id,
        username: input.username,
        displayName: input.displayName.trim(),
        orgId: input.orgId,
        passwordHash,
        isActive: 1,
        isDemo: input.isDemo ? 1 : 0,
        email,
        failedLoginCount: 0,
        createdAt: now,
        updatedAt: now,
      },
      input.roles as Role[],
    );
    await recordAudit(tctx, {
      action: 'user.create',
      targetType: 'user',
      targetId: id,
      detail: { username: input.username, orgId: input.orgId, roles: input.roles },
    });
    return id;
  });
  return getUser({ ...ctx, actor: null }, id);
}

export interface UserChanges {
  displayName?: string;
  orgId?: string;
  roles?: string[];
  isActive?: boolean;
  password?: string;
  email?: string | null;
}

/**
 * Changes a user in the admin's subtree. A new password or deactivation ends the
 * user's sessions. Admins cannot deactivate themselves or drop their own admin role,
 * which would lock the district out.
 */
export async function updateUser(ctx: ServiceContext, id: string, changes: UserChanges): Promise<UserView> {
  const actor = requireRole(ctx.actor, 'admin');
  const errors: FieldError[] = [];
  if (changes.displayName !== undefined && !changes.displayName.trim())
    errors.push({ pointer: '#/displayName', code: 'required', detail: 'the name is required' });
  if (changes.roles) checkRoles(changes.roles, errors);
  if (changes.password !== undefined) checkPassword(changes.password, errors);
  const email = checkEmail(changes.email, errors);
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
  if (
    id === actor.userId &&
    (changes.isActive === false || (changes.roles && !changes.roles.includes('admin')))
  )
    throw new Conflict('You cannot deactivate yourself or remove your own admin role');
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;

  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await getUser(tctx, id);
    if (changes.orgId) await orgInScope(tctx, changes.orgId);
    await q.updateUser(trx, id, {
      updatedAt: ctx.clock.now().toISOString(),
      ...(changes.displayName !== undefined ? { displayName: changes.displayName.trim() } : {}),
      ...(changes.orgId ? { orgId: changes.orgId } : {}),
      ...(changes.isActive !== undefined ? { isActive: changes.isActive ? 1 : 0 } : {}),
      ...(passwordHash ? { passwordHash, failedLoginCount: 0, lockedUntil: null } : {}),
      ...(changes.email !== undefined ? { email } : {}),
    });
    if (changes.roles) await q.replaceRoles(trx, id, changes.roles as Role[]);
    if (passwordHash || changes.isActive === false) await endSessionsOfUser(trx, id);
    const { password: _secret, email: _email, ...visible } = changes;
    await recordAudit(tctx, {
      action: 'user.update',
      targetType: 'user',
      targetId: id,
      detail: {
        ...visible,
        passwordChanged: passwordHash !== undefined,
        emailChanged: changes.email !== undefined,
      },
    });
  });
  return getUser(ctx, id);
}

/** Lifts a sign-in lock early. */
export async function unlockUser(ctx: ServiceContext, id: string): Promise<UserView> {
  requireRole(ctx.actor, 'admin');
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    await getUser(tctx, id);
    await q.updateUser(trx, id, {
      failedLoginCount: 0,
      lockedUntil: null,
      updatedAt: ctx.clock.now().toISOString(),
    });
    await recordAudit(tctx, { action: 'user.unlock', targetType: 'user', targetId: id });
  });
  return getUser(ctx, id);
}

export async function countDemoUsers(ctx: ServiceContext): Promise<number> {
  return q.countDemoUsers(ctx.db);
}

/** An active user belonging to the organisation (or below it), for assigning work. No scope check. */
export async function findUserInOrg(ctx: ServiceContext, userId: string, orgId: string) {
  const org = await findOrgById(ctx, orgId);
  if (!org) return undefined;
  return q.selectActiveUserInOrg(ctx.db, userId, org.path);
}

/** Active users of one organisation holding any of `roles` (notifications). No scope check. */
export async function listActiveUserIdsWithRoles(
  ctx: ServiceContext,
  input: { orgId: string; roles: Role[] },
): Promise<string[]> {
  return q.selectActiveUserIdsWithRoles(ctx.db, input.orgId, input.roles);
}

/** Where to reach each of the given users (unknown ids are left out). No scope check. */
export async function findUserContacts(
  ctx: ServiceContext,
  userIds: string[],
): Promise<{ id: string; email: string | null; isActive: boolean }[]> {
  const rows = await q.selectContacts(ctx.db, [...new Set(userIds)]);
  return rows.map((r) => ({ id: r.id, email: r.email, isActive: r.isActive === 1 }));
}

/** Active users among `ids` holding `role` (e.g. the mediators of a session). No scope check. */
export async function findUsersWithRole(ctx: ServiceContext, ids: string[], role: Role) {
  return q.selectActiveUsersWithRole(ctx.db, ids, role);
}

/**
 * Colleagues a user may assign work to or invite (handlers, mediators): names and roles
 * only, of an organisation in the caller's subtree. Open to every staff role.
 */
export async function listStaff(ctx: ServiceContext, filter: { orgId: string; role?: Role }) {
  const actor = requireActor(ctx.actor);
  const org = await findOrgById(ctx, filter.orgId);
  if (!org || !canAccessOrg(actor, org.path)) throw new NotFound('Organisation');
  const rows = await q.selectUsersInSubtree(ctx.db, { orgPath: org.path, limit: 500 });
  const roles = await q.selectRolesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows
    .filter((r) => r.isActive === 1)
    .map((r) => ({
      id: r.id,
      displayName: r.displayName,
      orgId: r.orgId,
      orgName: r.orgName,
      roles: roles.get(r.id) ?? [],
    }))
    .filter((u) => !filter.role || u.roles.includes(filter.role));
}
