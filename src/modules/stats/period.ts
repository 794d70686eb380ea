/**
 * Statistical periods: runs of whole local days (Asia/Shanghai), both ends included, and
 * the two periods each figure is compared with (issue 7): the period just before
 * ("上期", the same period last month for a month) and the same dates a year earlier
 * ("同期"). Pure.
 */
import { invalidField } from '../../lib/errors.ts';
import { localDayEnd, localDayStart } from '../../lib/time.ts';

export interface Period {
  /** First local day, `YYYY-MM-DD`. */
  from: string;
  /** Last local day, included. */
  to: string;
}

/** A period with the UTC instants its days cover: [fromAt, toAt). */
export interface PeriodRange extends Period {
  fromAt: string;
  toAt: string;
}

const DAY_MS = 86_400_000;
/** The longest period a figure is computed for: ten years. */
export const MAX_PERIOD_DAYS = 3660;

const toMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const ofMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after (before, when negative) `day`. */
export function addDays(day: string, n: number): string {
  return ofMs(toMs(day) + n * DAY_MS);
}

/** Days in the period, both ends counted. */
export function periodDays(p: Period): number {
  return Math.round((toMs(p.to) - toMs(p.from)) / DAY_MS) + 1;
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(toMs(text)) && ofMs(toMs(text)) === text;
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  const d = new Date(toMs(day));
  return ofMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

/** `day` moved by `months` calendar months, the day of month kept when it exists (else the month's last day). */
export function addMonths(day: string, months: number): string {
  const d = new Date(toMs(day));
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const last = monthEnd(ofMs(first));
  return ofMs(Math.min(first + (d.getUTCDate() - 1) * DAY_MS, toMs(last)));
}

/**
 * The period asked for. Defaults: `to` is today, `from` the first day of `to`'s month.
 * @throws ValidationFailed naming `from` or `to` (under `at`) for a malformed day, `from` after
 *         `to`, or a period longer than ten years.
 */
export function resolvePeriod(
  input: { from?: string; to?: string },
  today: string,
  at = '#/querystring',
): Period {
  if (input.to !== undefined && !isDay(input.to))
    throw invalidField(`${at}/to`, 'format', 'to must be a day YYYY-MM-DD');
  if (input.from !== undefined && !isDay(input.from))
    throw invalidField(`${at}/from`, 'format', 'from must be a day YYYY-MM-DD');
  const to = input.to ?? today;
  const from = input.from ?? `${to.slice(0, 7)}-01`;
  if (from > to) throw invalidField(`${at}/from`, 'range', 'from must not be after to');
  if (periodDays({ from, to }) > MAX_PERIOD_DAYS)
    throw invalidField(`${at}/from`, 'range', `a period is at most ${MAX_PERIOD_DAYS} days`);
  return { from, to };
}

/** Whether the period is a run of whole calendar months; how many, or 0. */
function wholeMonths(p: Period): number {
  if (!p.from.endsWith('-01') || monthEnd(p.to) !== p.to) return 0;
  const [fy, fm] = p.from.split('-').map(Number) as [number, number];
  const [ty, tm] = p.to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * The period just before, of the same length: for whole calendar months the same
 * number of months before (March → February), otherwise the same number of days.
 */
export function previousPeriod(p: Period): Period {
  const months = wholeMonths(p);
  if (months > 0) {
    const from = addMonths(p.from, -months);
    return { from, to: addDays(p.from, -1) };
  }
  const days = periodDays(p);
  return { from: addDays(p.from, -days), to: addDays(p.from, -1) };
}

/** The same dates one year earlier (29 February becomes 28 February). */
export function lastYearPeriod(p: Period): Period {
  const months = wholeMonths(p);
  const from = addMonths(p.from, -12);
  return { from, to: months > 0 ? monthEnd(addMonths(p.to, -12)) : addMonths(p.to, -12) };
}

/** The UTC instants the period covers, for instant columns. */
export function rangeOf(p: Period): PeriodRange {
  return { ...p, fromAt: localDayStart(p.from), toAt: localDayEnd(p.to) };
}

/** Every bucket key of the period (day `YYYY-MM-DD`, week Monday `YYYY-MM-DD`, month `YYYY-MM`), in order. */
export function bucketKeys(p: Period, unit: 'day' | 'week' | 'month'): string[] {
  const keys: string[] = [];
  if (unit === 'month') {
    for (let d = `${p.from.slice(0, 7)}-01`; d <= p.to; d = addMonths(d, 1)) keys.push(d.slice(0, 7));
    return keys;
  }
  let d = p.from;
  if (unit === 'week') d = addDays(d, -((new Date(toMs(d)).getUTCDay() + 6) % 7));
  for (; d <= p.to; d = addDays(d, unit === 'week' ? 7 : 1)) keys.push(d);
  return keys;
}
