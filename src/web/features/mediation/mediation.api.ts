/**
 * Mediation on a case (DESIGN.md §3, 人民调解法): sessions with their record and outcome, a party's
 * refusal, agreements with their terms, the mediator's calendar and the colleagues who may mediate.
 * Shapes come from the server's TypeBox schemas (types only, STYLE.md §11).
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type {
  AgreementSchema,
  CancelSessionBody,
  CreateAgreementBody,
  RefusalBodySchema,
  RescheduleSessionBody,
  ScheduleSessionBody,
  SessionOutcomeBodySchema,
  SessionRecordBody,
  SessionSchema,
  TermSchema,
  TermStatusBodySchema,
} from '../../../modules/mediation/mediation.schemas.ts';
import { api, request } from '../../api/client.ts';

export type MediationSession = Static<typeof SessionSchema>;
export type Agreement = Static<typeof AgreementSchema>;
export type AgreementTerm = Static<typeof TermSchema>;
export type SessionOutcomeBody = Static<typeof SessionOutcomeBodySchema>;
export type RefusalBody = Static<typeof RefusalBodySchema>;
export type TermStatusBody = Static<typeof TermStatusBodySchema>;
export type {
  CancelSessionBody,
  CreateAgreementBody,
  RescheduleSessionBody,
  ScheduleSessionBody,
  SessionRecordBody,
};

/** One session of the caller's calendar (`GET /mediation/calendar`). */
export interface CalendarSession {
  id: string;
  caseId: string;
  startsAt: string;
  place: string | null;
  isOnline: boolean;
  status: string;
  outcome: string | null;
  isLead: boolean;
  caseNumber: string;
  caseSubject: string;
}

/** A colleague as `GET /staff` lists them. */
export interface StaffMember {
  id: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: string[];
}

export const SESSION_OUTCOMES = ['agreed', 'partly_agreed', 'failed'] as const;
export const TERM_STATUSES = ['pending', 'fulfilled', 'partly', 'not_fulfilled'] as const;

/** Everything mediation keeps about one case, to refresh it all after a change. */
export const mediationKey = (caseId: string) => ['mediation', caseId] as const;

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
const sessionPath = (caseId: string, sessionId: string) =>
  `${casePath(caseId)}/sessions/${encodeURIComponent(sessionId)}`;

/** The sessions of a case, earliest first. */
export function useSessions(caseId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...mediationKey(caseId), 'sessions'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: MediationSession[] }>(`${casePath(caseId)}/sessions`, undefined, signal)
        .then((page) => page.items),
  });
}

/** The agreements of a case with their terms. */
export function useAgreements(caseId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...mediationKey(caseId), 'agreements'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: Agreement[] }>(`${casePath(caseId)}/agreements`, undefined, signal)
        .then((page) => page.items),
  });
}

/** Active users with the mediator role in `orgId`'s subtree; idle while `orgId` is undefined. */
export function useMediators(orgId: string | undefined) {
  return useQuery({
    queryKey: ['staff', orgId, 'mediator'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: StaffMember[] }>('/staff', { orgId, role: 'mediator' }, signal)
        .then((page) => page.items),
    enabled: orgId !== undefined,
    staleTime: 60_000,
  });
}

/** The caller's sessions starting in [from, to) (ISO instants). */
export function useCalendar(from: string, to: string) {
  return useQuery({
    queryKey: ['mediation', 'calendar', from, to],
    queryFn: ({ signal }) =>
      api
        .get<{ items: CalendarSession[] }>('/mediation/calendar', { from, to }, signal)
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

export const scheduleSession = (caseId: string, body: ScheduleSessionBody) =>
  api.post<MediationSession>(`${casePath(caseId)}/sessions`, body);

export const recordSession = (caseId: string, sessionId: string, body: SessionRecordBody) =>
  request<MediationSession>('PUT', `${sessionPath(caseId, sessionId)}/record`, { json: body });

export const setSessionOutcome = (caseId: string, sessionId: string, body: SessionOutcomeBody) =>
  api.post<MediationSession>(`${sessionPath(caseId, sessionId)}/outcome`, body);

/** Cancels a scheduled session with a reason (409 once it was held); its mediators are told. */
export const cancelSession = (caseId: string, sessionId: string, body: CancelSessionBody) =>
  api.post<MediationSession>(`${sessionPath(caseId, sessionId)}/cancel`, body);

/** Moves a scheduled session to a new time, place or online (409 once it was held). */
export const rescheduleSession = (caseId: string, sessionId: string, body: RescheduleSessionBody) =>
  api.post<MediationSession>(`${sessionPath(caseId, sessionId)}/reschedule`, body);

/** Voids (作废) an agreement before its performance starts: it keeps its number, loses its document. */
export const voidAgreement = (caseId: string, agreementId: string, body: { reason: string }) =>
  api.post<Agreement>(`${casePath(caseId)}/agreements/${encodeURIComponent(agreementId)}/void`, body);

/** A party refuses mediation: the case is recorded as failed; `notice` tells them the other routes. */
export const refuseMediation = (caseId: string, body: RefusalBody) =>
  api.post<{ notice: string; case: unknown }>(`${casePath(caseId)}/mediation/refusal`, body);

export const createAgreement = (caseId: string, body: CreateAgreementBody) =>
  api.post<Agreement>(`${casePath(caseId)}/agreements`, body);

export const setTermStatus = (caseId: string, agreementId: string, termId: string, body: TermStatusBody) =>
  api.patch<Agreement>(
    `${casePath(caseId)}/agreements/${encodeURIComponent(agreementId)}/terms/${encodeURIComponent(termId)}`,
    body,
  );

/** The paths of the generated Word documents (each generation is audited by the server). */
export const documentPaths = {
  agreement: (caseId: string, agreementId: string) =>
    `${casePath(caseId)}/agreements/${encodeURIComponent(agreementId)}/document`,
  record: (caseId: string, sessionId: string) => `${sessionPath(caseId, sessionId)}/record/document`,
  undisputedFacts: (caseId: string) => `${casePath(caseId)}/documents/undisputed-facts`,
  judicialApplication: (caseId: string, confirmationId: string) =>
    `${casePath(caseId)}/judicial-confirmations/${encodeURIComponent(confirmationId)}/application`,
};
