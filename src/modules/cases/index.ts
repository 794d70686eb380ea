/**
 * The case registry (一网归集): registration from every channel, parties with protected
 * personal data, attachments, Chinese search and related cases.
 */
export {
  registerCase,
  getCase,
  revealParty,
  assertCaseVisible,
  REGISTERING_ROLES,
  INITIAL_STATUS,
  findCaseSummary,
  appendCaseEvent,
  listCaseParties,
  partiesForDocument,
  nextSequence,
  countVisit,
  countCaseEvents,
} from './cases.service.ts';
export { listCases } from './case-list.service.ts';
export { importCaseRecords, type CaseImportResult } from './case-import.ts';
export {
  addAttachments,
  addCitizenAttachments,
  countCitizenAttachments,
  openAttachment,
  type UploadedFile,
} from './attachments.service.ts';
export { casesRoutes } from './cases.routes.ts';
export { caseActionsRoutes } from './case-actions.routes.ts';
export { refreshDeadlineColumns } from './case-effects.ts';
export { applyCaseAction } from './case-actions.service.ts';
export {
  STATUSES,
  OPEN_STATUSES,
  ACTIONS,
  TRANSITIONS,
  type CaseStatus,
  type CaseAction,
} from './case-lifecycle.ts';
export type { RegisterCaseBody, PartyInput } from './cases.schemas.ts';
export { RegisterCaseBodySchema } from './cases.schemas.ts';
export { toDocumentParty, disputeTypeName, type CaseDocumentParty } from './document-parties.ts';
