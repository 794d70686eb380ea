/**
 * Dates as Chinese documents write them (2026年3月2日), in the district's time zone
 * Asia/Shanghai (DESIGN.md §6). A calendar date `YYYY-MM-DD` is written as it is; an instant
 * (an ISO string with a zone, or a Date) is first turned into the local date and time.
 */
import { localDate } from '../lib/time.ts';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET_MS = 8 * 3_600_000;

function toInstant(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date or instant: ${String(value)}`);
  return date;
}

/**
 * "2026年3月2日" for a calendar date (`2026-03-02`) or an instant (taken in Asia/Shanghai, so
 * `2026-03-01T16:30:00Z` is 2026年3月2日). Throws a RangeError on text that is neither.
 */
export function chineseDate(value: string | Date): string {
  const day = typeof value === 'string' && CALENDAR_DATE.test(value) ? value : localDate(toInstant(value));
  const [, y, m, d] = CALENDAR_DATE.exec(day)!;
  const probe = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== day) {
    throw new RangeError(`not a calendar date: ${day}`);
  }
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** The local time of an instant as "9时05分" (24-hour clock, Asia/Shanghai). */
export function chineseTime(value: string | Date): string {
  const local = new Date(toInstant(value).getTime() + OFFSET_MS);
  return `${local.getUTCHours()}时${String(local.getUTCMinutes()).padStart(2, '0')}分`;
}

/** An instant as "2026年3月2日9时05分" in Asia/Shanghai. */
export function chineseDateTime(value: string | Date): string {
  return chineseDate(toInstant(value)) + chineseTime(value);
}

/**
 * A span of time as minutes record it: "2026年3月2日9时00分至10时30分" when it ends the same
 * local day, the full end date otherwise, and the start alone without an end.
 */
export function chineseTimeSpan(start: string | Date, end?: string | Date): string {
  const from = chineseDateTime(start);
  if (end === undefined) return from;
  const sameDay = chineseDate(toInstant(start)) === chineseDate(toInstant(end));
  return `${from}至${sameDay ? chineseTime(end) : chineseDateTime(end)}`;
}
