/**
 * Calendar days in Asia/Shanghai (UTC+8 all year, DESIGN.md §6) for the mediation screens: the day a
 * session falls on, the period a month's calendar asks the server for, and the judicial-confirmation
 * window (30 days after the agreement takes effect, 人民调解法 art. 33).
 */

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Days within which the parties may apply for judicial confirmation (judicial.service.ts). */
export const JUDICIAL_WINDOW_DAYS = 30;

/** The Shanghai calendar day (YYYY-MM-DD) of an instant; undefined when it is not a date. */
export function shanghaiDay(iso: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant of Shanghai midnight at the start of `day`. */
export function shanghaiMidnight(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS).toISOString();
}

/**
 * The period a month's calendar shows, as instants for `GET /mediation/calendar?from&to`: a week before
 * the first of the month to two weeks after its end, which covers the six weeks of the month grid
 * whichever day the week starts on.
 */
export function calendarRange(year: number, month: number): { from: string; to: string } {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from: shanghaiMidnight(addDays(first, -7)), to: shanghaiMidnight(addDays(next, 14)) };
}

/** Items grouped by the Shanghai day of `startsAt`, each day's items in time order. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = shanghaiDay(item.startsAt);
    if (!day) continue;
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}

/** The last day to apply for judicial confirmation of an agreement effective on `effectiveOn`. */
export function judicialWindowEnd(effectiveOn: string): string {
  return addDays(effectiveOn, JUDICIAL_WINDOW_DAYS);
}

/** Whole days from `today` to `day` (negative when past). */
export function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** HH:mm of an instant in Shanghai. */
export function shanghaiTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16);
}
