/**
 * What follows an agreement: follow-up visits (回头看) with their interval setting, and judicial
 * confirmation (司法确认) of a case and of the caller's subtree (诉调对接). The server declares no response
 * schemas for these routes, so their shapes are written out here from the service's answers.
 */
import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/client.ts';
import { mediationKey } from './mediation.api.ts';

export const FOLLOWUP_RESULTS = ['fulfilled', 'partly', 'not_fulfilled'] as const;
export type FollowupResult = (typeof FOLLOWUP_RESULTS)[number];

/** A follow-up visit of a case. */
export interface Followup {
  id: string;
  caseId: string;
  agreementId: string | null;
  orgId: string;
  /** YYYY-MM-DD */
  dueOn: string;
  status: 'pending' | 'done' | 'cancelled';
  result: FollowupResult | null;
  note: string | null;
  doneAt: string | null;
}

/** A visit in the list of the caller's subtree, with its case and organisation. */
export interface FollowupListItem extends Followup {
  caseNumber: string;
  caseSubject: string;
  caseStatus: string;
  orgName: string;
  isOverdue: boolean;
}

/** A judicial confirmation; `deadline` is the last day to apply (30 days after the agreement). */
export interface JudicialConfirmation {
  id: string;
  caseId: string;
  agreementId: string;
  court: string;
  appliedOn: string;
  windowEndsOn: string;
  deadline?: string;
  acceptedOn: string | null;
  courtCaseNumber: string | null;
  decision: 'confirmed' | 'not_confirmed' | null;
  decisionReason: string | null;
  nextStep: 'mediation' | 'litigation' | null;
  decidedOn: string | null;
}

export interface JudicialListItem extends JudicialConfirmation {
  caseNumber: string;
  caseSubject: string;
}

export interface FollowupFilter {
  /** Due on or before this day (YYYY-MM-DD); the server's today when undefined. */
  due?: string;
  /** Include visits already made. */
  all?: boolean;
}

export const FOLLOWUPS_KEY = ['followups'] as const;
export const JUDICIAL_KEY = ['judicial-confirmations'] as const;
const INTERVALS_KEY = ['settings', 'followup-intervals'] as const;

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
const judicialPath = (caseId: string, id: string) =>
  `${casePath(caseId)}/judicial-confirmations/${encodeURIComponent(id)}`;

/** Visits of the caller's subtree due by `filter.due`. */
export function useFollowups(filter: FollowupFilter) {
  return useQuery({
    queryKey: [...FOLLOWUPS_KEY, filter],
    queryFn: ({ signal }) =>
      api
        .get<{ items: FollowupListItem[] }>('/followups', { due: filter.due, all: filter.all }, signal)
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

/** The visits of one case. */
export function useCaseFollowups(caseId: string, enabled = true) {
  return useQuery({
    queryKey: [...mediationKey(caseId), 'followups'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: Followup[] }>(`${casePath(caseId)}/followups`, undefined, signal)
        .then((page) => page.items),
    enabled,
  });
}

/** Records a visit; `not_fulfilled` reopens the case on the server. */
export const recordFollowup = (id: string, body: { result: FollowupResult; note: string }) =>
  api.post<Followup>(`/followups/${encodeURIComponent(id)}`, body);

/** The days after resolution when visits fall due. */
export function useFollowupIntervals() {
  return useQuery({
    queryKey: INTERVALS_KEY,
    queryFn: ({ signal }) => api.get<{ days: number[] }>('/settings/followup-intervals', undefined, signal),
  });
}

export const saveFollowupIntervals = (days: number[]) =>
  request<{ days: number[] }>('PUT', '/settings/followup-intervals', { json: { days } });

/** The judicial confirmations of one case. */
export function useCaseJudicial(caseId: string, enabled = true) {
  return useQuery({
    queryKey: [...mediationKey(caseId), 'judicial'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: JudicialConfirmation[] }>(
          `${casePath(caseId)}/judicial-confirmations`,
          undefined,
          signal,
        )
        .then((page) => page.items),
    enabled,
  });
}

/** The court-linkage list of the caller's subtree; only those awaiting a decision when `open`. */
export function useJudicialList(open: boolean) {
  return useQuery({
    queryKey: [...JUDICIAL_KEY, { open }],
    queryFn: ({ signal }) =>
      api
        .get<{ items: JudicialListItem[] }>('/judicial-confirmations', { open }, signal)
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

export const applyForConfirmation = (
  caseId: string,
  body: { court: string; appliedAt: string; agreementId?: string },
) => api.post<JudicialConfirmation>(`${casePath(caseId)}/judicial-confirmations`, body);

export const recordCourtAcceptance = (
  caseId: string,
  id: string,
  body: { acceptedAt: string; courtCaseNumber?: string },
) => api.post<JudicialConfirmation>(`${judicialPath(caseId, id)}/acceptance`, body);

export const recordCourtDecision = (
  caseId: string,
  id: string,
  body: {
    decision: 'confirmed' | 'not_confirmed';
    reason?: string;
    decidedAt: string;
    nextStep?: 'mediation' | 'litigation';
  },
) => api.post<JudicialConfirmation>(`${judicialPath(caseId, id)}/decision`, body);
