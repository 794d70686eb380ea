import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/support/app.ts';
import { verifyAuditChain } from '../modules/audit/index.ts';
import { OPEN_STATUSES, type CaseStatus } from '../modules/cases/index.ts';
import { statsSummary } from '../modules/stats/index.ts';
import { localDate } from '../lib/time.ts';
import { demoActors } from './demo-staff.ts';
import { seedDemo } from './seed-demo.ts';

const CASES = 40;
let first: TestApp;
let second: TestApp;

async function caseDigest(t: TestApp) {
  const rows = await t.db
    .selectFrom('cases')
    .innerJoin('orgs', 'orgs.id', 'cases.currentOrgId')
    .leftJoin('orgs as grid', 'grid.id', 'cases.gridId')
    .select(['cases.number', 'cases.status', 'cases.channel', 'cases.categoryCode', 'cases.createdAt'])
    .select(['orgs.code as holder', 'grid.code as grid'])
    .orderBy('cases.number')
    .execute();
  return rows;
}

beforeAll(async () => {
  [first, second] = await Promise.all([buildTestApp(), buildTestApp()]);
  await seedDemo(first.system, { cases: CASES });
  await seedDemo(second.system, { cases: CASES });
}, 120_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('the demo cases', () => {
  it('are the same on two fresh databases seeded on the same day', async () => {
    const digest = await caseDigest(first);
    expect(digest).toHaveLength(CASES);
    expect(await caseDigest(second)).toEqual(digest);
  });

  it('spread over months, grids, channels and states, some open and some resolved', async () => {
    const digest = await caseDigest(first);
    const months = new Set(digest.map((c) => c.createdAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(5);
    expect(new Set(digest.map((c) => c.grid)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(digest.map((c) => c.channel)).size).toBeGreaterThanOrEqual(5);
    const statuses = digest.map((c) => c.status as CaseStatus);
    expect(statuses.some((s) => OPEN_STATUSES.includes(s))).toBe(true);
    expect(statuses.filter((s) => s === 'resolved' || s === 'archived').length).toBeGreaterThan(CASES / 3);
    expect(digest.every((c) => c.createdAt <= first.clock.now().toISOString())).toBe(true);
  });

  it('give the district non-zero figures for the last six months', async () => {
    const leader = (await demoActors(first.system)).get('leader')!;
    const now = first.clock.now();
    const summary = await statsSummary(
      { ...first.system, actor: leader },
      { from: localDate(new Date(now.getTime() - 183 * 86_400_000)), to: localDate(now) },
    );
    for (const key of ['found', 'mediated', 'mediatedSuccess', 'resolved', 'ratings'] as const)
      expect(summary[key], key).toBeGreaterThan(0);
  });

  it('leave an unbroken audit chain', async () => {
    const result = await verifyAuditChain(first.db);
    expect(result.ok).toBe(true);
    expect(result.rows).toBeGreaterThan(CASES * 3);
  });

  it('have each status explained by the event log: every change starts where the last ended', async () => {
    const cases = await first.db.selectFrom('cases').select(['id', 'number', 'status']).execute();
    const events = await first.db
      .selectFrom('caseEvents')
      .select(['caseId', 'seq', 'fromStatus', 'toStatus'])
      .where('toStatus', 'is not', null)
      .orderBy('caseId')
      .orderBy('seq')
      .execute();
    for (const c of cases) {
      const changes = events.filter((e) => e.caseId === c.id && e.fromStatus !== e.toStatus);
      expect(changes[0]?.toStatus, c.number).toBe('registered');
      changes.slice(1).forEach((e, i) => expect(e.fromStatus, c.number).toBe(changes[i]!.toStatus));
      expect(changes.at(-1)!.toStatus, c.number).toBe(c.status);
    }
  });

  it('keep follow-up visits for resolved cases, some still to come', async () => {
    const today = localDate(first.clock.now());
    const visits = await first.db.selectFrom('followups').select(['status', 'dueOn']).execute();
    expect(visits.some((v) => v.status === 'done')).toBe(true);
    expect(visits.some((v) => v.status === 'pending' && v.dueOn > today)).toBe(true);
  });
});
