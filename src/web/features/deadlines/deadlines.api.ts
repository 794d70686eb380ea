/**
 * Time limits (DESIGN.md §3): the admin's deadline profiles (`/api/v1/deadline-profiles`) and a case's
 * timers with the time each organisation used (`/api/v1/cases/:id/timers`).
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type {
  CaseTimersSchema,
  CreateProfileBody,
  PatchProfileBody,
  ProfileSchema,
  TimerSchema,
} from '../../../modules/deadlines/deadlines.schemas.ts';
import { api } from '../../api/client.ts';

export type DeadlineProfile = Static<typeof ProfileSchema>;
export type CaseTimer = Static<typeof TimerSchema>;
export type CaseTimers = Static<typeof CaseTimersSchema>;
export type TimerUnit = DeadlineProfile['unit'];
export type { CreateProfileBody, PatchProfileBody };

export const TIMER_UNITS = ['calendar_days', 'working_days', 'hours'] as const satisfies readonly TimerUnit[];

export const PROFILES_QUERY_KEY = ['deadline-profiles'] as const;

/** Every deadline profile, active or not. */
export function useDeadlineProfiles() {
  return useQuery({
    queryKey: PROFILES_QUERY_KEY,
    queryFn: ({ signal }) =>
      api
        .get<{ items: DeadlineProfile[] }>('/deadline-profiles', undefined, signal)
        .then((page) => page.items),
    staleTime: 5 * 60_000,
  });
}

export const createProfile = (body: CreateProfileBody) =>
  api.post<DeadlineProfile>('/deadline-profiles', body);
export const updateProfile = (code: string, body: PatchProfileBody) =>
  api.patch<DeadlineProfile>(`/deadline-profiles/${encodeURIComponent(code)}`, body);

/** A case's timers; idle while `caseId` is undefined. */
export function useCaseTimers(caseId: string | undefined) {
  return useQuery({
    queryKey: ['timers', caseId],
    queryFn: ({ signal }) =>
      api.get<CaseTimers>(`/cases/${encodeURIComponent(caseId ?? '')}/timers`, undefined, signal),
    enabled: caseId !== undefined,
    staleTime: 30_000,
  });
}
