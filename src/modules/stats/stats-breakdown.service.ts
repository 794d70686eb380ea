/**
 * Figures broken down (issue 7): by category (first level), channel, organisation (the
 * direct children of the chosen one, plus its own level), grid, and day, week or month
 * in Asia/Shanghai. Each row carries the count figures and the rates made from them; the
 * totals are the summary's own counts. By place the rows partition the cases, so they
 * add up to the totals; by handler a case handled in two branches shows in both rows.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { listCategories, topCategoryMap } from '../categories/index.ts';
import { COUNT_KEYS, RATE_FIGURES, type CountKey, type FigureKey } from './figure-definitions.ts';
import { rate, countFigure, isCountKey } from './figure-values.ts';
import { bucketKeys, rangeOf } from './period.ts';
import { CHANNEL_ZH, NO_GRID_ZH, OWN_LEVEL_ZH } from './stats-labels.ts';
import { AGGREGATED_KEYS, aggregatedBuckets, refreshDailyCounts } from './stats-aggregate.service.ts';
import * as q from './stats.queries.ts';
import { countAll, resolveTarget, type StatsQuery, type StatsTarget } from './stats.service.ts';

export interface BreakdownRow {
  /** The bucket: a category or channel code, an organisation or grid id, a day/week (Monday)/month; null for none or own level. */
  key: string | null;
  label: string;
  values: Record<string, number | null>;
}

const TIME_UNITS = new Set(['day', 'week', 'month']);

/** The count figures needed for the requested figures (a rate needs its two counts). */
function countsFor(figure: FigureKey | undefined, by: q.BreakdownBy): CountKey[] {
  let keys: CountKey[] = [...COUNT_KEYS];
  if (figure && isCountKey(figure)) keys = [figure];
  else if (figure) {
    const r = RATE_FIGURES.find((x) => x.key === figure)!;
    keys = [r.numerator, r.denominator];
  }
  return TIME_UNITS.has(by) ? keys.filter((k) => countFigure(k).dateKind !== 'now') : keys;
}

function valuesOf(counts: Partial<Record<CountKey, number>>, figure: FigureKey | undefined) {
  const values: Record<string, number | null> = { ...counts };
  for (const r of RATE_FIGURES) {
    if (figure && figure !== r.key && !isCountKey(figure)) continue;
    if (counts[r.numerator] === undefined || counts[r.denominator] === undefined) continue;
    values[r.key] = rate(counts[r.numerator]!, counts[r.denominator]!);
  }
  if (figure && isCountKey(figure)) return { [figure]: values[figure] ?? 0 };
  if (figure) return { [figure]: values[figure] ?? null };
  return values;
}

/** The row keys and labels, in display order, for the buckets that came back. */
async function labelRows(
  ctx: ServiceContext,
  target: StatsTarget,
  by: q.BreakdownBy,
  seen: Set<string | null>,
): Promise<{ key: string | null; label: string }[]> {
  if (TIME_UNITS.has(by)) return bucketKeys(target.period, by as 'day').map((k) => ({ key: k, label: k }));
  if (by === 'org') {
    const children = await q.selectChildOrgs(ctx.db, target.org.id);
    const rows = children.map((c) => ({ key: c.id as string | null, label: c.name }));
    return seen.has(null) ? [...rows, { key: null, label: `${target.org.name}（${OWN_LEVEL_ZH}）` }] : rows;
  }
  if (by === 'category') {
    const names = new Map((await listCategories(ctx)).map((c) => [c.code, c.nameZh]));
    const order = [...names.keys()];
    return [...seen]
      .sort((a, b) => order.indexOf(a ?? '') - order.indexOf(b ?? ''))
      .map((k) => ({ key: k, label: names.get(k ?? '') ?? k ?? '' }));
  }
  if (by === 'channel') {
    const order = Object.keys(CHANNEL_ZH);
    return [...seen]
      .sort((a, b) => (order.indexOf(a ?? '') + 1 || 99) - (order.indexOf(b ?? '') + 1 || 99))
      .map((k) => ({ key: k, label: CHANNEL_ZH[k ?? ''] ?? k ?? '' }));
  }
  const names = new Map(
    (
      await q.selectOrgNames(
        ctx.db,
        [...seen].filter((k) => k !== null),
      )
    ).map((o) => [o.id, o.name]),
  );
  return [...seen]
    .map((k) => ({ key: k, label: k === null ? NO_GRID_ZH : (names.get(k) ?? k) }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.label.localeCompare(b.label, 'zh-CN')));
}

/** The breakdown from the daily counts where they hold it exactly (stats-aggregate.service.ts), else null. */
async function fastBuckets(ctx: ServiceContext, target: StatsTarget, keys: CountKey[], by: q.BreakdownBy) {
  if (target.scope.categoryCodes) return null;
  await refreshDailyCounts(ctx.db);
  const childIds = by === 'org' ? (await q.selectChildOrgs(ctx.db, target.org.id)).map((c) => c.id) : [];
  const { view } = target.scope;
  return aggregatedBuckets(ctx.db, { orgId: target.org.id, view, period: target.period, childIds }, keys, by);
}

/**
 * `GET /stats/breakdown`: the figures per bucket, plus the totals for the whole scope.
 * `figure` limits the values to one figure (a rate brings its two counts along in the
 * computation but shows only the rate). Time buckets leave out `overdue` (a state now).
 * @throws as resolveTarget.
 */
export async function statsBreakdown(
  ctx: ServiceContext,
  input: StatsQuery & { by: q.BreakdownBy; figure?: FigureKey },
) {
  const target = await resolveTarget(ctx, input);
  const range = rangeOf(target.period);
  const keys = countsFor(input.figure, input.by);
  const topOf = input.by === 'category' ? await topCategoryMap(ctx) : null;
  // The dated figures from the daily counts where they hold the breakdown, the rest (a state now) directly.
  const dated = keys.filter((k) => AGGREGATED_KEYS.includes(k));
  const fast = dated.length > 0 ? await fastBuckets(ctx, target, dated, input.by) : null;
  const perBucket = new Map<string | null, Partial<Record<CountKey, number>>>();
  const add = (raw: string | null, key: CountKey, n: number) => {
    const bucket = topOf && raw !== null ? (topOf.get(raw) ?? raw) : raw;
    const counts = perBucket.get(bucket) ?? {};
    counts[key] = (counts[key] ?? 0) + n;
    perBucket.set(bucket, counts);
  };
  for (const [raw, counts] of fast ?? [])
    for (const [key, n] of Object.entries(counts)) add(raw, key as CountKey, n);
  for (const key of fast ? keys.filter((k) => !dated.includes(k)) : keys) {
    for (const { key: raw, n } of await q.countFigureByBucket(ctx.db, key, range, target.scope, input.by))
      add(raw, key, n);
  }
  const zero = Object.fromEntries(keys.map((k) => [k, 0])) as Partial<Record<CountKey, number>>;
  const rows: BreakdownRow[] = (await labelRows(ctx, target, input.by, new Set(perBucket.keys()))).map(
    ({ key, label }) => ({ key, label, values: valuesOf({ ...zero, ...perBucket.get(key) }, input.figure) }),
  );
  const totals = await countAll(ctx, target, target.period, keys);
  return {
    by: input.by,
    figure: input.figure ?? null,
    orgId: target.org.id,
    orgName: target.org.name,
    view: target.scope.view,
    ...target.period,
    rows,
    total: valuesOf(Object.fromEntries(keys.map((k) => [k, totals[k]])), input.figure),
  };
}
