/**
 * Dates of the demo history: office hours in Asia/Shanghai, working days, session slots,
 * and the spread of registrations over the last six months (more of them lately).
 */
import type { Channel } from '../db/tables.ts';
import { localDate } from '../lib/time.ts';
import type { Rng } from '../lib/prng.ts';

export const DAY_MS = 86_400_000;
/** How far back the demo history reaches. */
export const HISTORY_DAYS = 182;

const LOCAL_MS = 8 * 3_600_000;

/**
 * A time in local office hours (09:00–17:00) `days` after `base`'s day, moved off the weekend
 * unless `anyDay`, and never before `after`.
 */
export function onDay(rng: Rng, base: number, days: number, after: number, anyDay = false): number {
  let day = Math.floor((base + LOCAL_MS) / DAY_MS) + Math.round(days);
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
  if (!anyDay && weekday === 6) day += 2;
  if (!anyDay && weekday === 0) day += 1;
  const at = day * DAY_MS - LOCAL_MS + rng.int(9 * 60, 17 * 60) * 60_000;
  return Math.max(at, after + rng.int(5, 90) * 60_000);
}

/** A session slot (09:00, 09:30, 10:00, 14:00, 14:30 or 15:00 local) on a working day after `after`. */
export function sessionSlot(rng: Rng, after: number, days: number): number {
  const day = onDay(rng, after, days, after);
  const start = Math.floor((day + LOCAL_MS) / DAY_MS) * DAY_MS - LOCAL_MS;
  const slot = start + rng.pick([540, 570, 600, 840, 870, 900]) * 60_000;
  return slot > after ? slot : slot + DAY_MS;
}

export function registrationTime(rng: Rng, now: number, channel: Channel): number {
  for (;;) {
    const daysAgo = Math.floor(HISTORY_DAYS * Math.pow(rng.next(), 1.2));
    const at = onDay(rng, now, -daysAgo, now - (HISTORY_DAYS + 1) * DAY_MS, true);
    const weekday = new Date(at + 8 * 3_600_000).getUTCDay();
    const office = !['hotline_12345', 'online', 'open311', 'grid_report'].includes(channel);
    if ((weekday === 0 || weekday === 6) && office && rng.chance(0.85)) continue;
    if (at < now - 10 * 60_000) return at;
  }
}

/** Local date of an instant, for the services' day fields. */
export function dayOf(at: number): string {
  return localDate(new Date(at));
}
