/**
 * Local time of the district: instants are stored in UTC and shown, bucketed and
 * numbered in Asia/Shanghai (UTC+8 all year, no daylight saving) (DESIGN.md §6).
 */
export const TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;

/** The local calendar date `YYYY-MM-DD` of an instant. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The local calendar year of an instant. */
export function localYear(at: Date): number {
  return Number(localDate(at).slice(0, 4));
}

/** The UTC instant (ISO) at which the local day `YYYY-MM-DD` begins. */
export function localDayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - OFFSET_MS).toISOString();
}

/** The UTC instant (ISO) at which the local day after `YYYY-MM-DD` begins. */
export function localDayEnd(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - OFFSET_MS + 86_400_000).toISOString();
}

/**
 * Reads a date or date-time as people write them in ledgers (`2025-06-03`,
 * `2025/6/3 10:20`, `2025-06-03T10:20:00`); without an explicit zone it is local time
 * in Asia/Shanghai. A date alone is taken at `defaultTime`. Undefined when unreadable.
 */
export function parseLocalDateTime(text: string, defaultTime = '00:00'): Date | undefined {
  const t = text.trim();
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(t) && t.includes('T')) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const [dh, dm] = defaultTime.split(':');
  const pad = (v: string | undefined, fallback: string) => (v ?? fallback).padStart(2, '0');
  const iso = `${y}-${pad(mo, '1')}-${pad(d, '1')}T${pad(h, dh!)}:${pad(mi, dm!)}:${pad(s, '00')}+08:00`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || localDate(date) !== `${y}-${pad(mo, '1')}-${pad(d, '1')}`
    ? undefined
    : date;
}
