/**
 * The fast path of the figures (issue 7, "Speed"), exact by construction: daily counts
 * per organisation (every ancestor of where a case lies or who handled it), view and
 * figure, counted by the same row sources as the direct queries. Triggers
 * mark, in the writing transaction, the days (and whole cases) a write may change; every
 * read first recounts the marked days, so a sum of daily counts always equals the direct
 * count. `overdue`, a state now, is always counted live, and so is a summary limited to
 * a category (the daily counts have no category; the facet counts split the figures by
 * category, channel or grid for the breakdowns, not by a category within a scope).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { inWriteTransaction, isPostgres } from '../../db/dialect.ts';
import { localDate } from '../../lib/time.ts';
import { COUNT_KEYS, type CountKey } from './figure-definitions.ts';
import { countFigure } from './figure-values.ts';
import { addDays, rangeOf, type Period, type PeriodRange } from './period.ts';
import * as q from './stats-aggregate.queries.ts';
import { deleteDailyFacets, insertDailyFacets, selectFacetSums, type Facet } from './stats-facets.queries.ts';

/** The figures kept as daily counts: all but the states now. */
export const AGGREGATED_KEYS: readonly CountKey[] = COUNT_KEYS.filter(
  (k) => countFigure(k).dateKind !== 'now',
);
const VIEWS = ['place', 'handler'] as const;
const MARKS_PER_PASS = 20_000;
const EVERY_DAY: PeriodRange = { ...rangeOf({ from: '1970-01-01', to: '2999-12-31' }) };

/**
 * Runs `fn` as the only recount: PostgreSQL locks the counts against other recounts (not
 * against readers) and reads one snapshot taken after the lock, so marks committed later
 * stay for the next recount; SQLite's write transaction is exclusive anyway.
 */
async function asRecount<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (!isPostgres(db) || db.isTransaction) {
    return inWriteTransaction(db, async (trx) => {
      if (isPostgres(trx)) await sql`lock table stats_daily_counts in exclusive mode`.execute(trx);
      return fn(trx);
    });
  }
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`lock table stats_daily_counts in exclusive mode`.execute(trx);
      return fn(trx);
    });
}

async function recountRange(db: Db, range: PeriodRange | null): Promise<void> {
  await q.deleteDailyCounts(db, range);
  await deleteDailyFacets(db, range);
  for (const key of AGGREGATED_KEYS) {
    for (const view of VIEWS) await q.insertDailyCounts(db, key, range ?? EVERY_DAY, view);
    await insertDailyFacets(db, key, range ?? EVERY_DAY);
  }
}

/** Runs of consecutive days, each as one period. */
export function dayRuns(days: Iterable<string>): Period[] {
  const sorted = [...new Set(days)].sort();
  const runs: Period[] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && addDays(last.to, 1) === day) last.to = day;
    else runs.push({ from: day, to: day });
  }
  return runs;
}

const dayOf = (dateOrInstant: string) =>
  dateOrInstant.length === 10 ? dateOrInstant : localDate(new Date(dateOrInstant));

/** Counts everything again from scratch (after an organisation moved, or a bulk load). */
export async function rebuildDailyCounts(db: Db): Promise<void> {
  await asRecount(db, async (trx) => {
    await q.rebuildOrgClosure(trx);
    await recountRange(trx, null);
    await q.deleteStatsMarks(trx);
  });
}

/**
 * Brings the daily counts up to date with every write so far: recounts the days that
 * were marked, or everything when a mark asks for it. @returns the days recounted.
 */
