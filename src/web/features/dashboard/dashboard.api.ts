/**
 * The wall dashboard's data (issue 7): the grid map (`GET /dashboard/map`) and the current warnings (red
 * cases, supervisions awaiting a reply, open repeat and major-risk cases) from the case list. Every query
 * refreshes itself each minute and keeps showing the last answer while the server is away.
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type { GridMapSchema } from '../../../modules/dashboard/dashboard.schemas.ts';
import type { CaseList } from '../cases/cases.api.ts';
import { api, type QueryValue } from '../../api/client.ts';

export type GridMap = Static<typeof GridMapSchema>;
export type { FeedEvent } from '../../../modules/dashboard/dashboard.schemas.ts';

export const DASHBOARD_REFRESH_MS = 60_000;

export function useGridMap(query: { orgId?: string; from: string; to: string }) {
  return useQuery({
    queryKey: ['dashboard', 'map', query],
    queryFn: ({ signal }) => api.get<GridMap>('/dashboard/map', query, signal),
    refetchInterval: DASHBOARD_REFRESH_MS,
  });
}

const OPEN = 'registered,accepted,dispatched,returned,in_progress,mediated_success,mediated_failed';

/** The kinds of warning the dashboard counts, each a filter of `GET /cases`. */
export const WARNINGS: readonly {
  key: 'red' | 'supervised' | 'repeat' | 'major';
  query: Record<string, QueryValue>;
}[] = [
  { key: 'red', query: { overdue: true, status: OPEN } },
  { key: 'supervised', query: { supervised: true } },
  { key: 'repeat', query: { flags: 'repeat', status: OPEN } },
  { key: 'major', query: { risk: 'major', status: OPEN } },
];

export function useWarning(query: Record<string, QueryValue>, orgId: string | undefined) {
  const full = { ...query, orgId, limit: 5 };
  return useQuery({
    queryKey: ['dashboard', 'warning', full],
    queryFn: ({ signal }) => api.get<CaseList>('/cases', full, signal),
    refetchInterval: DASHBOARD_REFRESH_MS,
  });
}
