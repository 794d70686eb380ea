/**
 * Pure date arithmetic of the calendar page: a month as weeks (Monday first, as Chinese calendars are
 * printed) and what kind of day each date is (a listed exception, else the weekday rule).
 */
import type { CalendarDay, CalendarKind } from './calendar.api.ts';

/** One cell of a month: a day of that month, or null (padding before the 1st and after the last day). */
export type MonthCell = { day: string; date: number; weekday: number } | null;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a date in `year`, `month` (1–12). */
export function isoDay(year: number, month: number, date: number): string {
  return `${year}-${pad(month)}-${pad(date)}`;
}

/** The weeks of a month, seven cells each, Monday first. Weekday: 1 = Monday … 7 = Sunday. */
export function monthWeeks(year: number, month: number): MonthCell[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay() || 7;
  const cells: MonthCell[] = Array.from({ length: first - 1 }, () => null);
  for (let date = 1; date <= days; date += 1) {
    const weekday = ((first - 1 + date - 1) % 7) + 1;
    cells.push({ day: isoDay(year, month, date), date, weekday });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: MonthCell[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** How a date counts: an exception's kind, else `weekend` (Saturday, Sunday) or `weekday`. */
export type DayKind = CalendarKind | 'weekend' | 'weekday';

export function dayKind(weekday: number, exception: Pick<CalendarDay, 'kind'> | undefined): DayKind {
  if (exception) return exception.kind;
  return weekday >= 6 ? 'weekend' : 'weekday';
}

/** The exceptions by date, for look-ups while drawing. */
export function byDay(items: readonly CalendarDay[]): Map<string, CalendarDay> {
  return new Map(items.map((item) => [item.day, item]));
}

/** A run of consecutive exception days of one kind and name within a month (国庆节 10-01 – 10-08). */
export interface ExceptionRun {
  kind: CalendarKind;
  name: string;
  first: string;
  last: string;
}

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The exceptions of `month` (1–12) as runs of consecutive days, in date order. */
export function exceptionRuns(items: readonly CalendarDay[], year: number, month: number): ExceptionRun[] {
  const prefix = `${year}-${pad(month)}-`;
  const days = items.filter((item) => item.day.startsWith(prefix)).sort((a, b) => a.day.localeCompare(b.day));
  const runs: ExceptionRun[] = [];
  for (const item of days) {
    const last = runs[runs.length - 1];
    if (last && last.kind === item.kind && last.name === item.name && nextDay(last.last) === item.day)
      last.last = item.day;
    else runs.push({ kind: item.kind, name: item.name, first: item.day, last: item.day });
  }
  return runs;
}
