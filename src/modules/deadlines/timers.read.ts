/**
 * Reading case timers: every read evaluates the stored intervals against the calendar
 * table as it is now (timer-evaluation.ts), so a calendar or pause change shows at once.
 */
import type { CaseTimerPausesTable } from '../../db/tables.ts';
import type { ServiceContext } from '../../lib/context.ts';
import { loadCalendar, type CalendarLookup } from '../calendar/index.ts';
import { assertCaseVisible } from '../cases/index.ts';
import { parseWarnShares } from './deadline-profiles.service.ts';
import * as q from './timers.queries.ts';
import {
  STAGE_RANK,
  evaluateTimer,
  reminderShareOf,
  usedByOrg,
  type TimerLevel,
  type TimerStage,
} from './timer-evaluation.ts';

/** One timer as stored plus its evaluation at the context clock's `now`. */
export interface TimerView {
  id: string;
  caseId: string;
  kind: string;
  profileCode: string;
  unit: q.TimerRow['unit'];
  amount: number;
  extensionAmount: number;
  status: q.TimerRow['status'];
  startedAt: string;
  stoppedAt: string | null;
  /** The warning stage the sweep last acted on. */
  lastLevel: TimerStage | null;
  dueAt: string;
  usedShare: number;
  level: TimerLevel;
  /** The current warning stage (a reminder is still level `normal`). */
  stage: TimerStage | null;
  /** Share of the time at which the early reminder starts (1 when the profile has none). */
  reminderShare: number;
  remaining: number;
  isPaused: boolean;
}

export interface CaseTimerView extends TimerView {
  pauses: { pausedAt: string; resumedAt: string | null; reason: string }[];
  byOrg: { orgId: string; orgName: string; used: number }[];
}

export interface CaseDeadline {
  kind: string;
  dueAt: string;
  level: TimerLevel;
  usedShare: number;
  isPaused: boolean;
  profileCode: string;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const LEVEL_RANK: Record<TimerLevel, number> = { normal: 0, yellow: 1, red: 2 };

function pausesByTimer(rows: CaseTimerPausesTable[]): Map<string, CaseTimerPausesTable[]> {
  const map = new Map<string, CaseTimerPausesTable[]>();
  for (const p of rows) map.set(p.timerId, [...(map.get(p.timerId) ?? []), p]);
  return map;
}

const inputOf = (row: q.TimerRow) => ({ ...row, warnShares: parseWarnShares(row.warnShares) });

/** True when the timer's stage is ahead of the one the sweep last acted on. */
const stageAdvanced = (v: TimerView) => STAGE_RANK[v.stage ?? 'none'] > STAGE_RANK[v.lastLevel ?? 'none'];

/** Evaluates stored rows at `now` (pure apart from the inputs). */
export function toTimerView(
  row: q.TimerRow,
  pauses: readonly CaseTimerPausesTable[],
  calendar: CalendarLookup,
  now: Date,
): TimerView {
  const input = inputOf(row);
  const ev = evaluateTimer(input, pauses, calendar, now);
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    profileCode: row.profileCode,
    unit: row.unit,
    amount: row.amount,
    extensionAmount: row.extensionAmount,
    status: row.status,
    startedAt: row.startedAt,
    stoppedAt: row.stoppedAt,
    lastLevel: row.lastLevel,
    dueAt: ev.dueAt,
    usedShare: round(ev.usedShare, 4),
    level: ev.level,
    stage: ev.stage,
    reminderShare: reminderShareOf(input.warnShares),
    remaining: round(ev.remaining, 2),
    isPaused: ev.isPaused,
  };
}

