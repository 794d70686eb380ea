import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildUser, signIn } from '../../../test/support/factories.ts';
import { buildStatsScenario, type StatsScenario } from '../../../test/support/stats-scenario.ts';
import { categoryWithChildren } from '../categories/index.ts';
import { findOrgById } from '../orgs/index.ts';
import { COUNT_KEYS } from './figure-definitions.ts';
import { rangeOf, type Period } from './period.ts';
import { countFigureByBucket, selectChildOrgs } from './stats.queries.ts';
import {
  AGGREGATED_KEYS,
  aggregatedBuckets,
  dayRuns,
  rebuildDailyCounts,
  refreshDailyCounts,
} from './stats-aggregate.service.ts';
import { countAll, countAllDirect, type StatsTarget } from './stats.service.ts';

/**
 * The daily counts (the fast path of the summary) against the direct counts, after the
 * scenario and after each round of random changes made through the API: registrations
 * in both grids and none, acceptances, dispatches, co-handling by another street,
 * outcomes both ways, resolutions, ratings, visits and reopenings, on many days.
 */
let t: TestApp;
let s: StatsScenario;
let mediator = '';
let clerk = '';

beforeAll(async () => {
  t = await buildTestApp();
  s = await buildStatsScenario(t);
  const user = await buildUser(t.system, { orgId: s.tree.committee, roles: ['mediator'] });
  mediator = user.username;
  const roles = ['intake', 'dispatcher', 'leader'] as const;
  clerk = (await buildUser(t.system, { orgId: s.tree.district, roles: [...roles] })).username;
}, 120_000);
afterAll(() => t.close());

