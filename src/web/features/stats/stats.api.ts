/**
 * The statistics API (issue 7) for the statistics page and the wall dashboard: the summary with its
 * comparison periods, breakdowns, the items behind a figure, the figures' definitions and the reports.
 */
import type { Static } from '@sinclair/typebox';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BreakdownSchema,
  DefinitionsSchema,
  FigureCasesSchema,
  StatsSummarySchema,
} from '../../../modules/stats/stats.schemas.ts';
import type { ReportSchema } from '../../../modules/stats/reports.schemas.ts';
import { api } from '../../api/client.ts';
import type { StatsFilter } from './stats-filter.ts';

export type StatsSummary = Static<typeof StatsSummarySchema>;
export type Breakdown = Static<typeof BreakdownSchema>;
export type FigureCases = Static<typeof FigureCasesSchema>;
export type FigureDefinition = Static<typeof DefinitionsSchema>['items'][number];
export type Report = Static<typeof ReportSchema>;
export type BreakdownBy = 'category' | 'channel' | 'org' | 'grid' | 'day' | 'week' | 'month';

/** The query string every statistics call shares. */
export function statsQuery(filter: StatsFilter) {
  return {
    orgId: filter.orgId,
    from: filter.from,
    to: filter.to,
    view: filter.view,
    category: filter.category,
  };
}

const REFRESH = { placeholderData: keepPreviousData };

/** The summary; `refetchInterval` (ms) keeps a wall screen current. */
export function useStatsSummary(filter: StatsFilter, refetchInterval?: number) {
  return useQuery({
    queryKey: ['stats', 'summary', statsQuery(filter)],
    queryFn: ({ signal }) => api.get<StatsSummary>('/stats/summary', statsQuery(filter), signal),
    refetchInterval,
    ...REFRESH,
  });
}

export function useStatsBreakdown(
  filter: StatsFilter,
  by: BreakdownBy,
  figure?: string,
  refetchInterval?: number,
) {
  const query = { ...statsQuery(filter), by, figure };
  return useQuery({
    queryKey: ['stats', 'breakdown', query],
    queryFn: ({ signal }) => api.get<Breakdown>('/stats/breakdown', query, signal),
    refetchInterval,
    ...REFRESH,
  });
}

/** The items behind a count figure (up to 1,000 of them; `total` says how many there are). */
export function useFigureCases(filter: StatsFilter | null, figure: string | null) {
  const query = filter && figure ? { ...statsQuery(filter), figure, limit: 1000 } : null;
  return useQuery({
    queryKey: ['stats', 'cases', query],
    queryFn: ({ signal }) => api.get<FigureCases>('/stats/cases', query!, signal),
    enabled: query !== null,
  });
}

/** Every figure's definition, keyed by figure. */
export function useFigureDefinitions() {
  return useQuery({
    queryKey: ['stats', 'definitions'],
    queryFn: ({ signal }) =>
      api
        .get<Static<typeof DefinitionsSchema>>('/stats/definitions', undefined, signal)
        .then((body) => new Map(body.items.map((item) => [item.key, item]))),
    staleTime: Infinity,
  });
}

export function useReports(orgId: string | undefined) {
  return useQuery({
    queryKey: ['reports', orgId ?? null],
    queryFn: ({ signal }) => api.get<{ items: Report[] }>('/reports', { orgId }, signal),
  });
}

export function useGenerateReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: string; period: string; orgId?: string }) =>
      api.post<Report>('/reports', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
