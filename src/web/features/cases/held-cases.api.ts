/**
 * The held-case lists (待办, 分流交办) over `GET /api/v1/cases?held=true…`, page after page.
 */
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, type QueryValue } from '../../api/client.ts';
import { CASES_QUERY_KEY, type CaseList } from './cases.api.ts';
import type { HeldQuery } from './held-cases.ts';

const PAGE_SIZE = 20;

/** Cases the caller's organisation holds, matching `query`. */
export function useHeldCases(query: HeldQuery) {
  return useInfiniteQuery({
    queryKey: [...CASES_QUERY_KEY, 'held', query],
    queryFn: ({ pageParam, signal }) =>
      api.get<CaseList>(
        '/cases',
        { ...query, cursor: pageParam, limit: PAGE_SIZE } satisfies Record<string, QueryValue>,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
