/**
 * Litigation linkage and petitions (issue 5, 诉调对接 and 信访): failed mediations handed to
 * a court with their package, cases a court sends down for pre-litigation mediation with
 * their own clock and outcome (the basis of 诉前化解率), and a petition's written reply with
 * its review (复查) and re-review (复核) requests.
 */
export {
  transferToCourt,
  registerCourtReferral,
  recordTransferOutcome,
  listCourtTransfers,
  listCaseTransfers,
  listClosedCourtReferrals,
  COURT_REFERRAL_TIMER,
  REFERRAL_ROLES,
  type CourtTransferView,
} from './court-transfers.service.ts';
export {
  litigationPackage,
  ATTACHMENT_FOLDER,
  type LitigationPackage,
} from './litigation-package.service.ts';
export { replyToPetition, listPetitionReplies, petitionReplyDocument } from './petition-replies.service.ts';
export {
  requestPetitionReview,
  decidePetitionReview,
  listPetitionReviews,
  REVIEW_TIMER,
} from './petition-reviews.service.ts';
export { REVIEW_REQUEST_WINDOW_DAYS } from './linkage-rules.ts';
export { courtLinkageRoutes } from './court-linkage.routes.ts';
export { petitionsRoutes } from './petitions.routes.ts';
