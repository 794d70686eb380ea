import { type Kysely, oneOf, sql, withIdAndTimestamps } from '../migration-kit.ts';

const STATUSES = ['queued', 'running', 'done', 'failed'];

/** The job runner's queue (src/jobs): one row per run of a job, claimed by one process at a time. */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdAndTimestamps(db.schema.createTable('jobs'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql.raw(oneOf('status', STATUSES))))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('locked_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    // Periodic jobs: `name:slot start`, so several processes enqueue a time slot once.
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_created_at').on('jobs').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
}
