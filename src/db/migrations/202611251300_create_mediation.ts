import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Mediation (调解): sessions with their mediators and invited parties, the record
 * (调解笔录) as structured JSON, agreements (调解协议) with their terms, follow-up
 * visits (回头看), and the court deadlines of judicial confirmation as profiles.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mediation_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('is_online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('status', ['scheduled', 'held', 'cancelled']))),
    )
    .addColumn('record', 'text')
    .addColumn('outcome', 'text', (c) =>
      c.check(sql.raw(`outcome is null or ${oneOf('outcome', ['agreed', 'partly_agreed', 'failed'])}`)),
    )
    .addColumn('outcome_reason', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mediation_sessions_case')
    .on('mediation_sessions')
    .columns(['case_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('mediation_sessions_starts')
    .on('mediation_sessions')
    .columns(['starts_at'])
    .execute();

  await db.schema
    .createTable('mediation_session_mediators')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('mediation_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('is_lead', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('mediation_session_mediators_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('mediation_session_mediators_user')
    .on('mediation_session_mediators')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('mediation_session_invitees')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('mediation_sessions.id').onDelete('cascade'),
    )
    .addColumn('party_id', 'text', (c) => c.notNull().references('case_parties.id'))
    .addPrimaryKeyConstraint('mediation_session_invitees_pk', ['session_id', 'party_id'])
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('form', 'text', (c) => c.notNull().check(sql.raw(oneOf('form', ['written', 'oral']))))
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('disputed_matters', 'text', (c) => c.notNull())
    .addColumn('performance_check', 'text')
    .addColumn('copies', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('session_id', 'text', (c) => c.references('mediation_sessions.id'))
    .addColumn('committee_org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('mediator_ids', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agreements_case').on('agreements').column('case_id').execute();

  await db.schema
    .createTable('agreement_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('obligor_party_id', 'text', (c) => c.references('case_parties.id'))
    .addColumn('obligation', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint')
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('status', ['pending', 'fulfilled', 'partly', 'not_fulfilled']))),
    )
    .addColumn('checked_at', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('agreement_terms_agreement')
    .on('agreement_terms')
    .column('agreement_id')
    .execute();

  await db.schema
    .createTable('followups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('status', ['pending', 'done', 'cancelled']))),
    )
    .addColumn('result', 'text', (c) =>
      c.check(sql.raw(`result is null or ${oneOf('result', ['fulfilled', 'partly', 'not_fulfilled'])}`)),
    )
    .addColumn('note', 'text')
    .addColumn('notified_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('followups_due').on('followups').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('followups_case').on('followups').column('case_id').execute();

  await db.schema
    .createTable('app_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = '2026-11-25T00:00:00.000Z';
  await db
    .insertInto('app_settings')
    .values({ key: 'followup.interval_days', value: '[30,90]', updated_at: now })
    .execute();
  // The court's clocks for judicial confirmation (最高人民法院关于人民调解协议司法确认程序的若干规定):
  // accept within 3 days; decide within 15 days of acceptance, 10 more with approval.
  const profile = (code: string, zh: string, en: string, amount: number, ext: number | null) => ({
    code,
    name_zh: zh,
    name_en: en,
    unit: 'calendar_days',
    amount,
    warn_shares: '[0.5,0.75]',
    category_code: null,
    state: null,
    max_extension_amount: ext,
    is_active: 1,
    created_at: now,
    updated_at: now,
  });
  await db
    .insertInto('deadline_profiles')
    .values([
      profile('court_acceptance', '法院受理司法确认申请', 'Court accepts the application', 3, null),
      profile('court_decision', '法院作出司法确认决定', 'Court decides', 15, 10),
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('deadline_profiles')
    .where('code', 'in', ['court_acceptance', 'court_decision'])
    .execute();
  for (const table of [
    'app_settings',
    'followups',
    'agreement_terms',
    'agreements',
    'mediation_session_invitees',
    'mediation_session_mediators',
    'mediation_sessions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
