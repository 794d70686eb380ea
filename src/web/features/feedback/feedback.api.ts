/**
 * Visits in person (跑动次数) and satisfaction ratings of a case (issue 6), staff side: record a visit with
 * one click, list and record return-call ratings. Shapes come from the server's TypeBox schemas.
 */
import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  RatingListSchema,
  RatingValueSchema,
  RecordedVisitSchema,
  RecordRatingBody,
  RecordVisitBody,
  RatingSchema,
} from '../../../modules/feedback/feedback.schemas.ts';
import { api } from '../../api/client.ts';
import { caseQueryKey } from '../cases/cases.api.ts';

export type CaseRating = Static<typeof RatingSchema>;
export type RatingValue = Static<typeof RatingValueSchema>;

/** Roles that record visits and return calls (the server's FEEDBACK_ROLES: every role but admin). */
export const FEEDBACK_ROLES = ['intake', 'grid_worker', 'dispatcher', 'mediator', 'handler', 'leader'];
/** Statuses in which a party's satisfaction may be recorded (the server's RATABLE_STATUSES). */
export const RATABLE_STATUSES = ['resolved', 'archived'];

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
const ratingsKey = (caseId: string) => [...caseQueryKey(caseId), 'ratings'] as const;

export function useCaseRatings(caseId: string) {
  return useQuery({
    queryKey: ratingsKey(caseId),
    queryFn: ({ signal }) =>
      api.get<Static<typeof RatingListSchema>>(`${casePath(caseId)}/ratings`, undefined, signal),
  });
}

/** Records a visit now; the case (its visit count and timeline) is read again. */
export function useRecordVisit(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordVisitBody) =>
      api.post<Static<typeof RecordedVisitSchema>>(`${casePath(caseId)}/visits`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
  });
}

/** Records a party's rating on a return call; the case and its ratings are read again. */
export function useRecordRating(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordRatingBody) => api.post<CaseRating>(`${casePath(caseId)}/ratings`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
  });
}
