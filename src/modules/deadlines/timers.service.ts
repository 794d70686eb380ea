/**
 * Case timers (issue 4 "Deadlines"): each legal or administrative time limit runs as its
 * own timer on the case, with start, pause (中止), resume, extension (延期) and stop stored
 * as intervals. These functions are called by the case state machine inside its
 * transaction (they join `ctx.db` when it is one) and by the deadline sweep; they do not
 * check scope or write audit rows — the caller has checked and records the case event.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { CaseTimersTable } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { NotFound, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import * as pq from './deadline-profiles.queries.ts';
import * as q from './timers.queries.ts';
import { evaluateRows, type TimerView } from './timers.read.ts';
import { STAGE_RANK, type TimerStage } from './timer-evaluation.ts';

async function viewOf(ctx: ServiceContext, timerId: string): Promise<TimerView> {
  const [view] = await evaluateRows(ctx, [(await q.selectTimer(ctx.db, timerId))!]);
  return view!;
}

/** Stops timers at `at`, closing their open pauses there. */
async function stopRows(ctx: ServiceContext, ids: string[], at: string): Promise<void> {
  await q.closeOpenPauses(ctx.db, ids, at);
  await q.updateTimers(ctx.db, ids, { status: 'stopped', stoppedAt: at, updatedAt: at });
}

/**
 * Starts a timer of `kind` on the case, copying unit and amount from the profile (later
 * profile edits do not move it). At most one open timer per (case, kind): an open one is
 * stopped first, at the new start. `at` defaults to now.
 * @throws NotFound for an unknown case; ValidationFailed naming `#/profileCode` or `#/at`.
 */
export async function startTimer(
  ctx: ServiceContext,
  input: { caseId: string; kind: string; profileCode: string; at?: string },
): Promise<TimerView> {
  const at = input.at ?? ctx.clock.now().toISOString();
  if (Number.isNaN(Date.parse(at))) throw invalidField('#/at', 'format', 'at must be an ISO instant');
  return inTransaction(ctx.db, async (db) => {
    const tctx = withDb(ctx, db);
    if (!(await q.selectCaseExists(db, input.caseId))) throw new NotFound('Case');
    const profile = await pq.selectProfile(db, input.profileCode);
    if (!profile || profile.isActive !== 1)
      throw invalidField(
        '#/profileCode',
        'unknown',
        `"${input.profileCode}" is not an active deadline profile`,
      );
    const old = await q.selectOpenTimer(db, input.caseId, input.kind);
    if (old) await stopRows(tctx, [old.id], at);
    const iso = new Date(at).toISOString();
    const row: CaseTimersTable = {
      id: newId(),
      caseId: input.caseId,
      kind: input.kind,
      profileCode: profile.code,
      unit: profile.unit,
      amount: profile.amount,
      extensionAmount: 0,
      startedAt: iso,
      stoppedAt: null,
      status: 'running',
      lastLevel: null,
      createdAt: ctx.clock.now().toISOString(),
      updatedAt: ctx.clock.now().toISOString(),
    };
    await q.insertTimer(db, row);
    return viewOf(tctx, row.id);
  });
}

/** Pauses every running timer of the case (中止, e.g. waiting for an appraisal). @returns how many. */
export async function pauseTimers(ctx: ServiceContext, caseId: string, reason: string): Promise<number> {
  return inTransaction(ctx.db, async (db) => {
    const running = (await q.selectOpenTimersOfCase(db, caseId)).filter((t) => t.status === 'running');
    const at = ctx.clock.now().toISOString();
    await q.insertPauses(
      db,
      running.map((t) => ({ id: newId(), timerId: t.id, pausedAt: at, resumedAt: null, reason })),
    );
    await q.updateTimers(
      db,
      running.map((t) => t.id),
      { status: 'paused', updatedAt: at },
    );
    return running.length;
  });
}

/** Resumes every paused timer of the case (恢复): their pauses end now. @returns how many. */
export async function resumeTimers(ctx: ServiceContext, caseId: string): Promise<number> {
  return inTransaction(ctx.db, async (db) => {
    const ids = (await q.selectOpenTimersOfCase(db, caseId))
      .filter((t) => t.status === 'paused')
      .map((t) => t.id);
    const at = ctx.clock.now().toISOString();
    await q.closeOpenPauses(db, ids, at);
    await q.updateTimers(db, ids, { status: 'running', updatedAt: at });
    return ids.length;
  });
}

