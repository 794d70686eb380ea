/**
 * The figures leaders read (DESIGN.md §5, issue 7): the summary of an organisation
 * subtree for a period with its two comparison periods, and the items behind each
 * figure. Scope: the caller's subtree; an organisation outside it is "not found".
 * Read-only: nothing here writes.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { NotFound, invalidField } from '../../lib/errors.ts';
import { canAccessOrg, requireActor } from '../../lib/scope.ts';
import { localDate } from '../../lib/time.ts';
import { categoryWithChildren } from '../categories/index.ts';
import { findOrgById } from '../orgs/index.ts';
import { COUNT_KEYS, type CountKey, type CountValues, type RateValues } from './figure-definitions.ts';
import { ratesOf, countFigure } from './figure-values.ts';
import { lastYearPeriod, previousPeriod, rangeOf, resolvePeriod, type Period } from './period.ts';
import { AGGREGATED_KEYS, refreshDailyCounts, sumAggregated } from './stats-aggregate.service.ts';
import * as q from './stats.queries.ts';

/** What every statistics request may say: where, when, which view, which category. */
export interface StatsQuery {
  orgId?: string;
  from?: string;
  to?: string;
  view?: 'place' | 'handler';
  category?: string;
}

/** A resolved request: the organisation (in the caller's scope), the period and the SQL scope. */
export interface StatsTarget {
  org: { id: string; name: string; path: string };
  period: Period;
  scope: q.StatsScope;
  category: string | null;
}

/**
 * Resolves where and when. @throws NotFound when `orgId` is unknown or outside the
 * caller's subtree; ValidationFailed naming `from`, `to` or `category` under `#/querystring`.
 */
export async function resolveTarget(ctx: ServiceContext, input: StatsQuery): Promise<StatsTarget> {
  const actor = requireActor(ctx.actor);
  const org = await findOrgById(ctx, input.orgId ?? actor.orgId);
  if (!org || !canAccessOrg(actor, org.path)) throw new NotFound('Organisation');
  const period = resolvePeriod(input, localDate(ctx.clock.now()));
  let categoryCodes: string[] | undefined;
  if (input.category) {
    categoryCodes = await categoryWithChildren(ctx, input.category);
    if (categoryCodes.length === 0)
      throw invalidField('#/querystring/category', 'unknown', `"${input.category}" is not a category code`);
  }
  return {
    org: { id: org.id, name: org.name, path: org.path },
    period,
    category: input.category ?? null,
    scope: {
      rootId: org.id,
      rootPath: org.path,
      view: input.view ?? 'place',
      ...(categoryCodes ? { categoryCodes } : {}),
    },
  };
}

/**
 * Every count figure for the period: the dated ones from the daily counts (brought up to
 * date first, stats-aggregate.service.ts), the states now counted live; limited to a
 * category, everything counted directly.
 */
export async function countAll(
  ctx: ServiceContext,
  target: StatsTarget,
  period: Period,
  keys: readonly CountKey[] = COUNT_KEYS,
): Promise<CountValues> {
  if (target.scope.categoryCodes) return countAllDirect(ctx, target, period, keys);
  const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as CountValues;
  await refreshDailyCounts(ctx.db);
  const { rootId: orgId, view } = target.scope;
  const aggregated = keys.filter((k) => AGGREGATED_KEYS.includes(k));
  Object.assign(counts, await sumAggregated(ctx.db, { orgId, view, period }, aggregated));
  for (const key of keys.filter((k) => !AGGREGATED_KEYS.includes(k)))
    counts[key] = await q.countFigureRows(ctx.db, key, rangeOf(period), target.scope);
  return counts;
}

/** Every count figure for the period counted directly from the records (the fast path's yardstick). */
export async function countAllDirect(
  ctx: ServiceContext,
  target: StatsTarget,
  period: Period,
  keys: readonly CountKey[] = COUNT_KEYS,
): Promise<CountValues> {
  const range = rangeOf(period);
  const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as CountValues;
  for (const key of keys) counts[key] = await q.countFigureRows(ctx.db, key, range, target.scope);
  return counts;
}

export type FigureValues = CountValues & RateValues;
/** A comparison period's figures: `overdue` (a state now) has no value there. */
export type ComparisonValues = Omit<FigureValues, 'overdue'> & { overdue: null };

export interface StatsSummary extends FigureValues {
  orgId: string;
  orgName: string;
  view: 'place' | 'handler';
  category: string | null;
  from: string;
  to: string;
  /** The period just before, of the same length (上期; the previous month for a month). */
  previousPeriod: ComparisonValues & Period;
  /** The same dates a year earlier (同期). */
  lastYear: ComparisonValues & Period;
}

const withRates = (counts: CountValues): FigureValues => ({ ...counts, ...ratesOf(counts) });

async function comparison(ctx: ServiceContext, target: StatsTarget, period: Period) {
  const keys = COUNT_KEYS.filter((k) => countFigure(k).dateKind !== 'now');
  const values = withRates(await countAll(ctx, target, period, keys));
  return { ...period, ...values, overdue: null };
}

/** `GET /stats/summary`: every figure for the period, with the previous period and last year. */
export async function statsSummary(ctx: ServiceContext, input: StatsQuery): Promise<StatsSummary> {
  const target = await resolveTarget(ctx, input);
  const current = withRates(await countAll(ctx, target, target.period));
  return {
    orgId: target.org.id,
    orgName: target.org.name,
    view: target.scope.view,
    category: target.category,
    ...target.period,
    ...current,
    previousPeriod: await comparison(ctx, target, previousPeriod(target.period)),
    lastYear: await comparison(ctx, target, lastYearPeriod(target.period)),
  };
}

const MAX_PAGE = 1000;

function decodeCursor(cursor: string | undefined): { at: string; ref: string } | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string')
      return { at: value[0], ref: value[1] };
  } catch {
    // fall through to the validation error
  }
  throw invalidField('#/querystring/cursor', 'format', 'cursor is not one this API gave out');
}

const encodeCursor = (row: q.FigureItemRow) =>
  Buffer.from(JSON.stringify([row.at ?? '', row.ref]), 'utf8').toString('base64url');

/**
 * `GET /stats/cases`: exactly the items behind a count figure — cases, or the ratings,
 * referrals, confirmations, visits or agreements it counts, each with its case — in
 * (date, id) order, one keyset page at a time. `total` is the figure itself.
 */
export async function statsCases(
  ctx: ServiceContext,
  input: StatsQuery & { figure: CountKey; cursor?: string; limit?: number },
) {
  const target = await resolveTarget(ctx, input);
  const limit = Math.min(input.limit ?? 100, MAX_PAGE);
  const range = rangeOf(target.period);
  const after = decodeCursor(input.cursor);
  const rows = await q.selectFigureRows(ctx.db, input.figure, range, target.scope, {
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const definition = countFigure(input.figure);
  return {
    figure: input.figure,
    unit: definition.unit,
    orgId: target.org.id,
    view: target.scope.view,
    ...target.period,
    total: await q.countFigureRows(ctx.db, input.figure, range, target.scope),
    items: page.map((r) => ({
      id: r.ref,
      at: r.at,
      caseId: r.caseId,
      number: r.number,
      subject: r.subject,
      status: r.status,
      categoryCode: r.categoryCode,
      channel: r.channel,
    })),
    nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!) : null,
  };
}
