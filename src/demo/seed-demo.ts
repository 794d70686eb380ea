/**
 * Seeds the demo district and its users into an empty database. Everything goes
 * through the services, so the demo obeys the same rules as real data.
 */
import { sql } from 'kysely';
import { inTransaction, isPostgres } from '../db/dialect.ts';
import { importOrgRecords, countAllOrgs, orgIdsByCode } from '../modules/orgs/index.ts';
import { createUser } from '../modules/users/index.ts';
import type { Role } from '../db/tables.ts';
import type { ServiceContext } from '../lib/context.ts';
import { DEMO_DISTRICT_CODE as D, FIRST_GRID_CODE, demoOrgRecords } from './demo-orgs.ts';
import { seedDemoRoutingRules } from './demo-routing.ts';
import { seedDemoStaff } from './demo-staff.ts';
import { seedDemoCases } from './demo-cases.ts';
import { DAY_MS, HISTORY_DAYS } from './demo-case-plan.ts';

export const DEMO_PASSWORD = 'fengqiao-demo';

export const DEMO_USERS: { username: string; displayName: string; orgCode: string; roles: Role[] }[] = [
  { username: 'admin', displayName: '系统管理员', orgCode: D, roles: ['admin'] },
  { username: 'intake', displayName: '窗口受理员 王敏', orgCode: D, roles: ['intake'] },
  { username: 'dispatcher', displayName: '综治中心分流员 李强', orgCode: D, roles: ['dispatcher'] },
  { username: 'leader', displayName: '综治中心主任 张伟', orgCode: D, roles: ['leader'] },
  { username: 'mediator', displayName: '调解员 陈静', orgCode: `${D}-TW-LD`, roles: ['mediator'] },
  { username: 'handler', displayName: '人社局承办人 刘洋', orgCode: `${D}-RSJ`, roles: ['handler'] },
  { username: 'grid_worker', displayName: '网格员 赵磊', orgCode: FIRST_GRID_CODE, roles: ['grid_worker'] },
  { username: 'street1', displayName: '东湖街道分流员 孙丽', orgCode: `${D}-DH`, roles: ['dispatcher'] },
  { username: 'street2', displayName: '西山街道分流员 周涛', orgCode: `${D}-XS`, roles: ['dispatcher'] },
];

/** Any fixed number: the PostgreSQL advisory lock that lets one process seed at a time. */
const SEED_LOCK = 0x5eed_f0;

/**
 * Seeds when the database holds no organisation; returns whether it did. All of it is one
 * transaction, so servers starting together on an empty database seed it once: on PostgreSQL
 * the others wait on an advisory lock and then find the organisations; on SQLite writers are
 * serialised anyway.
 */
export async function seedDemoIfEmpty(ctx: ServiceContext, opts: DemoOptions = {}): Promise<boolean> {
  return inTransaction(ctx.db, async (trx) => {
    if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const tctx = { ...ctx, db: trx };
    if ((await countAllOrgs(tctx)) > 0) return false;
    await seedDemo(tctx, opts);
    return true;
  });
}

export interface DemoOptions {
  /** Demo cases to seed through the services over the last six months (config FENGQIAO_DEMO_CASES); none by default. */
  cases?: number;
}

export async function seedDemo(ctx: ServiceContext, opts: DemoOptions = {}): Promise<void> {
  const cases = opts.cases ?? 0;
  // With a history of cases, the district and its people exist from before the first case.
  const founded = new Date(ctx.clock.now().getTime() - (HISTORY_DAYS + 1) * DAY_MS);
  const system = { ...ctx, actor: null, ...(cases > 0 ? { clock: { now: () => new Date(founded) } } : {}) };
  await importOrgRecords(system, demoOrgRecords(), { dryRun: false, format: 'demo' });
  const idOf = await orgIdsByCode(system, [...new Set(DEMO_USERS.map((u) => u.orgCode))]);
  for (const u of DEMO_USERS) {
    await createUser(system, {
      username: u.username,
      displayName: u.displayName,
      orgId: idOf.get(u.orgCode)!,
      roles: u.roles,
      password: DEMO_PASSWORD,
      isDemo: true,
    });
  }
  await seedDemoRoutingRules(system);
  if (cases > 0) {
    await seedDemoStaff(system, DEMO_PASSWORD);
    await seedDemoCases(ctx, cases);
  }
}
