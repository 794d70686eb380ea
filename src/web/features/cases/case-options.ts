/**
 * The closed vocabularies of a case (DESIGN.md §3–4) in the order the UI lists them, each checked against
 * the server's schema types so a value added there fails the typecheck here until the UI knows it. Their
 * names live in the message catalogue under `channel.*`, `risk.*`, `flag.*`, `status.*`, …
 */
import type { CaseFlag, RegisterCaseBody } from '../../../modules/cases/cases.schemas.ts';
import type {
  REGISTERING_ROLES as SERVER_REGISTERING_ROLES,
  REVEALING_ROLES as SERVER_REVEALING_ROLES,
} from '../../../modules/cases/cases.service.ts';

export type Channel = RegisterCaseBody['channel'];
export type Risk = NonNullable<RegisterCaseBody['risk']>;
export type PetitionType = NonNullable<RegisterCaseBody['petitionType']>;
export type PartyKind = RegisterCaseBody['parties'][number]['kind'];
export type PartyRole = RegisterCaseBody['parties'][number]['role'];
export type { CaseFlag };

/** Compiles only when `Listed` names every member of `All`. */
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;

export const CHANNELS = [
  'walk_in',
  'hotline_12345',
  'phone',
  'grid_report',
  'online',
  'letter',
  'petition',
  'transfer',
  'open311',
  'court_referral',
] as const satisfies readonly Channel[];
/** Channels a case is registered with by hand: a court referral goes through its own form (/court-referrals). */
export const REGISTRABLE_CHANNELS = CHANNELS.filter((c) => c !== 'court_referral');
export const PETITION_TYPES = [
  'suggestion',
  'complaint',
  'appeal',
] as const satisfies readonly PetitionType[];
export const RISKS = ['low', 'medium', 'high', 'major'] as const satisfies readonly Risk[];
export const FLAGS = [
  'group_incident',
  'repeat',
  'urgent',
  'sensitive',
] as const satisfies readonly CaseFlag[];
export const PARTY_KINDS = ['person', 'organisation'] as const satisfies readonly PartyKind[];
export const PARTY_ROLES = ['applicant', 'respondent'] as const satisfies readonly PartyRole[];

const checks: [
  Exhaustive<Channel, (typeof CHANNELS)[number]>,
  Exhaustive<PetitionType, (typeof PETITION_TYPES)[number]>,
  Exhaustive<Risk, (typeof RISKS)[number]>,
  Exhaustive<CaseFlag, (typeof FLAGS)[number]>,
  Exhaustive<PartyKind, (typeof PARTY_KINDS)[number]>,
  Exhaustive<PartyRole, (typeof PARTY_ROLES)[number]>,
] = [true, true, true, true, true, true];
void checks;

/** The statuses of the case state machine (DESIGN.md §3); only `registered` is reached today. */
export const CASE_STATUSES = [
  'registered',
  'accepted',
  'rejected',
  'dispatched',
  'in_progress',
  'mediated_success',
  'mediated_failed',
  'resolved',
  'archived',
] as const;

/** Why two cases are related (the server's `related[].reasons`). */
export const RELATED_REASONS = [
  'same_party',
  'same_respondent',
  'same_place_category',
  'near_duplicate',
] as const;

export const STATUS_COLORS: Record<string, string> = {
  registered: 'blue',
  accepted: 'cyan',
  rejected: 'default',
  dispatched: 'geekblue',
  in_progress: 'processing',
  mediated_success: 'success',
  mediated_failed: 'warning',
  resolved: 'green',
  archived: 'default',
};

export const RISK_COLORS: Record<string, string> = {
  low: 'green',
  medium: 'gold',
  high: 'orange',
  major: 'red',
};

export const FLAG_COLORS: Record<string, string> = {
  group_incident: 'magenta',
  repeat: 'purple',
  urgent: 'red',
  sensitive: 'volcano',
};

export const RELATED_REASON_COLORS: Record<string, string> = {
  same_party: 'blue',
  same_respondent: 'geekblue',
  same_place_category: 'cyan',
  near_duplicate: 'orange',
};

/** Roles that may register cases and upload attachments (the server's REGISTERING_ROLES). */
export const REGISTERING_ROLES = [
  'intake',
  'grid_worker',
  'dispatcher',
  'mediator',
  'handler',
] as const satisfies typeof SERVER_REGISTERING_ROLES;

/** Roles that may ask for a party's whole ID number and phone (the server's REVEALING_ROLES). */
export const REVEALING_ROLES = [
  'intake',
  'grid_worker',
  'dispatcher',
  'mediator',
  'handler',
] as const satisfies typeof SERVER_REVEALING_ROLES;

/** Roles that may add attachments to a case (the server also lets leaders add them). */
export const ATTACHING_ROLES: readonly string[] = [...REGISTERING_ROLES, 'leader'];
