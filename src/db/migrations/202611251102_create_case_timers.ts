import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Case timers (each legal or administrative time limit on a case), their pauses, and
 * the custody log (which organisation held the case when). Stored as intervals and
 * evaluated on read, so a calendar edit recomputes every open deadline.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_timers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('profile_code', 'text', (c) => c.notNull().references('deadline_profiles.code'))
    .addColumn('unit', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('unit', ['calendar_days', 'working_days', 'hours']))),
    )
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('extension_amount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('stopped_at', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('status', ['running', 'paused', 'stopped']))),
    )
    .addColumn('last_level', 'text', (c) =>
      c.check(sql.raw(`last_level is null or ${oneOf('last_level', ['reminder', 'yellow', 'red'])}`)),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_timers_case').on('case_timers').columns(['case_id', 'kind']).execute();
  await db.schema.createIndex('case_timers_status').on('case_timers').columns(['status', 'id']).execute();
  // At most one open timer per (case, kind): starting again stops the old one first.
  await db.schema
    .createIndex('case_timers_open_kind')
    .unique()
    .on('case_timers')
    .columns(['case_id', 'kind'])
    .where(sql<boolean>`status <> 'stopped'`)
    .execute();

  await db.schema
    .createTable('case_timer_pauses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('timer_id', 'text', (c) => c.notNull().references('case_timers.id').onDelete('cascade'))
    .addColumn('paused_at', 'text', (c) => c.notNull())
    .addColumn('resumed_at', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_timer_pauses_timer')
    .on('case_timer_pauses')
    .columns(['timer_id', 'paused_at'])
    .execute();

  await db.schema
    .createTable('case_custody')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('case_custody_case')
    .on('case_custody')
    .columns(['case_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_custody').execute();
  await db.schema.dropTable('case_timer_pauses').execute();
  await db.schema.dropTable('case_timers').execute();
}
