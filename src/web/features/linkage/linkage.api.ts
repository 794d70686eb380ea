/**
 * Litigation linkage and petitions over the API (issue 5): a petition's written replies (答复意见书) and
 * review requests (复查 / 复核), and the court-linkage list of transfers to and referrals from courts, with
 * the registration of a court's referral and the recording of an outcome. Shapes come from the server's
 * TypeBox schemas (types only, STYLE.md §11).
 */
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import type {
  CourtReferralBody,
  PetitionReplyBody,
  PetitionReplySchema,
  PetitionReviewBody,
  PetitionReviewSchema,
  ReviewDecisionBody,
  TransferOutcomeBody,
  TransferSchema,
} from '../../../modules/linkage/linkage.schemas.ts';
import { api } from '../../api/client.ts';

export type PetitionReply = Static<typeof PetitionReplySchema>;
export type PetitionReview = Static<typeof PetitionReviewSchema>;
export type CourtTransfer = Static<typeof TransferSchema>;
export type {
  CourtReferralBody,
  PetitionReplyBody,
  PetitionReviewBody,
  ReviewDecisionBody,
  TransferOutcomeBody,
};

export const REFERRAL_KINDS = ['entrusted', 'pre_litigation'] as const;
export const TRANSFER_OUTCOMES = ['settled', 'not_settled', 'withdrawn'] as const;
/** The timer kinds (and deadline profiles) of the two review levels. */
export const REVIEW_TIMER_KINDS = { review: 'petition_review', rereview: 'petition_rereview' } as const;

/** Everything petitions keep about one case, to refresh it all after a change. */
export const petitionKey = (caseId: string) => ['petitions', caseId] as const;
export const COURT_TRANSFERS_KEY = ['court-transfers'] as const;

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

export const petitionPaths = {
  replyDocument: (caseId: string, replyId: string) =>
    `${casePath(caseId)}/petition-replies/${encodeURIComponent(replyId)}/document`,
};

/** The written replies of a petition, oldest first. */
export function usePetitionReplies(caseId: string) {
  return useQuery({
    queryKey: [...petitionKey(caseId), 'replies'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: PetitionReply[] }>(`${casePath(caseId)}/petition-replies`, undefined, signal)
        .then((page) => page.items),
  });
}

/** The review and re-review requests of a petition, oldest first. */
export function usePetitionReviews(caseId: string) {
  return useQuery({
    queryKey: [...petitionKey(caseId), 'reviews'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: PetitionReview[] }>(`${casePath(caseId)}/petition-reviews`, undefined, signal)
        .then((page) => page.items),
  });
}

export const replyToPetition = (caseId: string, body: PetitionReplyBody) =>
  api.post<PetitionReply>(`${casePath(caseId)}/petition-reply`, body);

export const requestPetitionReview = (caseId: string, body: PetitionReviewBody) =>
  api.post<PetitionReview>(`${casePath(caseId)}/petition-reviews`, body);

export const decidePetitionReview = (caseId: string, reviewId: string, body: ReviewDecisionBody) =>
  api.post<PetitionReview>(
    `${casePath(caseId)}/petition-reviews/${encodeURIComponent(reviewId)}/decision`,
    body,
  );

export interface TransferFilter {
  direction?: 'to_court' | 'from_court';
  /** true: awaiting an outcome; false: outcome recorded; undefined: all. */
  open?: boolean;
}

/** Transfers and referrals of cases in the caller's subtree, newest first. */
export function useCourtTransfers(filter: TransferFilter) {
  return useQuery({
    queryKey: [...COURT_TRANSFERS_KEY, filter],
    queryFn: ({ signal }) =>
      api
        .get<{ items: CourtTransfer[] }>(
          '/court-transfers',
          { direction: filter.direction, open: filter.open },
          signal,
        )
        .then((page) => page.items),
    placeholderData: (previous) => previous,
  });
}

export const registerCourtReferral = (body: CourtReferralBody) =>
  api.post<CourtTransfer & { deadline?: string | null }>('/court-referrals', body);

export const recordTransferOutcome = (id: string, body: TransferOutcomeBody) =>
  api.post<CourtTransfer>(`/court-transfers/${encodeURIComponent(id)}/outcome`, body);
