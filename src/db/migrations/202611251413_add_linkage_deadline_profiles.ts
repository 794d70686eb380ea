import { type Kysely } from '../migration-kit.ts';

const CODES = ['court_referral', 'petition_review', 'petition_rereview'];

/**
 * Time limits of litigation linkage and petition reviews, started by code: a court's
 * referral for mediation (委派调解 / 诉前调解) runs 30 days; the body asked for a review
 * (复查) or a re-review (复核) decides within 30 days of the request (信访工作条例 art. 35).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const now = '2026-11-25T00:00:00.000Z';
  const profile = (code: string, zh: string, en: string) => ({
    code,
    name_zh: zh,
    name_en: en,
    unit: 'calendar_days',
    amount: 30,
    warn_shares: '[0.5,0.75]',
    category_code: null,
    state: null,
    max_extension_amount: null,
    is_active: 1,
    created_at: now,
    updated_at: now,
  });
  await db
    .insertInto('deadline_profiles')
    .values([
      profile('court_referral', '诉前委派调解时限', 'Court referral (pre-litigation mediation)'),
      profile('petition_review', '信访复查时限', 'Petition review'),
      profile('petition_rereview', '信访复核时限', 'Petition re-review'),
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const timers = db.selectFrom('case_timers').select('id').where('profile_code', 'in', CODES);
  await db.deleteFrom('case_timer_pauses').where('timer_id', 'in', timers).execute();
  await db.deleteFrom('case_timers').where('profile_code', 'in', CODES).execute();
  await db.deleteFrom('deadline_profiles').where('code', 'in', CODES).execute();
}
