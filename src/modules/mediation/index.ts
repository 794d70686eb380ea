/**
 * Mediation and what follows it (一网办理): sessions and records, agreements with their
 * terms, follow-up visits, and judicial confirmation.
 */
export {
  scheduleSession,
  recordSession,
  setSessionOutcome,
  refuseMediation,
  listSessions,
  mediatorCalendar,
  OTHER_ROUTES_NOTICE,
} from './sessions.service.ts';
export { cancelSession, rescheduleSession } from './session-changes.service.ts';
export { voidAgreement } from './agreement-void.service.ts';
export {
  createAgreement,
  listAgreements,
  getAgreement,
  setTermStatus,
  type AgreementView,
} from './agreements.service.ts';
export {
  scheduleFollowups,
  listFollowups,
  recordFollowup,
  notifyDueFollowups,
  followupIntervals,
  setFollowupIntervals,
  cancelFollowups,
} from './followups.service.ts';
export {
  applyForConfirmation,
  recordCourtAcceptance,
  recordCourtDecision,
  listJudicial,
  listJudicialInScope,
} from './judicial.service.ts';
export { mediationRoutes } from './mediation.routes.ts';
export { followupsRoutes } from './followups.routes.ts';
export { documentsRoutes } from './documents.routes.ts';
export { agreementDocument, type GeneratedDocument } from './documents.service.ts';
