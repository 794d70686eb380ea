/**
 * Working-day arithmetic over the district calendar (DESIGN.md §3): Monday–Friday are
 * working days and Saturday–Sunday rest days, except where the calendar says otherwise
 * (public holidays 法定节假日 and adjusted working days 调休上班). Days are local dates
 * `YYYY-MM-DD` in Asia/Shanghai. Pure functions; the calendar is built from table rows.
 */

export type CalendarDayKind = 'holiday' | 'workday';

/** A lookup of the calendar's exceptions, built once from the table rows. */
export interface CalendarLookup {
  readonly exceptions: ReadonlyMap<string, CalendarDayKind>;
}

/** Days scanned before giving up: a calendar marking ten years as holidays is a bug. */
const MAX_SCAN_DAYS = 3660;
const DAY_MS = 86_400_000;

/** Builds the lookup from `calendar_days` rows (or any `{day, kind}` list). */
export function buildCalendar(rows: readonly { day: string; kind: CalendarDayKind }[]): CalendarLookup {
  return { exceptions: new Map(rows.map((r) => [r.day, r.kind])) };
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const t = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** The date `n` days after `day` (before, when `n` is negative). */
export function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00.000Z`).getUTCDay();
}

/**
 * Whether `day` is a working day: a calendar exception decides when there is one
 * (a holiday on a weekday rests, a 调休 Saturday works); otherwise Monday–Friday.
 */
export function isWorkingDay(day: string, calendar: CalendarLookup): boolean {
  const exception = calendar.exceptions.get(day);
  if (exception) return exception === 'workday';
  const wd = weekdayOf(day);
  return wd !== 0 && wd !== 6;
}

/**
 * The `n`-th working day after `startDay`, the start day itself not counted
 * (as in "自受理之日起3个工作日内"); `n = 0` gives `startDay`.
 * @throws RangeError for a negative `n`, or when no working day comes within ten years.
 */
export function addWorkingDays(startDay: string, n: number, calendar: CalendarLookup): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let day = startDay;
  let left = n;
  for (let scanned = 0; left > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('no working day within ten years: check the calendar');
    day = shiftDay(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/**
 * Working days in the half-open range (a, b]: `a` not counted, `b` counted, so
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when `b` is before `a`.
 */
export function workingDaysBetween(a: string, b: string, calendar: CalendarLookup): number {
  if (b < a) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = shiftDay(a, 1); day <= b; day = shiftDay(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return count;
}
