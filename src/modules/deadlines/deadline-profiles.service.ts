/**
 * Deadline profiles (DESIGN.md §3): the admin-set time limit per category and case
 * state — an amount in calendar days, working days or hours, warning shares and the
 * most extension allowed. A timer copies unit and amount when it starts, so editing a
 * profile changes only timers started afterwards; the warning shares are read live.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { DeadlineProfilesTable, TimerUnit } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, NotFound, invalidField } from '../../lib/errors.ts';
import { requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { requireDistrictAdmin } from '../calendar/index.ts';
import { topCategoryMap } from '../categories/index.ts';
import type { CreateProfileBody, PatchProfileBody } from './deadlines.schemas.ts';
import * as q from './deadline-profiles.queries.ts';
import { DEFAULT_WARN_SHARES } from './timer-evaluation.ts';

export interface ProfileView {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: TimerUnit;
  amount: number;
  warnShares: number[];
  categoryCode: string | null;
  state: string | null;
  maxExtensionAmount: number | null;
  isActive: boolean;
  updatedAt: string;
}

/** Parses stored warning shares; a broken value falls back to the default rather than failing reads. */
export function parseWarnShares(text: string | null | undefined): number[] {
  try {
    const v: unknown = JSON.parse(text ?? '');
    if (Array.isArray(v) && v.every((s) => typeof s === 'number')) return v as number[];
  } catch {
    // fall through to the default
  }
  return [...DEFAULT_WARN_SHARES];
}

export const toProfileView = (r: DeadlineProfilesTable): ProfileView => ({
  code: r.code,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  unit: r.unit,
  amount: r.amount,
  warnShares: parseWarnShares(r.warnShares),
  categoryCode: r.categoryCode,
  state: r.state,
  maxExtensionAmount: r.maxExtensionAmount,
  isActive: r.isActive === 1,
  updatedAt: r.updatedAt,
});

/** Every profile, active or not; any signed-in user (the deadline bar explains itself). */
export async function listProfiles(ctx: ServiceContext): Promise<ProfileView[]> {
  requireActor(ctx.actor);
  return (await q.selectProfiles(ctx.db)).map(toProfileView);
}

/** Checks what the schema cannot: distinct shares, a known category. @returns the sorted shares. */
async function checkProfileFields(
  ctx: ServiceContext,
  input: { warnShares?: number[]; categoryCode?: string | null },
): Promise<number[] | undefined> {
  if (input.categoryCode && !(await topCategoryMap(ctx)).has(input.categoryCode))
    throw invalidField('#/categoryCode', 'unknown', `"${input.categoryCode}" is not a category code`);
  if (!input.warnShares) return undefined;
  const sorted = [...input.warnShares].sort((a, b) => a - b);
  if (new Set(sorted).size !== sorted.length)
    throw invalidField('#/warnShares', 'duplicate', 'each warning share may appear once');
  return sorted;
}

/**
 * Adds a profile (district admin; audited).
 * @throws Conflict naming `#/code` when the code exists; ValidationFailed naming the field.
 */
export async function createProfile(ctx: ServiceContext, input: CreateProfileBody): Promise<ProfileView> {
  requireDistrictAdmin(ctx, 'deadline profiles');
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const shares = (await checkProfileFields(tctx, input)) ?? [...DEFAULT_WARN_SHARES];
    if (await q.selectProfile(trx, input.code))
      throw new Conflict(`The deadline profile "${input.code}" exists`, [
        { pointer: '#/code', code: 'taken', detail: 'this code exists' },
      ]);
    const now = ctx.clock.now().toISOString();
    const row: DeadlineProfilesTable = {
      code: input.code,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      unit: input.unit,
      amount: input.amount,
      warnShares: JSON.stringify(shares),
      categoryCode: input.categoryCode ?? null,
      state: input.state ?? null,
      maxExtensionAmount: input.maxExtensionAmount ?? null,
      isActive: 1,
      createdAt: now,
      updatedAt: now,
    };
    await q.insertProfile(trx, row);
    await recordAudit(tctx, {
      action: 'deadline_profile.create',
      targetType: 'deadline_profile',
      targetId: input.code,
      detail: { ...input },
    });
    return toProfileView(row);
  });
}

/**
 * Changes a profile (district admin; audited). New unit and amount apply to timers
 * started afterwards. @throws NotFound for an unknown code; ValidationFailed naming the field.
 */
export async function updateProfile(
  ctx: ServiceContext,
  code: string,
  changes: PatchProfileBody,
): Promise<ProfileView> {
  requireDistrictAdmin(ctx, 'deadline profiles');
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const before = await q.selectProfile(trx, code);
    if (!before) throw new NotFound('Deadline profile');
    const shares = await checkProfileFields(tctx, changes);
    const { isActive, warnShares: _shares, ...rest } = changes;
    await q.updateProfile(trx, code, {
      ...rest,
      ...(shares ? { warnShares: JSON.stringify(shares) } : {}),
      ...(isActive !== undefined ? { isActive: isActive ? 1 : 0 } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    });
    await recordAudit(tctx, {
      action: 'deadline_profile.update',
      targetType: 'deadline_profile',
      targetId: code,
      detail: { changes, before: toProfileView(before) },
    });
    return toProfileView((await q.selectProfile(trx, code))!);
  });
}

/**
 * The active profile for a case in `state`, most specific first: a profile for the
 * exact category beats one for its first-level category, which beats one for any
 * category (null). Profiles without a state are never picked here. No scope: called
 * by the state machine. @returns null when no profile applies.
 */
export async function pickProfile(
  ctx: ServiceContext,
  input: { categoryCode: string; topCategoryCode: string; state: string },
): Promise<ProfileView | null> {
  const rank = (c: string | null) =>
    c === input.categoryCode ? 3 : c === input.topCategoryCode ? 2 : c === null ? 1 : 0;
  const candidates = (await q.selectActiveProfilesForState(ctx.db, input.state))
    .filter((p) => rank(p.categoryCode) > 0)
    .sort((a, b) => rank(b.categoryCode) - rank(a.categoryCode) || a.code.localeCompare(b.code));
  return candidates[0] ? toProfileView(candidates[0]) : null;
}
