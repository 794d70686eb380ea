/**
 * The one way to change a case's status (DESIGN.md §3): `POST /api/v1/cases/:id/actions` with the case
 * `version` the user saw. The server answers the whole case, which replaces the cached one; a stale version
 * answers 409 `stale-version`, an action that no longer fits 409 `action-not-allowed`.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { CaseActionBody } from '../../../modules/cases/case-actions.schemas.ts';
import { api } from '../../api/client.ts';
import { CASES_QUERY_KEY, caseQueryKey, type CaseView } from './cases.api.ts';

export type { CaseActionBody };
export type CaseAction = CaseActionBody['action'];

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** Takes one action; resolves to the case as it is afterwards. */
export const takeCaseAction = (caseId: string, body: CaseActionBody) =>
  api.post<CaseView>(`${casePath(caseId)}/actions`, body);

/** The route the dispatcher confirms: the target organisation and its co-handlers (协办). */
export interface DispatchTarget {
  orgId: string;
  coHandlerOrgIds?: string[];
  userId?: string;
  note?: string;
  deadline?: string;
}

/**
 * 按建议交办 in one click: reads the case afresh (the list may be stale), accepts it when it is still only
 * registered, then dispatches it with the version the acceptance produced. Each step carries the version
 * the previous one returned, so a second dispatcher acting meanwhile gets 409 instead of a double hand-over.
 */
export async function acceptAndDispatch(caseId: string, target: DispatchTarget): Promise<CaseView> {
  let current = await api.get<CaseView>(casePath(caseId));
  if (current.status === 'registered') {
    current = await takeCaseAction(caseId, { action: 'accept', version: current.version });
  }
  return takeCaseAction(caseId, {
    action: 'dispatch',
    version: current.version,
    orgId: target.orgId,
    ...(target.coHandlerOrgIds?.length ? { coHandlerOrgIds: target.coHandlerOrgIds } : {}),
    ...(target.userId ? { userId: target.userId } : {}),
    ...(target.note ? { note: target.note } : {}),
    ...(target.deadline ? { deadline: target.deadline } : {}),
  });
}

/** After any change to a case: the case itself, every list, its timers and supervisions are stale. */
export function refreshAfterAction(queryClient: QueryClient, view: CaseView | undefined, caseId: string) {
  if (view) queryClient.setQueryData(caseQueryKey(caseId), view);
  void queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY });
  void queryClient.invalidateQueries({ queryKey: ['timers', caseId] });
  void queryClient.invalidateQueries({ queryKey: ['supervisions'] });
  void queryClient.invalidateQueries({ queryKey: ['notifications'] });
}
