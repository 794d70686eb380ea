import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';

let t: TestApp;
let tree: OrgTree;
let districtAdmin: string;
let streetAdmin: string;
let intake: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const as = async (orgId: string, role: 'admin' | 'intake') =>
    signIn(t.app, (await buildUser(t.system, { orgId, roles: [role] })).username);
  districtAdmin = await as(tree.district, 'admin');
  streetAdmin = await as(tree.streetA, 'admin');
  intake = await as(tree.streetA, 'intake');
});
afterAll(() => t.close());

const get = (cookie: string, query = '') =>
  t.app.inject({ url: `/api/v1/calendar${query}`, headers: { cookie } });
const put = (cookie: string, day: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/calendar/${day}`, headers: { cookie }, payload });
const del = (cookie: string, day: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/calendar/${day}`, headers: { cookie } });

async function auditActions(day: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('auditLog')
    .select('action')
    .where('targetType', '=', 'calendar_day')
    .where('targetId', '=', day)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describe('GET /calendar', () => {
  it('shows any signed-in user the official exceptions of a year', async () => {
    const res = await get(intake, '?year=2025');
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      year: number;
      items: { day: string; kind: string; name: string; source: string }[];
    };
    expect(body.year).toBe(2025);
    expect(body.items).toHaveLength(33);
    expect(body.items.find((d) => d.day === '2025-10-01')).toMatchObject({
      kind: 'holiday',
      name: '国庆节、中秋节',
      source: 'official',
    });
    expect(body.items.find((d) => d.day === '2025-09-28')).toMatchObject({ kind: 'workday' });
  });

  it('defaults to the current local year', async () => {
    expect((await get(intake)).json().year).toBe(2026);
  });

  it('asks for a sign-in', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/calendar' }), 401, 'unauthenticated');
  });
});

describe('editing the calendar', () => {
  it('lets a district admin add a holiday, audited, and take it back', async () => {
    const res = await put(districtAdmin, '2026-06-22', { kind: 'holiday', name: '区防汛调休' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ day: '2026-06-22', kind: 'holiday', source: 'admin' });
    const items = (await get(intake, '?year=2026')).json().items as { day: string }[];
    expect(items.some((d) => d.day === '2026-06-22')).toBe(true);

    expect((await del(districtAdmin, '2026-06-22')).statusCode).toBe(204);
    const after = (await get(intake, '?year=2026')).json().items as { day: string }[];
    expect(after.some((d) => d.day === '2026-06-22')).toBe(false);
    expect(await auditActions('2026-06-22')).toEqual(['calendar.set', 'calendar.delete']);
  });

  it('replaces an official entry and marks it as the admin’s', async () => {
    const res = await put(districtAdmin, '2026-10-10', { kind: 'holiday', name: '国庆节' });
    expect(res.json()).toMatchObject({ kind: 'holiday', source: 'admin' });
  });

  it('refuses street admins and other roles, changing nothing', async () => {
    expectProblem(
      await put(streetAdmin, '2026-07-01', { kind: 'holiday', name: '建党节' }),
      403,
      'forbidden',
    );
    expectProblem(await put(intake, '2026-07-01', { kind: 'holiday', name: '建党节' }), 403, 'forbidden');
    expectProblem(await del(streetAdmin, '2026-10-01'), 403, 'forbidden');
    expect(await auditActions('2026-07-01')).toEqual([]);
    const items = (await get(intake, '?year=2026')).json().items as { day: string }[];
    expect(items.some((d) => d.day === '2026-07-01')).toBe(false);
    expect(items.some((d) => d.day === '2026-10-01')).toBe(true);
  });

  it('names the field of a bad request', async () => {
    const day = expectProblem(
      await put(districtAdmin, '2026-02-30', { kind: 'holiday', name: 'x' }),
      400,
      'validation-failed',
    );
    expect(day.errors).toEqual([expect.objectContaining({ pointer: '#/day', code: 'format' })]);
    const kind = expectProblem(
      await put(districtAdmin, '2026-07-01', { kind: 'rest', name: 'x' }),
      400,
      'validation-failed',
    );
    expect(kind.errors?.[0]?.pointer).toBe('#/kind');
    expectProblem(await del(districtAdmin, '2026-07-02'), 404, 'not-found');
  });
});
