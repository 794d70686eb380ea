/**
 * The single typed schema of every table (STYLE.md §8). Changes in the same commit as
 * the migration that changes the table. Property names are camelCase; the database
 * columns are snake_case (Kysely CamelCasePlugin). Instants are ISO-8601 UTC text,
 * booleans 0/1 integers, JSON as text.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export const ORG_TYPES = [
  'district',
  'street',
  'community',
  'grid',
  'department',
  'mediation_committee',
  'judicial_office',
  'petition_bureau',
  'legal_aid',
  'court_liaison',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ROLES = [
  'intake',
  'grid_worker',
  'dispatcher',
  'mediator',
  'handler',
  'leader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface OrgsTable {
  id: string;
  code: string;
  name: string;
  type: OrgType;
  specialty: string | null;
  parentId: string | null;
  /** Materialised path of ids, `/root/child/self/`: a subtree is a prefix match. */
  path: string;
  depth: number;
  /** GeoJSON Polygon or MultiPolygon as text (grids). */
  boundary: string | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  passwordHash: string;
  isActive: number;
  isDemo: number;
  failedLoginCount: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserRolesTable {
  userId: string;
  role: Role;
}

export interface SessionsTable {
  /** SHA-256 of the session token: a stolen database does not yield live cookies. */
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  /** First characters of the token, to recognise it in lists. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  /** JSON object with the particulars of the action. */
  detail: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

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
] as const;
export type Channel = (typeof CHANNELS)[number];
export const RISKS = ['low', 'medium', 'high', 'major'] as const;
export type Risk = (typeof RISKS)[number];
export const PETITION_TYPES = ['suggestion', 'complaint', 'appeal'] as const;
export type PetitionType = (typeof PETITION_TYPES)[number];

export interface CategoriesTable {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  isActive: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseCountersTable {
  key: string;
  value: number;
}

export interface CasesTable {
  id: string;
  /** `{district code}-{year}-{6-digit sequence}`, gap-free per year. */
  number: string;
  channel: Channel;
  categoryCode: string;
  petitionType: PetitionType | null;
  subject: string;
  description: string;
  occurredAt: string | null;
  gridId: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  peopleInvolved: number;
  amountFen: number | null;
  risk: Risk;
  isGroupIncident: number;
  isRepeat: number;
  isUrgent: number;
  isSensitive: number;
  status: string;
  version: number;
  registeredOrgId: string;
  registeredBy: string | null;
  currentOrgId: string;
  visits: number;
  /** Space-separated search terms (src/text), indexed by FTS5 or a tsvector. */
  searchTerms: string;
  /** 64-bit SimHash of the description, 16 hex characters. */
  simhash: string;
  createdAt: string;
  updatedAt: string;
}

/** Which organisations a case is visible to, and why (DESIGN.md §1: the case's path). */
export interface CaseOrgsTable {
  caseId: string;
  orgId: string;
  relation: 'registered' | 'place' | 'current' | 'handler' | 'co_handler';
}

export interface CasePartiesTable {
  id: string;
  caseId: string;
  position: number;
  kind: 'person' | 'organisation';
  role: 'applicant' | 'respondent';
  name: string;
  gender: string | null;
  ethnicity: string | null;
  address: string | null;
  /** AES-256-GCM ciphertext; `…Hash` is the keyed hash for exact lookup; `…Masked` what the API shows. */
  idNumberEnc: string | null;
  idNumberHash: string | null;
  idNumberMasked: string | null;
  phoneEnc: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  agentName: string | null;
  agentPhoneEnc: string | null;
  agentPhoneMasked: string | null;
}

export interface CaseEventsTable {
  id: string;
  caseId: string;
  seq: number;
  at: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  orgId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  data: string | null;
}

export interface CaseAttachmentsTable {
  id: string;
  caseId: string;
  sha256: string;
  size: number;
  mimeType: string;
  fileName: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface CaseLinksTable {
  caseId: string;
  relatedCaseId: string;
  reason: 'same_party' | 'same_respondent' | 'same_place_category' | 'near_duplicate';
  score: number;
  createdAt: string;
}

export interface CaseSimhashBandsTable {
  band: string;
  caseId: string;
}

export interface Database {
  orgs: OrgsTable;
  users: UsersTable;
  userRoles: UserRolesTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
  categories: CategoriesTable;
  caseCounters: CaseCountersTable;
  cases: CasesTable;
  caseOrgs: CaseOrgsTable;
  caseParties: CasePartiesTable;
  caseEvents: CaseEventsTable;
  caseAttachments: CaseAttachmentsTable;
  caseLinks: CaseLinksTable;
  caseSimhashBands: CaseSimhashBandsTable;
}

export type OrgRow = Selectable<OrgsTable>;
export type NewOrgRow = Insertable<OrgsTable>;
export type OrgUpdate = Updateable<OrgsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type CaseRow = Selectable<CasesTable>;
export type CasePartyRow = Selectable<CasePartiesTable>;
export type CaseEventRow = Selectable<CaseEventsTable>;
export type CategoryRow = Selectable<CategoriesTable>;

// Keep the imported helpers referenced for tables added later.
export type { ColumnType, Generated };
