/**
 * Factories that build data through the services, so invariants hold (Outline
 * `server/test/factories.ts`). Each call makes a fresh, uniquely-coded subtree so
 * tests never collide.
 */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/db/tables.ts';
import type { ServiceContext } from '../../src/lib/context.ts';
import { importOrgRecords, orgIdsByCode } from '../../src/modules/orgs/index.ts';
import type { RawRecord } from '../../src/lib/table-file.ts';
import { createUser, type UserView } from '../../src/modules/users/index.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface OrgTree {
  prefix: string;
  district: string;
  streetA: string;
  streetB: string;
  communityA: string;
  communityB: string;
  gridA: string;
  gridB: string;
  department: string;
  committee: string;
  /** code → id for everything above. */
  ids: Map<string, string>;
}

/**
 * A district with two streets (A, B), one community and grid under each, a labour
 * department and a labour mediation committee.
 */
export async function buildOrgTree(ctx: ServiceContext): Promise<OrgTree> {
  const p = `T${randomBytes(3).toString('hex').toUpperCase()}`;
  const rows: Record<string, string>[] = [
    { code: p, name: `测试区${p}`, type: 'district' },
    { code: `${p}-A`, name: '甲街道', type: 'street', parent_code: p },
    { code: `${p}-B`, name: '乙街道', type: 'street', parent_code: p },
    { code: `${p}-A-1`, name: '甲一社区', type: 'community', parent_code: `${p}-A` },
    { code: `${p}-B-1`, name: '乙一社区', type: 'community', parent_code: `${p}-B` },
    { code: `${p}-A-1-G1`, name: '甲一社区第一网格', type: 'grid', parent_code: `${p}-A-1` },
    { code: `${p}-B-1-G1`, name: '乙一社区第一网格', type: 'grid', parent_code: `${p}-B-1` },
    { code: `${p}-RSJ`, name: '区人社局', type: 'department', parent_code: p },
    {
      code: `${p}-TW-LD`,
      name: '区劳动争议人民调解委员会',
      type: 'mediation_committee',
      specialty: 'labour',
      parent_code: p,
    },
  ];
  const records: RawRecord[] = rows.map((values, i) => ({ line: i + 2, values }));
  await importOrgRecords({ ...ctx, actor: null }, records, { dryRun: false });
  const ids = await orgIdsByCode(
    ctx,
    rows.map((r) => r.code!),
  );
  const id = (code: string) => ids.get(code)!;
  return {
    prefix: p,
    district: id(p),
    streetA: id(`${p}-A`),
    streetB: id(`${p}-B`),
    communityA: id(`${p}-A-1`),
    communityB: id(`${p}-B-1`),
    gridA: id(`${p}-A-1-G1`),
    gridB: id(`${p}-B-1-G1`),
    department: id(`${p}-RSJ`),
    committee: id(`${p}-TW-LD`),
    ids,
  };
}

let userCounter = 0;

export async function buildUser(
  ctx: ServiceContext,
  opts: { orgId: string; roles: Role[]; username?: string; password?: string },
): Promise<UserView> {
  userCounter += 1;
  return createUser(
    { ...ctx, actor: null },
    {
      username: opts.username ?? `u${userCounter}_${randomBytes(3).toString('hex')}`,
      displayName: `测试用户${userCounter}`,
      orgId: opts.orgId,
      roles: opts.roles,
      password: opts.password ?? TEST_PASSWORD,
    },
  );
}

/** Signs in through the API and returns the Cookie header to send. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'fq_session');
  if (!cookie) throw new Error('no session cookie');
  return `fq_session=${cookie.value}`;
}
