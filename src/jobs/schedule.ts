/**
 * Pure time arithmetic of the job runner: periodic time slots, the key that makes a
 * slot's run unique across processes, and the back-off between failed attempts.
 */

/** A period: `{ seconds: 10 }` or `{ minutes: 1 }`. */
export type Interval = { seconds: number } | { minutes: number };

/** The period in milliseconds. @throws Error for a period under one second. */
export function intervalMs(every: Interval): number {
  const ms = 'seconds' in every ? every.seconds * 1000 : every.minutes * 60_000;
  if (!Number.isFinite(ms) || ms < 1000) throw new Error(`a job period must be at least 1 s, got ${ms} ms`);
  return ms;
}

/** Start of the slot holding `now`: slots are aligned to the Unix epoch (UTC). */
export function slotStart(now: Date, periodMs: number): Date {
  return new Date(Math.floor(now.getTime() / periodMs) * periodMs);
}

/** `name:slot start`: the jobs.dedupe_key that lets every process enqueue a slot, once. */
export function slotKey(name: string, slot: Date): string {
  return `${name}:${slot.toISOString()}`;
}

const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 60 * 60_000;

/** Wait after the `attempts`-th failed attempt: 30 s, 2 min, 8 min, 32 min, then 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 4 ** Math.max(0, attempts - 1), RETRY_CAP_MS);
}