/** Stops the open timer of `kind` now. @returns the stopped timer, or null when none was open. */
export async function stopTimer(
  ctx: ServiceContext,
  caseId: string,
  kind: string,
): Promise<TimerView | null> {
  return inTransaction(ctx.db, async (db) => {
    const open = await q.selectOpenTimer(db, caseId, kind);
    if (!open) return null;
    await stopRows(withDb(ctx, db), [open.id], ctx.clock.now().toISOString());
    return viewOf(withDb(ctx, db), open.id);
  });
}

/** Stops every open timer of the case now (resolved, rejected, archived). @returns how many. */
export async function stopAllTimers(ctx: ServiceContext, caseId: string): Promise<number> {
  return inTransaction(ctx.db, async (db) => {
    const ids = (await q.selectOpenTimersOfCase(db, caseId)).map((t) => t.id);
    await stopRows(withDb(ctx, db), ids, ctx.clock.now().toISOString());
    return ids.length;
  });
}

/**
 * Extends the open timer of `kind` by `amount` units (延期, approved by a leader). The
 * total extension may not exceed the profile's `maxExtensionAmount` (e.g. 30 days for
 * petitions, 信访工作条例 art. 35). When the new deadline lowers the warning stage,
 * `lastLevel` is lowered with it so the sweep warns again as the new deadline nears.
 * @throws ValidationFailed naming `#/amount` (not a positive whole number, or over the
 * limit); NotFound when no timer of that kind is open.
 */
export async function extendTimer(
  ctx: ServiceContext,
  caseId: string,
  kind: string,
  amount: number,
): Promise<TimerView> {
  if (!Number.isInteger(amount) || amount < 1)
    throw invalidField('#/amount', 'invalid', 'the extension must be a whole number ≥ 1');
  return inTransaction(ctx.db, async (db) => {
    const open = await q.selectOpenTimer(db, caseId, kind);
    if (!open) throw new NotFound(`Open ${kind} timer`);
    const max = (await pq.selectProfile(db, open.profileCode))?.maxExtensionAmount ?? null;
    const total = open.extensionAmount + amount;
    if (max !== null && total > max)
      throw invalidField(
        '#/amount',
        'too-large',
        `延期超过上限 / the extensions may total at most ${max} (${open.unit}); ${Math.max(0, max - open.extensionAmount)} remain`,
      );
    await q.updateTimers(db, [open.id], { extensionAmount: total, updatedAt: ctx.clock.now().toISOString() });
    const view = await viewOf(withDb(ctx, db), open.id);
    // The deadline moved: warnings the sweep gave for the old one must come again for the new one.
    if (STAGE_RANK[view.stage ?? 'none'] < STAGE_RANK[view.lastLevel ?? 'none']) {
      await q.updateTimers(db, [open.id], { lastLevel: view.stage });
      return { ...view, lastLevel: view.stage };
    }
    return view;
  });
}

/**
 * Records that `orgId` holds the case from now: closes the open custody row and opens
 * a new one (no change when that organisation already holds it). Called on every
 * hand-over so time used is attributed per organisation.
 * @throws NotFound for an unknown case; ValidationFailed naming `#/orgId`.
 */
export async function recordCustody(ctx: ServiceContext, caseId: string, orgId: string): Promise<void> {
  await inTransaction(ctx.db, async (db) => {
    if (!(await q.selectCaseExists(db, caseId))) throw new NotFound('Case');
    if (!(await q.selectOrgExists(db, orgId)))
      throw invalidField('#/orgId', 'unknown', 'orgId is not an organisation');
    const open = await q.selectOpenCustody(db, caseId);
    if (open?.orgId === orgId) return;
    const at = ctx.clock.now().toISOString();
    await q.closeOpenCustody(db, caseId, at);
    await q.insertCustody(db, { id: newId(), caseId, orgId, startedAt: at, endedAt: null });
  });
}

/** Records the warning stage the sweep has acted on (null: none yet, e.g. after an extension). */
export async function markTimerLevel(
  ctx: ServiceContext,
  timerId: string,
  level: TimerStage | null,
): Promise<void> {
  await q.updateTimers(ctx.db, [timerId], { lastLevel: level, updatedAt: ctx.clock.now().toISOString() });
}
