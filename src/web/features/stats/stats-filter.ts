/**
 * The statistics page's filters (organisation, period, view, category), kept in the URL so a view can be
 * shared and the figure drawers, charts and reports all read the same filter. Pure.
 */

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

export interface StatsFilter {
  orgId?: string;
  period: PeriodKind;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, included. */
  to: string;
  view: 'place' | 'handler';
  category?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day in Asia/Shanghai (UTC+8 all year) of an instant. */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The whole month, quarter or year holding `day`. */
export function periodAround(kind: Exclude<PeriodKind, 'custom'>, day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const [first, last] =
    kind === 'month'
      ? [month, month]
      : kind === 'quarter'
        ? [month - ((month - 1) % 3), month - ((month - 1) % 3) + 2]
        : [1, 12];
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/** Reads the filter from the URL; missing or malformed parts fall back to this month by place. */
export function filterFromParams(params: URLSearchParams, today: string): StatsFilter {
  const kind = PERIOD_KINDS.find((k) => k === params.get('period')) ?? 'month';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const anchor = DAY.test(from) ? from : today;
  const range =
    kind === 'custom' && DAY.test(from) && DAY.test(to) && from <= to
      ? { from, to }
      : periodAround(kind === 'custom' ? 'month' : kind, anchor);
  return {
    period:
      kind === 'custom' && range.from === from && range.to === to
        ? 'custom'
        : kind === 'custom'
          ? 'month'
          : kind,
    ...range,
    view: params.get('view') === 'handler' ? 'handler' : 'place',
    ...(params.get('orgId') ? { orgId: params.get('orgId')! } : {}),
    ...(params.get('category') ? { category: params.get('category')! } : {}),
  };
}

/** The URL parameters of a filter (defaults left out). */
export function filterToParams(filter: StatsFilter): Record<string, string> {
  const params: Record<string, string> = { period: filter.period, from: filter.from, to: filter.to };
  if (filter.view !== 'place') params.view = filter.view;
  if (filter.orgId) params.orgId = filter.orgId;
  if (filter.category) params.category = filter.category;
  return params;
}

/**
 * The change from `previous` to `current` as a ratio (0.25 = up 25 %); null when there is nothing to compare
 * (either missing, or the previous value is 0). Rates compare in percentage points instead: see `pointChange`.
 */
export function changeRatio(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (
    current === null ||
    current === undefined ||
    previous === null ||
    previous === undefined ||
    previous === 0
  )
    return null;
  return (current - previous) / previous;
}

/** The change of a rate in percentage points (0.952 → 0.96 is +0.8); null when either is missing. */
export function pointChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  return Math.round((current - previous) * 1000) / 10;
}

/** A rate 0..1 as a percentage with one decimal (`95.2%`), or `—` when there is none. */
export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}
