import { type Kysely, oneOf, sql } from '../migration-kit.ts';

type Seed = [
  code: string,
  nameZh: string,
  nameEn: string,
  unit: 'calendar_days' | 'working_days' | 'hours',
  amount: number,
  categoryCode: string | null,
  state: string | null,
  maxExtension: number | null,
];

/**
 * Seeded time limits. Petition limits follow 信访工作条例 (2022) arts. 24, 35: decide on
 * acceptance and tell the petitioner within 15 days; handle within 60 days, extendable by
 * at most 30. Judicial confirmation: apply within 30 days of the agreement taking effect
 * (人民调解法 art. 33). Mediation "normally ends within one month"; labour mediation
 * within 15 days (劳动争议调解仲裁法 art. 14), counted here in working days. Acceptance,
 * general handling and the extension caps outside petitions are the centre's own service
 * standards. Profiles with a null state are never picked by state: they are started by code.
 */
const SEEDS: Seed[] = [
  ['acceptance', '受理时限', 'Acceptance', 'working_days', 3, null, 'registered', null],
  ['handling', '办理时限', 'Handling', 'calendar_days', 30, null, 'accepted', 30],
  [
    'labour_handling',
    '劳动争议办理时限',
    'Labour dispute handling',
    'working_days',
    15,
    'labour',
    'accepted',
    15,
  ],
  ['mediation', '调解时限', 'Mediation', 'calendar_days', 30, null, 'in_progress', 30],
  [
    'petition_acceptance',
    '信访受理告知时限',
    'Petition acceptance notice',
    'calendar_days',
    15,
    null,
    null,
    null,
  ],
  ['petition_handling', '信访办理时限', 'Petition handling', 'calendar_days', 60, null, null, 30],
  [
    'judicial_confirmation_window',
    '司法确认申请期',
    'Judicial confirmation window',
    'calendar_days',
    30,
    null,
    null,
    null,
  ],
  ['urgent_response', '紧急件响应时限', 'Urgent response', 'hours', 24, null, null, null],
];

/** Deadline profiles: the admin-set time limits per category and case state. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('deadline_profiles')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('unit', ['calendar_days', 'working_days', 'hours']))),
    )
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('warn_shares', 'text', (c) => c.notNull().defaultTo('[0.5,0.75]'))
    .addColumn('category_code', 'text', (c) => c.references('categories.code'))
    .addColumn('state', 'text')
    .addColumn('max_extension_amount', 'integer')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = '2026-11-25T00:00:00.000Z';
  await db
    .insertInto('deadline_profiles')
    .values(
      SEEDS.map(([code, nameZh, nameEn, unit, amount, categoryCode, state, maxExtension]) => ({
        code,
        name_zh: nameZh,
        name_en: nameEn,
        unit,
        amount,
        warn_shares: '[0.5,0.75]',
        category_code: categoryCode,
        state,
        max_extension_amount: maxExtension,
        is_active: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('deadline_profiles').execute();
}
