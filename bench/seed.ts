/**
 * Bulk seeding of cases for the search and related-case benchmarks. Registering 200,000
 * cases one by one through `registerCase` takes far longer than the bench may (the direct
 * insert rate it prints tells how long), so a worker thread builds the rows the way
 * `registerCase` does (case-rows.ts) and this thread inserts them in multi-row INSERTs,
 * adding what depends on the database: the yearly case number (`{district}-{year}-{seq}`,
 * counters saved at the end) and the audit row, chained to the audit head as `recordAudit`
 * chains it. How many batches share a transaction is the caller's choice: on SQLite, one
 * transaction for everything writes each page once instead of once per batch (random
 * UUID keys spread every batch over every index page).
 */
import type { Db } from '../src/db/database.ts';
import type { AuditLogTable } from '../src/db/tables.ts';
import { localYear } from '../src/lib/time.ts';
import { selectHead } from '../src/modules/audit/audit.queries.ts';
import { chainHash } from '../src/modules/audit/audit-chain.ts';
import type { CaseRows } from './case-rows.ts';
import type { SeedJob, SeedMessage } from './seed-worker.ts';
import { startTsWorker } from './worker.ts';
import type { Worker } from 'node:worker_threads';
import type { World } from './world.ts';

/** Cases per message from a worker. */
const BATCH = 2_000;
/** Threads building rows: two keep both cores busy while the inserting thread or the database waits. */
const WORKERS = 2;
/** Bound parameters per INSERT statement, within both databases' limits (SQLite 32,766; PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

export interface SeedReport {
  cases: number;
  parties: number;
  /** Time the inserting thread spent in INSERTs (the worker builds rows meanwhile). */
  insertMs: number;
  totalMs: number;
}

/** Inserts `size` generated cases registered over the `days` before now, oldest first. */
export async function seedCases(
  db: Db,
  world: World,
  opts: {
    size: number;
    seed: number;
    days: number;
    secret: string;
    /** Batches (of BATCH cases) per transaction. */
    batchesPerTransaction: number;
    onProgress?: (done: number) => void;
  },
): Promise<SeedReport> {
  const started = performance.now();
  const job: Omit<SeedJob, 'worker'> = {
    seed: opts.seed,
    size: opts.size,
    batch: BATCH,
    credits: 2,
    workers: WORKERS,
    endMs: Date.now() - 3_600_000,
    days: opts.days,
    secret: opts.secret,
    grids: world.grids.map(({ id, west, south, east, north, boundary }) => ({
      id,
      west,
      south,
      east,
      north,
      boundary,
    })),
    registrars: {
      intake: world.intake,
      gridWorker: world.gridWorker,
      streetDispatchers: world.streetDispatchers,
    },
  };
  const usernames = new Map(
    [world.intake, world.gridWorker, ...world.streetDispatchers].map((a) => [a.userId, a.username]),
  );
  const counters = new Map<string, number>();
  let head = await selectHead(db);
  let insertMs = 0;
  let done = 0;
  let parties = 0;

  const workers = Array.from({ length: WORKERS }, (_, worker) =>
    startTsWorker(new URL('./seed-worker.ts', import.meta.url), { ...job, worker } satisfies SeedJob),
  );
  const batches = batchesFrom(workers);
  try {
    let next = await batches.next();
    let batchIndex = 0;
    while (!next.done) {
      await db.transaction().execute(async (trx) => {
        for (
          let inTransaction = 0;
          !next.done && inTransaction < opts.batchesPerTransaction;
          inTransaction++
        ) {
          const rows = next.value;
          const audit: AuditLogTable[] = [];
          for (const { caseRow, parties: partyRows } of rows) {
            const year = localYear(new Date(caseRow.createdAt));
            const key = `case:${world.districtCode}:${year}`;
            const seq = (counters.get(key) ?? 0) + 1;
            counters.set(key, seq);
            caseRow.number = `${world.districtCode}-${year}-${String(seq).padStart(6, '0')}`;
            const fields = {
              seq: head.seq + 1,
              at: caseRow.createdAt,
              actorId: caseRow.registeredBy ?? null,
              actorName: caseRow.registeredBy ? (usernames.get(caseRow.registeredBy) ?? null) : null,
              action: 'case.register',
              targetType: 'case',
              targetId: caseRow.id,
              ip: null,
              requestId: null,
              detail: JSON.stringify({
                number: caseRow.number,
                channel: caseRow.channel,
                parties: partyRows.length,
              }),
            };
            const hash = chainHash(head.hash, fields);
            audit.push({ ...fields, prevHash: head.hash, hash });
            head = { seq: fields.seq, hash };
          }
          const t0 = performance.now();
          await insertBatch(trx, rows, audit);
          insertMs += performance.now() - t0;
          workers[batchIndex % WORKERS]!.postMessage('credit');
          batchIndex += 1;
          done += rows.length;
          parties += rows.reduce((n, r) => n + r.parties.length, 0);
          opts.onProgress?.(done);
          next = await batches.next();
        }
        await trx
          .updateTable('auditHead')
          .set({ seq: head.seq, hash: head.hash })
          .where('id', '=', 1)
          .execute();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  await saveCounters(db, counters);
  return { cases: done, parties, insertMs, totalMs: performance.now() - started };
}

/** Slices of `rows` small enough for one INSERT each. */
function chunks<T extends object>(rows: T[]): T[][] {
  if (rows.length === 0) return [];
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The workers' batches in order: batch k comes from worker k mod workers. */
async function* batchesFrom(workers: Worker[]): AsyncGenerator<CaseRows[]> {
  const queues: SeedMessage[][] = workers.map(() => []);
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  workers.forEach((worker, i) => {
    worker.on('message', (message: SeedMessage) => {
      queues[i]!.push(message);
      wake?.();
    });
    worker.on('error', (err) => {
      failure = err;
      wake?.();
    });
    worker.on('exit', (code) => {
      failure ??= new Error(`seed worker ${i} exited with ${code}`);
      wake?.();
    });
  });
  for (let turn = 0; ;) {
    const message = queues[turn % workers.length]!.shift();
    if (message?.type === 'batch') {
      turn += 1;
      yield message.rows;
    } else if (message?.type === 'done') return;
    else if (message?.type === 'error') throw new Error(message.message);
    else if (failure) throw failure;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

async function insertBatch(trx: Db, batch: CaseRows[], audit: AuditLogTable[]): Promise<void> {
  for (const rows of chunks(batch.map((b) => b.caseRow)))
    await trx.insertInto('cases').values(rows).execute();
  for (const rows of chunks(batch.flatMap((b) => b.orgs)))
    await trx.insertInto('caseOrgs').values(rows).execute();
  for (const rows of chunks(batch.flatMap((b) => b.parties)))
    await trx.insertInto('caseParties').values(rows).execute();
  for (const rows of chunks(batch.flatMap((b) => b.bands)))
    await trx.insertInto('caseSimhashBands').values(rows).execute();
  for (const rows of chunks(batch.map((b) => b.event)))
    await trx.insertInto('caseEvents').values(rows).execute();
  for (const rows of chunks(audit)) await trx.insertInto('auditLog').values(rows).execute();
}

/** Sets each year's number counter so later registrations continue the sequence. */
async function saveCounters(db: Db, counters: Map<string, number>): Promise<void> {
  for (const [key, value] of counters) {
    await db
      .insertInto('caseCounters')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
