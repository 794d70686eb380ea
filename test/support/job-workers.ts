/** The test job of the two-worker tests: records that it ran, under a unique key. */
import { sql } from 'kysely';
import type { JobDefinition } from '../../src/jobs/index.ts';

/** The table `record-run` writes to: a second run of the same job breaks the primary key. */
export const CREATE_JOB_RUNS = sql`create table job_runs (n integer primary key, worker text not null)`;

/** Sleeps a few milliseconds (so runs of both workers overlap), then inserts `payload.n`. */
export function recordRunJob(worker: string): JobDefinition {
  return {
    name: 'record-run',
    maxAttempts: 1,
    async run(ctx, payload) {
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 8));
      await sql`insert into job_runs (n, worker) values (${Number(payload.n)}, ${worker})`.execute(ctx.db);
    },
  };
}
