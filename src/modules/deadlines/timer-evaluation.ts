/**
 * Case timers evaluated on read (DESIGN.md §3, issue 4 "Deadlines"). A timer is stored
 * as its start, stop and pause intervals; everything else — the deadline, the share of
 * time used, the warning level — is computed here from those intervals, the district
 * calendar and `now`. An edit to the calendar therefore recomputes every open deadline.
 *
 * Counting rules:
 * - `hours`: elapsed time counts, from `startedAt`.
 * - `calendar_days` and `working_days`: counting starts at the first Asia/Shanghai
 *   midnight after `startedAt` — the start day is not counted, as in
 *   "自受理之日起X个工作日". A counted day counts fully (24 h of counted time); for
 *   `working_days` a rest day (weekend or holiday, unless a 调休 working day) counts nothing.
 * - Paused intervals count nothing. An open pause is taken to end at `now` (so the
 *   projected deadline of a paused timer is "if resumed now"); a stopped timer counts
 *   nothing after `stoppedAt`.
 * - `dueAt` is the instant the counted time reaches (amount + extensionAmount) units:
 *   for day units without pauses, the end (24:00 local) of the last counted day.
 * - `usedShare` = counted time / allowed time; it goes above 1 once overdue. The warning
 *   shares (default [0.5, 0.75]): yellow starts at the last share below 1, red at 1, and
 *   any earlier share is a reminder.
 */
import { isWorkingDay, shiftDay, type CalendarLookup } from '../calendar/index.ts';
import type { TimerUnit } from '../../db/tables.ts';
import { localDate, localDayEnd, localDayStart } from '../../lib/time.ts';

export type TimerLevel = 'normal' | 'yellow' | 'red';
/** Warning stages the sweep acts on, in order; null before the first share. */
export type TimerStage = 'reminder' | 'yellow' | 'red';

export const DEFAULT_WARN_SHARES: readonly number[] = [0.5, 0.75];

export interface TimerInput {
  unit: TimerUnit;
  amount: number;
  extensionAmount: number;
  startedAt: string;
  stoppedAt: string | null;
  /** Shares of the time at which warnings start; the profile's, default [0.5, 0.75]. */
  warnShares?: readonly number[];
}

export interface PauseInput {
  pausedAt: string;
  resumedAt: string | null;
}

export interface CustodyInput {
  orgId: string;
  startedAt: string;
  endedAt: string | null;
}

