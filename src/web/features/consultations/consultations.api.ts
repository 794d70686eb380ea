/**
 * "3+X" consultations (会商研判, issue 5): the list of the caller's subtree, one consultation, a case's
 * consultations, the tasks its decisions became, and the writes (convene, minutes, cancel, task done).
 * Shapes come from the server's TypeBox schemas (types only, STYLE.md §11).
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type {
  ConsultationListItemSchema,
  ConsultationSchema,
  ConveneBody,
  MinutesBody,
  ParticipantSchema,
  TaskSchema,
} from '../../../modules/consultations/consultations.schemas.ts';
import { api, request } from '../../api/client.ts';
import type { StaffMember } from '../users/staff.api.ts';

export type Consultation = Static<typeof ConsultationSchema>;
export type ConsultationListItem = Static<typeof ConsultationListItemSchema>;
export type ConsultationParticipant = Static<typeof ParticipantSchema>;
export type ConsultationTask = Static<typeof TaskSchema>;
export type { ConveneBody, MinutesBody };

export const CONSULTATION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
/** Participant kinds in the order they are shown: the "3", then the "X", then others. */
export const PARTICIPANT_KINDS = ['judge', 'chief_mediator', 'legal_aid', 'department', 'other'] as const;

/** Everything consultations keep, to refresh it all after a change. */
export const CONSULTATIONS_KEY = ['consultations'] as const;
const TASKS_KEY = [...CONSULTATIONS_KEY, 'tasks'] as const;

const consultationPath = (id: string) => `/consultations/${encodeURIComponent(id)}`;

/** Consultations of the caller's subtree, latest meeting first; all states when `status` is undefined. */
export function useConsultations(status: ConsultationStatus | undefined) {
  return useQuery({
    queryKey: [...CONSULTATIONS_KEY, 'list', { status }],
    queryFn: ({ signal }) =>
      api
        .get<{ items: ConsultationListItem[] }>('/consultations', { status }, signal)
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

/** One consultation with its participants and tasks. */
export function useConsultation(id: string | undefined) {
  return useQuery({
    queryKey: [...CONSULTATIONS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<Consultation>(consultationPath(id!), undefined, signal),
    enabled: id !== undefined,
  });
}

/** The consultations of one case, earliest first. */
export function useCaseConsultations(caseId: string) {
  return useQuery({
    queryKey: [...CONSULTATIONS_KEY, 'case', caseId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: Consultation[] }>(
          `/cases/${encodeURIComponent(caseId)}/consultations`,
          undefined,
          signal,
        )
        .then((page) => page.items),
  });
}

export interface TaskFilter {
  status?: 'open' | 'done' | 'overdue';
  /** Only the caller's own organisation's tasks or those assigned to the caller. */
  mine?: boolean;
}

/** Consultation tasks owned in the caller's subtree (or the caller's own), earliest due first. */
export function useConsultationTasks(filter: TaskFilter) {
  return useQuery({
    queryKey: [...TASKS_KEY, filter],
    queryFn: ({ signal }) =>
      api
        .get<{ items: ConsultationTask[] }>(
          '/consultation-tasks',
          { status: filter.status, mine: filter.mine },
          signal,
        )
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

/** Every active colleague of `orgId` and below, whatever their role (participants and task owners). */
export function useOrgStaff(orgId: string | undefined) {
  return useQuery({
    queryKey: ['staff', orgId, 'all-roles'],
    queryFn: ({ signal }) =>
      api.get<{ items: StaffMember[] }>('/staff', { orgId }, signal).then((page) => page.items),
    enabled: orgId !== undefined,
    staleTime: 60_000,
  });
}

export const conveneConsultation = (caseId: string, body: ConveneBody) =>
  api.post<Consultation>(`/cases/${encodeURIComponent(caseId)}/consultations`, body);

export const recordMinutes = (id: string, body: MinutesBody) =>
  request<Consultation & { addedTaskIds: string[] }>('PUT', `${consultationPath(id)}/minutes`, {
    json: body,
  });

export const cancelConsultation = (id: string, reason: string) =>
  api.post<Consultation>(`${consultationPath(id)}/cancel`, { reason });

export const completeTask = (id: string, note: string) =>
  api.post<ConsultationTask>(`/consultation-tasks/${encodeURIComponent(id)}/done`, { note });