/** Evaluates timer rows, loading their pauses and (unless given) the calendar once. */
export async function evaluateRows(
  ctx: ServiceContext,
  rows: q.TimerRow[],
  calendarIn?: CalendarLookup,
): Promise<TimerView[]> {
  if (rows.length === 0) return [];
  const calendar = calendarIn ?? (await loadCalendar(ctx));
  const pauses = pausesByTimer(
    await q.selectPausesOfTimers(
      ctx.db,
      rows.map((r) => r.id),
    ),
  );
  const now = ctx.clock.now();
  return rows.map((r) => toTimerView(r, pauses.get(r.id) ?? [], calendar, now));
}

/**
 * The most urgent open timer of a case — highest level first, then the earliest
 * deadline — for the case view and the case row's deadline columns. No scope check
 * (callers have checked). @returns null when the case has no open timer.
 */
export async function caseDeadline(ctx: ServiceContext, caseId: string): Promise<CaseDeadline | null> {
  const views = await evaluateRows(ctx, await q.selectOpenTimersOfCase(ctx.db, caseId));
  const top = views.sort(
    (a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || a.dueAt.localeCompare(b.dueAt),
  )[0];
  return top
    ? {
        kind: top.kind,
        dueAt: top.dueAt,
        level: top.level,
        usedShare: top.usedShare,
        isPaused: top.isPaused,
        profileCode: top.profileCode,
      }
    : null;
}

/**
 * Every timer of a case, open and stopped, evaluated, with its pauses and the counted
 * time per organisation that held the case; plus the custody log. No scope check.
 */
export async function listTimers(ctx: ServiceContext, caseId: string) {
  const rows = await q.selectTimersOfCase(ctx.db, caseId);
  const custody = await q.selectCustody(ctx.db, caseId);
  const calendar = await loadCalendar(ctx);
  const pauses = pausesByTimer(
    await q.selectPausesOfTimers(
      ctx.db,
      rows.map((r) => r.id),
    ),
  );
  const names = new Map(custody.map((c) => [c.orgId, c.orgName]));
  const now = ctx.clock.now();
  const items: CaseTimerView[] = rows.map((r) => {
    const ps = pauses.get(r.id) ?? [];
    return {
      ...toTimerView(r, ps, calendar, now),
      pauses: ps.map((p) => ({ pausedAt: p.pausedAt, resumedAt: p.resumedAt, reason: p.reason })),
      byOrg: usedByOrg(inputOf(r), ps, custody, calendar, now).map((o) => ({
        orgId: o.orgId,
        orgName: names.get(o.orgId) ?? '',
        used: round(o.used, 2),
      })),
    };
  });
  return {
    items,
    custody: custody.map((c) => ({
      orgId: c.orgId,
      orgName: c.orgName,
      startedAt: c.startedAt,
      endedAt: c.endedAt,
    })),
  };
}

/** `GET /cases/:id/timers`: the case's timers for a user who may see the case. @throws NotFound outside scope. */
export async function viewCaseTimers(ctx: ServiceContext, caseId: string) {
  await assertCaseVisible(ctx, caseId);
  return listTimers(ctx, caseId);
}

/**
 * For the deadline sweep: up to `limit` open (running or paused) timers, evaluated,
 * whose warning stage is ahead of `lastLevel` — a new reminder, yellow or red the sweep
 * has not acted on. Stages only move forward per timer (an extension lowers
 * `lastLevel` itself, so the new deadline warns again), so a timer is returned once
 * per stage however often the sweep runs. Scans open timers in pages; call
 * `markTimerLevel` after acting.
 */
export async function listOpenTimersForSweep(ctx: ServiceContext, limit: number): Promise<TimerView[]> {
  const found: TimerView[] = [];
  const pageSize = 500;
  const calendar = await loadCalendar(ctx);
  let afterId: string | null = null;
  for (;;) {
    const page = await q.selectOpenTimersPage(ctx.db, afterId, pageSize);
    for (const view of await evaluateRows(ctx, page, calendar)) {
      if (stageAdvanced(view)) found.push(view);
      if (found.length >= limit) return found;
    }
    if (page.length < pageSize) return found;
    afterId = page.at(-1)!.id;
  }
}
