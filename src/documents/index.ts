/**
 * Word documents of mediation and what follows it (issue 5): pure builders that take a plain,
 * fully resolved input and return the .docx as a Buffer — no database, no HTTP. Callers that
 * put unmasked names and ID numbers into a document audit its generation.
 */
export { DOCX_MIME, documentStyles, packDocument, type DocumentContent } from './document-styles.ts';
export {
  amountInCapitals,
  amountInFigures,
  amountText,
  chineseNumeral,
  subItemMarker,
  termMarker,
} from './chinese-numerals.ts';
export { chineseDate, chineseDateTime, chineseTime, chineseTimeSpan } from './chinese-dates.ts';
export {
  asSentence,
  blankLine,
  bodyText,
  bodyTexts,
  fieldLine,
  flushLine,
  gridTable,
  heading,
  labelledText,
  labelledTexts,
  numberLine,
  numberedItems,
  plainText,
  sealBlock,
  signatureTable,
  subItems,
  titleLine,
  type ParagraphOptions,
} from './paragraphs.ts';
export {
  PARTY_ROLE_LABEL,
  describeAgent,
  describeParticulars,
  partiesInProse,
  partyParagraphs,
  type AgentParticulars,
  type DocumentParty,
  type OrganisationParticulars,
  type PartyRole,
  type PersonParticulars,
} from './parties.ts';
export {
  SESSION_OUTCOME_LABEL,
  mediatorNames,
  termSentence,
  type AgreementTerm,
  type MediatorRef,
  type SessionOutcome,
} from './mediation-vocabulary.ts';
export { mediationAgreement, type MediationAgreementInput } from './mediation-agreement.ts';
export {
  mediationRecord,
  type MediationRecordInput,
  type SessionAttendee,
  type SessionStatement,
} from './mediation-record.ts';
export { undisputedFacts, type UndisputedFactsInput } from './undisputed-facts.ts';
export {
  judicialConfirmationApplication,
  type JudicialConfirmationApplicationInput,
} from './judicial-confirmation-application.ts';
export { petitionReply, type PetitionReplyInput } from './petition-reply.ts';
export {
  litigationSummary,
  type LitigationSummaryInput,
  type MaterialItem,
  type SessionSummary,
} from './litigation-summary.ts';
