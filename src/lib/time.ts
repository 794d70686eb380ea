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
