/**
 * Feedback from citizens: visits in person (跑动次数) and satisfaction ratings (评价) with the
 * dispatcher's review of every "不满意".
 */
export { recordVisit, listVisits, FEEDBACK_ROLES } from './visits.service.ts';
export {
  saveRating,
  recordRating,
  listRatings,
  partyRatingState,
  RATABLE_STATUSES,
  RATING_TEXT,
  type SaveRatingInput,
} from './ratings.service.ts';
export { RatingValueSchema } from './feedback.schemas.ts';
export { feedbackRoutes } from './feedback.routes.ts';
