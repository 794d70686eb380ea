/**
 * The case list's filters kept in the URL query string (so a search can be bookmarked, shared and
 * survives a reload): parsed defensively, since people edit URLs, and written without empty values.
 */
import { CASE_STATUSES, CHANNELS, FLAGS, RISKS, type Channel, type Risk } from './case-options.ts';
import type { CaseFilter } from './cases.api.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_KEYS = ['q', 'status', 'category', 'channel', 'orgId', 'gridId', 'risk', 'flags', 'from', 'to'];

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

/** A comma list keeping only known values, in their canonical order; undefined when none is left. */
function knownList(values: readonly string[], raw: string | null): string | undefined {
  const given = new Set((raw ?? '').split(',').map((value) => value.trim()));
  const kept = values.filter((value) => given.has(value));
  return kept.length > 0 ? kept.join(',') : undefined;
}

/** The filter written in `params`; unknown or malformed values are dropped. */
export function filterFromSearch(params: URLSearchParams): CaseFilter {
  const read = (name: string) => params.get(name)?.trim() || undefined;
  const channel = params.get('channel');
  const risk = params.get('risk');
  const from = read('from');
  const to = read('to');
  const filter: CaseFilter = {
    q: read('q')?.slice(0, 100),
    status: knownList(CASE_STATUSES, params.get('status')),
    category: read('category'),
    channel: isOneOf<Channel>(CHANNELS, channel) ? channel : undefined,
    orgId: read('orgId'),
    gridId: read('gridId'),
    risk: isOneOf<Risk>(RISKS, risk) ? risk : undefined,
    flags: knownList(FLAGS, params.get('flags')),
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

/** The query string for `filter`, keeping any unrelated parameters of `base`. */
export function searchFromFilter(filter: CaseFilter, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of FILTER_KEYS) params.delete(key);
  for (const key of FILTER_KEYS) {
    const value = filter[key as keyof CaseFilter];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

/** Whether any filter is set. */
export function hasFilter(filter: CaseFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}
