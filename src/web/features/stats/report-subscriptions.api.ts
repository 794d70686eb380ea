/** The caller's report e-mail subscriptions (GET/PUT /api/v1/report-subscriptions, issue 7). */
import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SubscriptionListSchema } from '../../../modules/stats/report-subscriptions.schemas.ts';
import { api, request } from '../../api/client.ts';

export type SubscriptionList = Static<typeof SubscriptionListSchema>;
export type SubscriptionKind = 'daily' | 'weekly' | 'monthly';

const KEY = ['report-subscriptions'];

export function useReportSubscriptions() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<SubscriptionList>('/report-subscriptions', undefined, signal),
  });
}

/** Replaces the caller's subscriptions with `items`. */
export function useSaveReportSubscriptions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (items: { orgId: string; kind: SubscriptionKind }[]) =>
      request<SubscriptionList>('PUT', '/report-subscriptions', { json: { items } }),
    onSuccess: (data) => client.setQueryData(KEY, data),
  });
}