export async function refreshDailyCounts(db: Db): Promise<{ days: number; rebuilt: boolean }> {
  let days = 0;
  while (await q.hasStatsMarks(db)) {
    if (await q.hasRebuildMark(db)) {
      await rebuildDailyCounts(db);
      return { days, rebuilt: true };
    }
    days += await asRecount(db, async (trx) => {
      const marks = await q.selectStatsMarks(trx, MARKS_PER_PASS);
      if (marks.length === 0) return 0;
      if (marks.some((m) => m.kind === 'orgs')) await q.rebuildOrgClosure(trx);
      const dates = marks.filter((m) => m.kind === 'day' && m.ref).map((m) => m.ref!);
      const caseIds = [...new Set(marks.filter((m) => m.kind === 'case' && m.ref).map((m) => m.ref!))];
      dates.push(...(await q.selectCaseDates(trx, caseIds)));
      const runs = dayRuns(dates.map(dayOf));
      for (const run of runs) await recountRange(trx, rangeOf(run));
      await q.deleteStatsMarks(trx, Number(marks.at(-1)!.id));
      return runs.reduce((n, r) => n + (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 + 1, 0);
    });
  }
  return { days, rebuilt: false };
}

/** The aggregated figures of `keys` for the organisation's subtree and the period (after a refresh). */
export async function sumAggregated(
  db: Db,
  args: { orgId: string; view: 'place' | 'handler'; period: Period },
  keys: readonly CountKey[],
): Promise<Partial<Record<CountKey, number>>> {
  const sums = await q.sumDailyCounts(db, { ...args, ...args.period });
  return Object.fromEntries(keys.map((k) => [k, sums.get(k) ?? 0]));
}

const FACET_BY = new Set<string>(['category', 'channel', 'grid'] satisfies Facet[]);

type Buckets = Map<string | null, Partial<Record<CountKey, number>>>;

const weekOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7));

/**
 * A breakdown from the daily counts where they hold it exactly (after a refresh): by day,
 * week or month; by place, by the organisation's direct children (its own level is the
 * total less the children, as places partition the cases) and by category code, channel
 * or grid (the facet counts; null is no grid). Null for the handler view by anything but
 * time, and for a state now: those are counted directly.
 */
export async function aggregatedBuckets(
  db: Db,
  args: { orgId: string; view: 'place' | 'handler'; period: Period; childIds: readonly string[] },
  keys: readonly CountKey[],
  by: string,
): Promise<Buckets | null> {
  const dated = keys.filter((k) => AGGREGATED_KEYS.includes(k));
  const isTime = by === 'day' || by === 'week' || by === 'month';
  const isFacet = FACET_BY.has(by);
  const byPlace = (by === 'org' || isFacet) && args.view === 'place';
  if (dated.length !== keys.length || !(isTime || byPlace)) return null;
  const wanted = new Set<string>(keys);
  const buckets: Buckets = new Map();
  const add = (bucket: string | null, figure: string, n: number) => {
    if (!wanted.has(figure) || n === 0) return;
    const counts = buckets.get(bucket) ?? {};
    counts[figure as CountKey] = (counts[figure as CountKey] ?? 0) + n;
    buckets.set(bucket, counts);
  };
  const range = { view: args.view, ...args.period };
  if (isTime) {
    for (const r of await q.selectDailySums(db, { orgId: args.orgId, ...range })) {
      add(by === 'day' ? r.day : by === 'week' ? weekOf(r.day) : r.day.slice(0, 7), r.figure, Number(r.n));
    }
    return buckets;
  }
  if (isFacet) {
    const sums = await selectFacetSums(db, { orgId: args.orgId, facet: by as Facet, ...args.period });
    for (const r of sums) add(r.bucket, r.figure, r.n);
    return buckets;
  }
  const totals = new Map<string, number>();
  for (const r of await q.selectOrgSums(db, { orgIds: [args.orgId, ...args.childIds], ...range })) {
    if (r.orgId === args.orgId) totals.set(r.figure, (totals.get(r.figure) ?? 0) + r.n);
    else {
      add(r.orgId, r.figure, r.n);
      totals.set(r.figure, (totals.get(r.figure) ?? 0) - r.n);
    }
  }
  for (const [figure, own] of totals) add(null, figure, own);
  return buckets;
}
