/**
 * What the user may do on a petition (信访工作条例 2022 art. 35) now: write the reply (答复意见书) while the
 * case is accepted and not closed, record a request for review (复查) of the latest reply once, a request
 * for re-review (复核) of a decided review once, and the decision of an undecided request. Only a holder
 * of the case (a working role in the subtree holding it) does these. The server checks the same and stays
 * the authority; this only spares people buttons that would be refused.
 */

/** Roles that hold and work cases (as linkage-access.ts on the server). */
export const PETITION_HOLDER_ROLES = ['dispatcher', 'handler', 'mediator', 'grid_worker'] as const;
/** Statuses in which the written reply may be issued (as petition-replies.service.ts). */
export const REPLY_STATUSES = [
  'accepted',
  'dispatched',
  'in_progress',
  'mediated_success',
  'mediated_failed',
  'resolved',
] as const;

export interface PetitionAccess {
  reply: boolean;
  review: boolean;
  rereview: boolean;
  /** Whether the user may record decisions (on requests not decided yet). */
  decide: boolean;
}

interface Review {
  id: string;
  replyId: string;
  reviewOfId: string | null;
  level: string;
  decision: string | null;
}

export function petitionAccess(args: {
  status: string;
  currentOrgId: string;
  /** The organisations of the user's subtree (`GET /orgs`). */
  visibleOrgIds: ReadonlySet<string>;
  roles: readonly string[];
  replies: readonly { id: string }[];
  reviews: readonly Review[];
}): PetitionAccess {
  const works =
    args.visibleOrgIds.has(args.currentOrgId) &&
    PETITION_HOLDER_ROLES.some((role) => args.roles.includes(role));
  const latestReply = args.replies.at(-1);
  const latestReview = args.reviews.filter((r) => r.level === 'review').at(-1);
  return {
    reply: works && (REPLY_STATUSES as readonly string[]).includes(args.status),
    review:
      works &&
      latestReply !== undefined &&
      !args.reviews.some((r) => r.level === 'review' && r.replyId === latestReply.id),
    rereview:
      works &&
      latestReview !== undefined &&
      latestReview.decision !== null &&
      !args.reviews.some((r) => r.level === 'rereview' && r.reviewOfId === latestReview.id),
    decide: works,
  };
}
