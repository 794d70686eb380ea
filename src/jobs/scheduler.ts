/**
 * Putting jobs in the queue: one-off jobs, and one run per time slot of each periodic
 * job. Every process runs the scheduler; the unique `dedupe_key` (`name:slot start`)
 * with insert … on conflict do nothing makes each slot enqueued once across them all.
 */
import type { Db } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { maxAttemptsOf, type JobDefinition } from './job.ts';
import { insertJobUnlessDuplicate } from './jobs.queries.ts';
import { intervalMs, slotKey, slotStart } from './schedule.ts';

export interface EnqueueInput {
  name: string;
  payload?: Record<string, unknown>;
  /** When it may run; default now. */
  runAt?: Date;
  maxAttempts?: number;
  /** A job with the same key is enqueued once. */
  dedupeKey?: string;
}

/**
 * Queues a one-off job. Call it inside the caller's transaction so the job exists exactly
 * when the change that needs it does. @returns whether it was queued (false: duplicate key).
 */
export async function enqueueJob(db: Db, now: Date, input: EnqueueInput): Promise<boolean> {
  const inserted = await insertJobUnlessDuplicate(db, {
    id: newId(),
    name: input.name,
    payload: JSON.stringify(input.payload ?? {}),
    runAt: (input.runAt ?? now).toISOString(),
    maxAttempts: input.maxAttempts ?? 5,
    dedupeKey: input.dedupeKey ?? null,
    now: now.toISOString(),
  });
  return inserted === 1;
}

/**
 * Queues the current slot's run of every periodic job (missed slots are not caught up:
 * a periodic job works on the state of now). `seen` remembers slots this process already
 * queued, to spare the database an insert per poll. @returns names queued by this call.
 */
export async function enqueueDueSlots(
  db: Db,
  now: Date,
  registry: readonly JobDefinition[],
  seen: Map<string, string> = new Map(),
): Promise<string[]> {
  const queued: string[] = [];
  for (const def of registry) {
    if (!def.every) continue;
    const slot = slotStart(now, intervalMs(def.every));
    const key = slotKey(def.name, slot);
    if (seen.get(def.name) === key) continue;
    const inserted = await insertJobUnlessDuplicate(db, {
      id: newId(),
      name: def.name,
      payload: '{}',
      runAt: slot.toISOString(),
      maxAttempts: maxAttemptsOf(def),
      dedupeKey: key,
      now: now.toISOString(),
    });
    seen.set(def.name, key);
    if (inserted === 1) queued.push(def.name);
  }
  return queued;
}