export interface TimerEvaluation {
  /** ISO instant at which the allowed time is used up. */
  dueAt: string;
  /** Counted time / allowed time (0 … n). */
  usedShare: number;
  level: TimerLevel;
  stage: TimerStage | null;
  /** Allowed minus counted time, in the timer's unit (days or hours); negative when overdue. */
  remaining: number;
  isPaused: boolean;
  usedMs: number;
  totalMs: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const MAX_DAYS = 3660;

/** Milliseconds of counted time in one unit. */
export function unitMs(unit: TimerUnit): number {
  return unit === 'hours' ? HOUR_MS : DAY_MS;
}

type Interval = [from: number, to: number];

/** The windows in which time may count, in order, before pauses are taken out. */
function* countingWindows(timer: TimerInput, calendar: CalendarLookup): Generator<Interval> {
  const start = Date.parse(timer.startedAt);
  if (timer.unit === 'hours') {
    yield [start, Number.POSITIVE_INFINITY];
    return;
  }
  let day = shiftDay(localDate(new Date(start)), 1);
  for (let i = 0; i < MAX_DAYS; i++, day = shiftDay(day, 1)) {
    if (timer.unit === 'calendar_days' || isWorkingDay(day, calendar))
      yield [Date.parse(localDayStart(day)), Date.parse(localDayEnd(day))];
  }
  throw new RangeError('no counted day within ten years: check the calendar');
}

/** End of counting: `now`, or the stop when earlier. */
function countingEnd(timer: TimerInput, now: Date): number {
  const nowMs = now.getTime();
  return timer.stoppedAt ? Math.min(Date.parse(timer.stoppedAt), nowMs) : nowMs;
}

/** The counted intervals, in order: counting windows minus pauses (open pauses end at the counting end). */
function* countedSegments(
  timer: TimerInput,
  pauses: readonly PauseInput[],
  calendar: CalendarLookup,
  now: Date,
): Generator<Interval> {
  const end = countingEnd(timer, now);
  const paused: Interval[] = pauses
    .map((p): Interval => [Date.parse(p.pausedAt), p.resumedAt ? Date.parse(p.resumedAt) : end])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  for (const [from, to] of countingWindows(timer, calendar)) {
    let cursor = from;
    for (const [pa, pb] of paused) {
      if (pb <= cursor) continue;
      if (pa >= to) break;
      if (pa > cursor) yield [cursor, pa];
      cursor = Math.max(cursor, pb);
      if (cursor >= to) break;
    }
    if (cursor < to) yield [cursor, to];
  }
}

/** Order of the warning stages: the sweep acts only when a timer moves up. */
export const STAGE_RANK: Record<TimerStage | 'none', number> = { none: 0, reminder: 1, yellow: 2, red: 3 };

const sharesBelowOne = (warnShares: readonly number[]) =>
  [...warnShares].filter((s) => s > 0 && s < 1).sort((a, b) => a - b);

/** The share at which the early reminder starts: the first share below the yellow one; 1 when there is none. */
export function reminderShareOf(warnShares: readonly number[] = DEFAULT_WARN_SHARES): number {
  const shares = sharesBelowOne(warnShares);
  return shares.length > 1 ? shares[0]! : 1;
}

/** Yellow starts at the last share below 1; earlier shares are reminders. */
function stageOf(usedShare: number, warnShares: readonly number[]): TimerStage | null {
  if (usedShare >= 1) return 'red';
  const shares = sharesBelowOne(warnShares);
  const yellow = shares.at(-1);
  if (yellow !== undefined && usedShare >= yellow) return 'yellow';
  if (shares.some((s) => usedShare >= s)) return 'reminder';
  return null;
}

/** The level shown to people: a reminder is still `normal`. */
export function levelOfStage(stage: TimerStage | null): TimerLevel {
  return stage === 'red' ? 'red' : stage === 'yellow' ? 'yellow' : 'normal';
}

/** Evaluates a timer at `now` under the counting rules of this file. */
export function evaluateTimer(
  timer: TimerInput,
  pauses: readonly PauseInput[],
  calendar: CalendarLookup,
  now: Date,
): TimerEvaluation {
  const unit = unitMs(timer.unit);
  const totalMs = (timer.amount + timer.extensionAmount) * unit;
  const end = countingEnd(timer, now);
  let usedMs = 0;
  let cumulative = 0;
  let dueMs: number | undefined;
  for (const [a, b] of countedSegments(timer, pauses, calendar, now)) {
    if (a < end) usedMs += Math.min(b, end) - a;
    if (dueMs === undefined) {
      if (cumulative + (b - a) >= totalMs) dueMs = a + (totalMs - cumulative);
      cumulative += b - a;
    }
    if (dueMs !== undefined && b >= end) break;
  }
  const usedShare = totalMs > 0 ? usedMs / totalMs : 1;
  const stage = stageOf(usedShare, timer.warnShares ?? DEFAULT_WARN_SHARES);
  return {
    dueAt: new Date(dueMs!).toISOString(),
    usedShare,
    level: levelOfStage(stage),
    stage,
    remaining: (totalMs - usedMs) / unit,
    isPaused: timer.stoppedAt === null && pauses.some((p) => p.resumedAt === null),
    usedMs,
    totalMs,
  };
}

/**
 * Counted time per organisation that held the case (custody intervals; an open one
 * runs to the counting end), so time lost in transfers and returns (推诿、退单) is
 * attributed to the body that held the case meanwhile. Counted time outside every
 * custody interval is attributed to no one. Organisations in order of first custody.
 */
export function usedByOrg(
  timer: TimerInput,
  pauses: readonly PauseInput[],
  custody: readonly CustodyInput[],
  calendar: CalendarLookup,
  now: Date,
): { orgId: string; usedMs: number; used: number }[] {
  const end = countingEnd(timer, now);
  const spans = custody.map((c) => ({
    orgId: c.orgId,
    from: Date.parse(c.startedAt),
    to: c.endedAt ? Date.parse(c.endedAt) : end,
  }));
  const totals = new Map<string, number>(custody.map((c) => [c.orgId, 0]));
  for (const [a, b] of countedSegments(timer, pauses, calendar, now)) {
    if (a >= end) break;
    const segEnd = Math.min(b, end);
    for (const s of spans) {
      const overlap = Math.min(segEnd, s.to) - Math.max(a, s.from);
      if (overlap > 0) totals.set(s.orgId, totals.get(s.orgId)! + overlap);
    }
  }
  const u = unitMs(timer.unit);
  return [...totals].map(([orgId, usedMs]) => ({ orgId, usedMs, used: usedMs / u }));
}
