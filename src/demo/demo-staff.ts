/**
 * The staff behind the demo cases: beside the demo users who sign in (seed-demo.ts), the
 * mediators of every committee, community and judicial office, a handler per department,
 * a grid worker per community and the dispatcher of 南桥镇, so every organisation a case
 * goes to has someone to work it. They are demo accounts with the demo password.
 */
import type { Role } from '../db/tables.ts';
import type { Actor, ServiceContext } from '../lib/context.ts';
import { orgIdsByCode } from '../modules/orgs/index.ts';
import { createUser } from '../modules/users/index.ts';
import { COMMITTEES, DEMO_DISTRICT_CODE as D, DEPARTMENTS } from './demo-orgs.ts';

interface StaffMember {
  username: string;
  displayName: string;
  orgCode: string;
  roles: Role[];
}

const STREETS = ['DH', 'XS', 'NQ'] as const;
const MEDIATOR_NAMES = [
  '吴建国',
  '郑丽华',
  '钱志强',
  '冯海燕',
  '蒋晓东',
  '沈国平',
  '韩永红',
  '杨春梅',
  '朱德明',
];
const GRID_NAMES = ['何文杰', '罗金凤', '高建军', '梁红梅', '谢根法', '宋玉兰', '唐水根', '许彩凤', '邓思远'];

/** Communities of the demo district by code: SFQ-DH-01 … SFQ-NQ-03. */
export const DEMO_COMMUNITIES = STREETS.flatMap((s) => [1, 2, 3].map((c) => `${D}-${s}-0${c}`));

export function demoStaff(): StaffMember[] {
  const out: StaffMember[] = [];
  for (const c of COMMITTEES) {
    if (c.code === 'LD') continue; // the demo user `mediator`
    out.push({
      username: `tw_${c.code.toLowerCase()}`,
      displayName: `${c.name.replace(/^区|人民调解委员会$/g, '')}调解员`,
      orgCode: `${D}-TW-${c.code}`,
      roles: ['mediator'],
    });
  }
  for (const dep of DEPARTMENTS) {
    if (dep.code === 'RSJ') continue; // the demo user `handler`
    out.push({
      username: `bm_${dep.code.toLowerCase()}`,
      displayName: `${dep.name.replace(/^区/, '')}承办人`,
      orgCode: `${D}-${dep.code}`,
      roles: ['handler'],
    });
  }
  out.push({ username: 'bm_xfj', displayName: '信访局承办人', orgCode: `${D}-XFJ`, roles: ['handler'] });
  DEMO_COMMUNITIES.forEach((code, i) => {
    out.push({
      username: `tj_${code
        .slice(D.length + 1)
        .toLowerCase()
        .replace('-', '')}`,
      displayName: `人民调解员 ${MEDIATOR_NAMES[i]}`,
      orgCode: code,
      roles: ['mediator'],
    });
    // The demo user `grid_worker` already patrols the first grid of SFQ-DH-01.
    if (i > 0)
      out.push({
        username: `wg_${code
          .slice(D.length + 1)
          .toLowerCase()
          .replace('-', '')}`,
        displayName: `网格员 ${GRID_NAMES[i]}`,
        orgCode: `${code}-G1`,
        roles: ['grid_worker'],
      });
  });
  for (const s of STREETS)
    out.push({
      username: `sfs_${s.toLowerCase()}`,
      displayName: `${s === 'DH' ? '东湖' : s === 'XS' ? '西山' : '南桥'}司法所调解员`,
      orgCode: `${D}-${s}-SFS`,
      roles: ['mediator'],
    });
  out.push({
    username: 'street3',
    displayName: '南桥镇分流员 陆平',
    orgCode: `${D}-NQ`,
    roles: ['dispatcher'],
  });
  return out;
}

/** Creates the staff (as the system). */
export async function seedDemoStaff(ctx: ServiceContext, password: string): Promise<void> {
  const system = { ...ctx, actor: null };
  const staff = demoStaff();
  const idOf = await orgIdsByCode(system, [...new Set(staff.map((s) => s.orgCode))]);
  for (const s of staff)
    await createUser(system, { ...s, orgId: idOf.get(s.orgCode)!, password, isDemo: true });
}

/** Every active user as an actor, by username (the demo users and the staff above). */
export async function demoActors(ctx: ServiceContext): Promise<Map<string, Actor>> {
  const users = await ctx.db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.orgId')
    .select(['users.id', 'users.username', 'users.displayName', 'users.orgId', 'orgs.path', 'orgs.code'])
    .where('users.isActive', '=', 1)
    .execute();
  const roles = await ctx.db.selectFrom('userRoles').select(['userId', 'role']).execute();
  const out = new Map<string, Actor>();
  for (const u of users)
    out.set(u.username, {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      orgId: u.orgId,
      orgPath: u.path,
      roles: roles.filter((r) => r.userId === u.id).map((r) => r.role as Role),
      via: 'session',
    });
  return out;
}

/** The username working cases held by an organisation, by the organisation's code. */
export function workerFor(orgCode: string): string {
  if (orgCode === `${D}-TW-LD`) return 'mediator';
  if (orgCode === `${D}-RSJ`) return 'handler';
  if (orgCode === `${D}-DH`) return 'street1';
  if (orgCode === `${D}-XS`) return 'street2';
  if (orgCode === `${D}-NQ`) return 'street3';
  const rest = orgCode.slice(D.length + 1);
  if (rest.startsWith('TW-')) return `tw_${rest.slice(3).toLowerCase()}`;
  if (rest.endsWith('-SFS')) return `sfs_${rest.slice(0, 2).toLowerCase()}`;
  if (/^(DH|XS|NQ)-0\d$/.test(rest)) return `tj_${rest.toLowerCase().replace('-', '')}`;
  return `bm_${rest.toLowerCase()}`;
}

/** The grid worker who reports from a community's first grid. */
export function gridWorkerFor(communityCode: string): string {
  return communityCode === `${D}-DH-01`
    ? 'grid_worker'
    : `wg_${communityCode
        .slice(D.length + 1)
        .toLowerCase()
        .replace('-', '')}`;
}
