/** SQL of the job runner (STYLE.md §3: no rules here, only queries). */
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { forUpdateSkipLocked } from '../db/dialect.ts';
import type { JobStatus, JobsTable } from '../db/tables.ts';

export type JobRow = Selectable<JobsTable>;

export interface NewJob {
  id: string;
  name: string;
  payload: string;
  runAt: string;
  maxAttempts: number;
  dedupeKey: string | null;
  now: string;
}

/** Inserts a queued job; with a dedupe key already taken it inserts nothing. @returns rows inserted (0/1). */
export async function insertJobUnlessDuplicate(db: Db, job: NewJob): Promise<number> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: job.id,
      name: job.name,
      payload: job.payload,
      runAt: job.runAt,
      status: 'queued',
      attempts: 0,
      maxAttempts: job.maxAttempts,
      dedupeKey: job.dedupeKey,
      createdAt: job.now,
      updatedAt: job.now,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Inserts a job already running for `lockedBy` (a run started by hand). */
export async function insertRunningJob(
  db: Db,
  job: Omit<NewJob, 'dedupeKey'> & { lockedBy: string; leaseUntil: string },
): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id: job.id,
      name: job.name,
      payload: job.payload,
      runAt: job.runAt,
      status: 'running',
      attempts: 1,
      maxAttempts: job.maxAttempts,
      lockedBy: job.lockedBy,
      leaseUntil: job.leaseUntil,
      createdAt: job.now,
      updatedAt: job.now,
    })
    .execute();
}

/**
 * Jobs this process may take, oldest first, locked for this transaction (PostgreSQL
 * skips rows another claimer holds): queued and due, or running with a lapsed lease.
 */
export function selectClaimableJobs(db: Db, args: { names: string[]; now: string; limit: number }) {
  return forUpdateSkipLocked(
    db,
    db
      .selectFrom('jobs')
      .selectAll()
      .where('name', 'in', args.names)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('runAt', '<=', args.now)]),
          eb.and([eb('status', '=', 'running'), eb('leaseUntil', '<', args.now)]),
        ]),
      )
      .orderBy('runAt')
      .orderBy('id')
      .limit(args.limit),
  ).execute();
}

/** Marks claimed jobs running for `lockedBy` until `leaseUntil`, counting the attempt. */
export async function markJobsRunning(
  db: Db,
  ids: string[],
  args: { lockedBy: string; leaseUntil: string; now: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      lockedBy: args.lockedBy,
      leaseUntil: args.leaseUntil,
      attempts: eb('attempts', '+', 1),
      updatedAt: args.now,
    }))
    .where('id', 'in', ids)
    .execute();
}

/** Moves the lease of a job this process still holds. */
export async function extendLease(
  db: Db,
  args: { id: string; lockedBy: string; leaseUntil: string; now: string },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ leaseUntil: args.leaseUntil, updatedAt: args.now })
    .where('id', '=', args.id)
    .where('lockedBy', '=', args.lockedBy)
    .where('status', '=', 'running')
    .execute();
}

/**
 * Ends a run: done, failed, or queued again at `runAt`. With `lockedBy`, only while this
 * process still holds the job. @returns whether the row changed.
 */
export async function finishJob(
  db: Db,
  args: {
    id: string;
    lockedBy: string | null;
    status: Exclude<JobStatus, 'running'>;
    lastError: string | null;
    runAt?: string;
    now: string;
  },
): Promise<boolean> {
  let query = db
    .updateTable('jobs')
    .set({
      status: args.status,
      lockedBy: null,
      leaseUntil: null,
      lastError: args.lastError,
      updatedAt: args.now,
      ...(args.runAt ? { runAt: args.runAt } : {}),
    })
    .where('id', '=', args.id)
    .where('status', '=', 'running');
  if (args.lockedBy) query = query.where('lockedBy', '=', args.lockedBy);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The most recent jobs, newest first. */
export function selectRecentJobs(db: Db, args: { limit: number; status?: JobStatus; name?: string }) {
  let query = db.selectFrom('jobs').selectAll();
  if (args.status) query = query.where('status', '=', args.status);
  if (args.name) query = query.where('name', '=', args.name);
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(args.limit).execute();
}

/** Deletes finished jobs last changed before `before`. @returns rows deleted. */
export async function deleteFinishedJobs(
  db: Db,
  args: { status: 'done' | 'failed'; before: string },
): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('status', '=', args.status)
    .where('updatedAt', '<', args.before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