/** A small reproducible generator (LCG): the same changes on both databases. */
function rng(seed: number) {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const PERIODS: Period[] = [
  { from: '2026-03-01', to: '2026-03-31' },
  { from: '2026-04-01', to: '2026-04-30' },
  { from: '2026-02-15', to: '2026-05-31' },
  { from: '2026-04-07', to: '2026-04-07' },
  { from: '2025-01-01', to: '2026-12-31' },
];

async function targetsOf(): Promise<StatsTarget[]> {
  const targets: StatsTarget[] = [];
  const orgIds = [s.tree.district, s.tree.streetA, s.tree.streetB, s.tree.gridA, s.tree.committee];
  const noise = await categoryWithChildren(t.system, 'noise');
  for (const id of orgIds) {
    const org = (await findOrgById(t.system, id))!;
    for (const view of ['place', 'handler'] as const)
      for (const categoryCodes of [undefined, noise])
        targets.push({
          org: { id, name: org.name, path: org.path },
          period: PERIODS[0]!,
          category: categoryCodes ? 'noise' : null,
          scope: { rootId: id, rootPath: org.path, view, ...(categoryCodes ? { categoryCodes } : {}) },
        });
  }
  return targets;
}

/** Every figure of every target and period: the fast path equals the direct count. */
async function expectExact(label: string): Promise<number> {
  let compared = 0;
  for (const target of await targetsOf())
    for (const period of PERIODS) {
      const fast = await countAll(t.system, target, period);
      const direct = await countAllDirect(t.system, target, period);
      const where = `${label}: ${target.org.name} ${target.scope.view} ${target.category ?? ''} ${period.from}..${period.to}`;
      expect(fast, where).toEqual(direct);
      compared += COUNT_KEYS.length;
    }
  return compared;
}

describe('the daily counts', () => {
  it('group consecutive days into runs', () => {
    expect(dayRuns(['2026-03-02', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-05'])).toEqual([
      { from: '2026-02-28', to: '2026-03-02' },
      { from: '2026-03-05', to: '2026-03-05' },
    ]);
  });

  it('equal the direct counts for the scenario, and a refresh with nothing marked does nothing', async () => {
    expect(await expectExact('scenario')).toBeGreaterThan(1000);
    expect(await refreshDailyCounts(t.db)).toEqual({ days: 0, rebuilt: false });
    const direct = await countAllDirect(t.system, (await targetsOf())[0]!, PERIODS[0]!);
    expect(direct.found).toBe(8);
  });

  it('stay equal to the direct counts through random changes made through the API', async () => {
    const random = rng(20261125);
    const cookies = { district: '', mediator: '' };
    const call = async (who: keyof typeof cookies, method: string, url: string, payload?: object) => {
      const res = await t.app.inject({
        method: method as 'GET',
        url: `/api/v1${url}`,
        headers: { cookie: cookies[who] },
        ...(payload ? { payload: payload as Record<string, unknown> } : {}),
      });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const act = async (who: keyof typeof cookies, id: string, action: string, extra: object = {}) => {
      const { version } = await call(who, 'GET', `/cases/${id}`);
      return call(who, 'POST', `/cases/${id}/actions`, { action, version, ...extra });
    };
    const caseIds = [...Object.values(s.cases)];
    let day = Date.parse('2026-03-26T02:00:00.000Z');
    let marksSeen = 0;
    for (let round = 0; round < 4; round++) {
      for (let step = 0; step < 12; step++) {
        day += Math.floor(random.next() * 3) * 86_400_000 + 3_600_000;
        t.clock.set(new Date(day).toISOString());
        cookies.district = await signIn(t.app, clerk);
        cookies.mediator = await signIn(t.app, mediator);
        const roll = random.next();
        if (roll < 0.3) {
          const created = await registerViaApi(t.app, cookies.district, {
            gridId: random.pick([s.tree.gridA, s.tree.gridB, undefined]),
            category: random.pick(['noise', 'private_loan', 'wage_arrears']),
            channel: random.pick(['walk_in', 'phone', 'hotline_12345']),
          });
          caseIds.push(created.id);
          continue;
        }
        const id = random.pick(caseIds);
        if (roll > 0.95) {
          // No API changes these, but a write that does is marked like any other.
          await t.db
            .updateTable('cases')
            .set({
              categoryCode: random.pick(['noise', 'private_loan', 'wage_arrears']),
              channel: random.pick(['walk_in', 'phone', 'hotline_12345']),
            })
            .where('id', '=', id)
            .execute();
          continue;
        }
        const view = await callAs(cookies.district, `/cases/${id}`);
        const status = view.status as string;
        if (roll < 0.4) {
          await call('district', 'POST', `/cases/${id}/visits`, {});
        } else if (status === 'registered') {
          await act('district', id, 'accept');
        } else if (status === 'accepted' || status === 'returned') {
          await act('district', id, 'dispatch', { orgId: s.tree.committee });
        } else if (status === 'dispatched') {
          if (random.next() < 0.3) await act('district', id, 'co_handle', { orgId: s.tree.streetB });
          else await act('mediator', id, 'start');
        } else if (status === 'in_progress') {
          if (random.next() < 0.6)
            await act('mediator', id, 'record_outcome', {
              outcome: random.pick(['success', 'failure']),
            });
          else await act('mediator', id, 'resolve');
        } else if (status === 'mediated_success' || status === 'mediated_failed') {
          await act('mediator', id, 'resolve');
        } else if (status === 'resolved') {
          const parties = view.parties as { id: string }[];
          if (random.next() < 0.3) await act('district', id, 'reopen', { reason: '当事人反映未履行' });
          else
            await call('district', 'POST', `/cases/${id}/ratings`, {
              partyId: random.pick(parties).id,
              rating: random.pick(['satisfied', 'basically_satisfied', 'dissatisfied']),
            }).catch(() => undefined); // a party rates a resolution once
        }
      }
      marksSeen += Number(
        (
          await t.db
            .selectFrom('statsDirty')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
      await expectExact(`round ${round}`);
    }
    expect(marksSeen).toBeGreaterThan(0);
  }, 300_000);

  it('give the breakdowns by day, week, month, and by place by organisation, category, channel and grid, the direct queries give', async () => {
    let compared = 0;
    for (const target of (await targetsOf()).filter((x) => !x.category))
      for (const period of PERIODS)
        for (const by of BREAKDOWNS) {
          const childIds = (await selectChildOrgs(t.db, target.org.id)).map((c) => c.id);
          const { view } = target.scope;
          const args = { orgId: target.org.id, view, period, childIds };
          const fast = await aggregatedBuckets(t.db, args, AGGREGATED_KEYS, by);
          if (!TIME_UNITS.includes(by) && view === 'handler') {
            expect(fast).toBeNull();
            continue;
          }
          const direct = new Map<string | null, Record<string, number>>();
          for (const key of AGGREGATED_KEYS)
            for (const { key: bucket, n } of await countFigureByBucket(
              t.db,
              key,
              rangeOf(period),
              target.scope,
              by,
            ))
              if (n > 0) direct.set(bucket, { ...direct.get(bucket), [key]: n });
          expect(fast, `${target.org.name} ${view} ${by} ${period.from}..${period.to}`).toEqual(direct);
          compared++;
        }
    expect(compared).toBeGreaterThan(200);
  }, 120_000);

  it('are rebuilt from scratch to the same values', async () => {
    await rebuildDailyCounts(t.db);
    await expectExact('rebuilt');
  }, 120_000);
});

const TIME_UNITS: readonly string[] = ['day', 'week', 'month'];
const BREAKDOWNS = ['day', 'week', 'month', 'org', 'category', 'channel', 'grid'] as const;

async function callAs(cookie: string, url: string) {
  const res = await t.app.inject({ url: `/api/v1${url}`, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}
