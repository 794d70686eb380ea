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
  /** Where notifications are also e-mailed (optional). */
  email: string | null;
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
  'court_referral',
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
  assignedUserId: string | null;
  /** The organisation that dispatched the case: where a return sends it back. */
  dispatchedByOrgId: string | null;
  isSuspended: Generated<number>;
  /** A pending extension request as JSON `{amount, reason, requestedBy, requestedAt}`. */
  extensionRequest: string | null;
  /** A leader must look at it (set by routing rules). */
  needsLeader: Generated<number>;
  outcome: 'success' | 'failure' | null;
  /** Level of the most urgent open deadline, kept by actions and the sweep: null, 'normal', 'yellow', 'red'. */
  deadlineLevel: string | null;
  dueAt: string | null;
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

export interface CaseSupervisionsTable {
  id: string;
  caseId: string;
  source: 'leader' | 'deadline_red';
  urgency: 'normal' | 'urgent' | 'critical';
  note: string;
  /** The organisation that must reply (the case's holder when it was raised). */
  orgId: string;
  createdBy: string | null;
  replyDueAt: string;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: string | null;
  createdAt: string;
}

/** An exception to "Monday–Friday work, Saturday–Sunday rest" (the district calendar). */
export interface CalendarDaysTable {
  /** Local date `YYYY-MM-DD`. */
  day: string;
  kind: 'holiday' | 'workday';
  /** 国庆节, 春节, 春节调休上班… */
  name: string;
  source: 'official' | 'admin';
  updatedAt: string;
}

export const TIMER_UNITS = ['calendar_days', 'working_days', 'hours'] as const;
export type TimerUnit = (typeof TIMER_UNITS)[number];

/** An admin-set time limit per category and case state. */
export interface DeadlineProfilesTable {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: TimerUnit;
  amount: number;
  /** JSON array of shares of the time, e.g. `[0.5,0.75]`: the last below 1 starts yellow. */
  warnShares: string;
  /** Null: any category. */
  categoryCode: string | null;
  /** The case status the profile applies to; null: started by code only. */
  state: string | null;
  /** Null: no limit on extensions. */
  maxExtensionAmount: number | null;
  isActive: number;
  createdAt: string;
  updatedAt: string;
}

/** One time limit running on a case (acceptance, handling, petition handling…). */
export interface CaseTimersTable {
  id: string;
  caseId: string;
  kind: string;
  profileCode: string;
  unit: TimerUnit;
  amount: number;
  extensionAmount: number;
  startedAt: string;
  stoppedAt: string | null;
  status: 'running' | 'paused' | 'stopped';
  /** The warning stage the sweep last acted on. */
  lastLevel: 'reminder' | 'yellow' | 'red' | null;
  createdAt: string;
  updatedAt: string;
}

export interface CaseTimerPausesTable {
  id: string;
  timerId: string;
  pausedAt: string;
  resumedAt: string | null;
  reason: string;
}

/** Which organisation held the case when (per-organisation deadline attribution). */
export interface CaseCustodyTable {
  id: string;
  caseId: string;
  orgId: string;
  startedAt: string;
  endedAt: string | null;
}

/** Where a routing rule sends a case: a fixed organisation or one found from the case. */
export const ROUTE_TARGET_KINDS = ['org', 'place_street', 'place_community', 'registering_org'] as const;
export type RouteTargetKind = (typeof ROUTE_TARGET_KINDS)[number];

/** Ordered routing rules (分流规则): the first active rule whose conditions hold proposes the route. */
export interface RoutingRulesTable {
  id: string;
  position: number;
  name: string;
  isActive: number;
  /** JSON object of conditions (src/modules/routing/route-conditions.ts). */
  conditions: string;
  targetKind: RouteTargetKind;
  /** Set exactly when `targetKind` is `org`. */
  targetOrgId: string | null;
  /** JSON array of organisation ids (协办). */
  coHandlerOrgIds: string;
  /** Deadline profile code (no foreign key), e.g. `labour_handling`. */
  profileCode: string | null;
  autoDispatch: number;
  leaderFlag: number;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The route proposed for a case at registration, with its "why this route" explanation (JSON). */
export interface CaseRouteProposalsTable {
  caseId: string;
  ruleId: string | null;
  targetOrgId: string | null;
  coHandlerOrgIds: string;
  profileCode: string | null;
  autoDispatch: number;
  leaderFlag: number;
  explanation: string;
  createdAt: string;
}

export interface MediationSessionsTable {
  id: string;
  caseId: string;
  startsAt: string;
  place: string | null;
  isOnline: number;
  status: 'scheduled' | 'held' | 'cancelled';
  /** 调解笔录 as JSON: `{attendance: [{partyId, present}], statements: [{partyId, text}], facts, proposals}`. */
  record: string | null;
  outcome: 'agreed' | 'partly_agreed' | 'failed' | null;
  outcomeReason: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
  /** Set when the session was cancelled by hand (not when a refusal of mediation cancelled it). */
  cancelReason: string | null;
  cancelledBy: string | null;
  cancelledAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MediationSessionMediatorsTable {
  sessionId: string;
  userId: string;
  isLead: number;
}

export interface MediationSessionInviteesTable {
  sessionId: string;
  partyId: string;
}

export interface AgreementsTable {
  id: string;
  caseId: string;
  number: string;
  form: 'written' | 'oral';
  facts: string;
  disputedMatters: string;
  performanceCheck: string | null;
  copies: number;
  sessionId: string | null;
  committeeOrgId: string;
  /** JSON array of user ids. */
  mediatorIds: string;
  /** The day the agreement takes effect (YYYY-MM-DD, Asia/Shanghai). */
  effectiveOn: string;
  createdBy: string | null;
  createdAt: string;
  /** 作废: an agreement voided before its performance started keeps its number. */
  voidReason: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
}

export interface AgreementTermsTable {
  id: string;
  agreementId: string;
  position: number;
  obligorPartyId: string | null;
  obligation: string;
  amountFen: number | null;
  dueDate: string | null;
  status: 'pending' | 'fulfilled' | 'partly' | 'not_fulfilled';
  checkedAt: string | null;
  note: string | null;
}

export interface FollowupsTable {
  id: string;
  caseId: string;
  agreementId: string | null;
  /** The organisation that must make the visit (the case's holder at resolution). */
  orgId: string;
  dueOn: string;
  status: 'pending' | 'done' | 'cancelled';
  result: 'fulfilled' | 'partly' | 'not_fulfilled' | null;
  note: string | null;
  notifiedAt: string | null;
  doneBy: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updatedAt: string;
}

export interface JudicialConfirmationsTable {
  id: string;
  caseId: string;
  agreementId: string;
  court: string;
  appliedOn: string;
  /** Last day to apply: 30 days after the agreement took effect (人民调解法 art. 33). */
  windowEndsOn: string;
  acceptedOn: string | null;
  courtCaseNumber: string | null;
  decision: 'confirmed' | 'not_confirmed' | null;
  decisionReason: string | null;
  nextStep: 'mediation' | 'litigation' | null;
  decidedOn: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Litigation linkage (诉调对接, modules/linkage): `to_court` hands a failed mediation to a
 * court; `from_court` is a court's referral for mediation (registered with channel
 * 'court_referral'). A `from_court` row with outcome 'settled' counts toward 诉前化解率.
 */
export interface CourtTransfersTable {
  id: string;
  caseId: string;
  direction: 'to_court' | 'from_court';
  court: string;
  courtCaseNumber: string | null;
  /** For `from_court`: 委派调解 (entrusted) or 诉前调解 (pre_litigation). */
  referralKind: 'entrusted' | 'pre_litigation' | null;
  note: string | null;
  outcome: 'settled' | 'not_settled' | 'withdrawn' | null;
  outcomeNote: string | null;
  /** The day of the outcome, `YYYY-MM-DD` (Asia/Shanghai). */
  outcomeOn: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A petition's written reply (信访事项处理意见书, modules/linkage). */
export interface PetitionRepliesTable {
  id: string;
  caseId: string;
  number: string;
  /** The body that handled the petition and issues the reply. */
  issuerOrgId: string;
  factsFound: string;
  opinion: string;
  basis: string | null;
  /** The body at the next level up that reviews (复查) on request. */
  reviewBody: string;
  repliedOn: string;
  createdBy: string | null;
  createdAt: string;
}

/** A request for review (复查) of a reply, or re-review (复核) of a review (modules/linkage). */
export interface PetitionReviewsTable {
  id: string;
  caseId: string;
  replyId: string;
  /** For a re-review: the review whose decision is contested. */
  reviewOfId: string | null;
  level: 'review' | 'rereview';
  body: string;
  requestedOn: string;
  /** Last day the request could be made (30 days after the reply or the review decision). */
  windowEndsOn: string;
  decision: 'upheld' | 'changed' | null;
  decisionNote: string | null;
  decidedOn: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
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
  routingRules: RoutingRulesTable;
  caseRouteProposals: CaseRouteProposalsTable;
  calendarDays: CalendarDaysTable;
  deadlineProfiles: DeadlineProfilesTable;
  caseTimers: CaseTimersTable;
  caseTimerPauses: CaseTimerPausesTable;
  caseCustody: CaseCustodyTable;
  caseSupervisions: CaseSupervisionsTable;
  mediationSessions: MediationSessionsTable;
  mediationSessionMediators: MediationSessionMediatorsTable;
  mediationSessionInvitees: MediationSessionInviteesTable;
  agreements: AgreementsTable;
  agreementTerms: AgreementTermsTable;
  followups: FollowupsTable;
  appSettings: AppSettingsTable;
  judicialConfirmations: JudicialConfirmationsTable;
  courtTransfers: CourtTransfersTable;
  petitionReplies: PetitionRepliesTable;
  petitionReviews: PetitionReviewsTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
  webhooks: WebhooksTable;
  caseVisits: CaseVisitsTable;
  caseRatings: CaseRatingsTable;
  portalAccess: PortalAccessTable;
  rateLimits: RateLimitsTable;
  rooms: RoomsTable;
  roomMessages: RoomMessagesTable;
  roomFiles: RoomFilesTable;
  roomTickets: RoomTicketsTable;
  roomDrafts: RoomDraftsTable;
  roomConfirmations: RoomConfirmationsTable;
  consultations: ConsultationsTable;
  consultationParticipants: ConsultationParticipantsTable;
  consultationTasks: ConsultationTasksTable;
  reports: ReportsTable;
  statsDailyCounts: StatsDailyCountsTable;
  statsOrgClosure: StatsOrgClosureTable;
  statsDirty: StatsDirtyTable;
  statsDailyFacets: StatsDailyFacetsTable;
  reportSubscriptions: ReportSubscriptionsTable;
}

/** A party's visit in person for a case (跑动次数), recorded by the window. */
export interface CaseVisitsTable {
  id: string;
  caseId: string;
  partyId: string | null;
  visitedAt: string;
  recordedBy: string | null;
  note: string | null;
}

export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** Satisfaction (评价) of one party with one resolution of a case. */
export interface CaseRatingsTable {
  id: string;
  caseId: string;
  partyId: string | null;
  /** Which resolution: the number of `resolve` events when it was given (a reopened case asks again). */
  resolutionSeq: number;
  rating: Rating;
  comment: string | null;
  source: 'portal' | 'staff';
  createdBy: string | null;
  createdAt: string;
}

/** The citizen's key to an online case: SHA-256 of the tracking code, with the lock-out state. */
export interface PortalAccessTable {
  id: string;
  caseId: string;
  partyId: string;
  codeHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
}

/** A fixed-window request counter, shared by every process. */
export interface RateLimitsTable {
  key: string;
  windowStart: string;
  count: number;
}

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** One run of a job (src/jobs): claimed by one process under a lease. */
export interface JobsTable {
  id: string;
  name: string;
  /** JSON object handed to the handler. */
  payload: string;
  runAt: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  /** `pid:random` of the process running it. */
  lockedBy: string | null;
  /** A running job whose lease has passed belongs to a dead process and is claimable again. */
  leaseUntil: string | null;
  lastError: string | null;
  /** `name:slot start` for periodic jobs (unique). */
  dedupeKey: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a notification is about; webhooks subscribe to these. Extend here when a workflow adds one. */
export const NOTIFICATION_KINDS = [
  'assignment',
  'co_handle',
  'returned',
  'transferred',
  'escalated',
  'deadline_yellow',
  'deadline_red',
  'supervision',
  'supervision_reply',
  'extension_request',
  'extension_decision',
  'rating_review',
  'leader_attention',
  'session_invitation',
  'session_changed',
  'followup_due',
  'reopened',
  'consultation_invitation',
  'consultation_task',
  'system',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationsTable {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface OutboxTable {
  id: string;
  channel: 'email' | 'webhook';
  /** An e-mail address, or a webhook id. */
  target: string;
  subject: string;
  body: string;
  /** JSON: the event (`kind`, `title`, `body`, `caseId`, `userIds`). */
  payload: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface WebhooksTable {
  id: string;
  url: string;
  /** The signing secret, encrypted with the personal-data key. */
  secret: string;
  /** JSON array of NotificationKind. */
  kinds: string;
  isActive: number;
  createdAt: string;
  updatedAt: string;
}

/** A generated report (issue 7, modules/stats): files in the content-addressed store by SHA-256. */
export interface ReportsTable {
  id: string;
  kind: 'daily' | 'weekly' | 'monthly';
  /** First and last local day of the period, `YYYY-MM-DD`. */
  periodStart: string;
  periodEnd: string;
  orgId: string;
  title: string;
  /** JSON: the summary figures the report states (for the list and for comparisons). */
  figures: string;
  docxSha256: string;
  docxSize: number;
  xlsxSha256: string;
  xlsxSize: number;
  source: 'schedule' | 'on_demand';
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
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

export const CONSULTATION_PARTICIPANT_KINDS = [
  'judge',
  'chief_mediator',
  'legal_aid',
  'department',
  'other',
] as const;
export type ConsultationParticipantKind = (typeof CONSULTATION_PARTICIPANT_KINDS)[number];

/** A "3+X" consultation (会商研判) about a case, convened by a leader (modules/consultations). */
export interface ConsultationsTable {
  id: string;
  caseId: string;
  title: string;
  convenedBy: string;
  /** The convener's organisation when convening: leaders of its subtree may record the minutes. */
  orgId: string;
  scheduledAt: string;
  place: string;
  status: 'scheduled' | 'held' | 'cancelled';
  minutes: string | null;
  heldAt: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConsultationParticipantsTable {
  id: string;
  consultationId: string;
  position: number;
  kind: ConsultationParticipantKind;
  userId: string | null;
  orgId: string | null;
  /** Shown name: the user's or organisation's name, or an outside person's (the judge). */
  name: string;
  /** 0/1 once the minutes record attendance, null before. */
  attended: number | null;
}

/** A consultation decision as tracked work: open until its owner marks it done. */
export interface ConsultationTasksTable {
  id: string;
  consultationId: string;
  caseId: string;
  content: string;
  ownerOrgId: string;
  ownerUserId: string | null;
  /** YYYY-MM-DD, Asia/Shanghai; overdue when open and before today. */
  dueOn: string;
  status: 'open' | 'done';
  doneNote: string | null;
  doneBy: string | null;
  doneAt: string | null;
  remindedAt: string | null;
  createdBy: string | null;
  createdAt: string;
}

/** An online mediation session's room (issue 6): the last message number it gave out. */
export interface RoomsTable {
  sessionId: string;
  caseId: string;
  lastSeq: number;
  createdAt: string;
}

export interface RoomMessagesTable {
  id: string;
  sessionId: string;
  seq: number;
  /** `joint` or `private:<partyId>`. */
  channel: string;
  kind: 'text' | 'file' | 'draft' | 'confirmation';
  body: string;
  authorKind: 'staff' | 'party';
  authorId: string;
  authorName: string;
  data: string | null;
  createdAt: string;
}

export interface RoomFilesTable {
  id: string;
  sessionId: string;
  channel: string;
  sha256: string;
  size: number;
  mimeType: string;
  fileName: string;
  uploadedAt: string;
}

export interface RoomTicketsTable {
  tokenHash: string;
  sessionId: string;
  caseId: string;
  partyId: string;
  accessId: string;
  expiresAt: string;
  createdAt: string;
}

export interface RoomDraftsTable {
  id: string;
  sessionId: string;
  agreementId: string | null;
  /** JSON: the draft's title, text and terms. */
  content: string;
  postedBy: string;
  postedAt: string;
}

export interface RoomConfirmationsTable {
  id: string;
  draftId: string;
  partyId: string;
  accessId: string;
  /** How the party proved who they are: `tracking_code+phone_last4`. */
  proof: string;
  ip: string | null;
  confirmedAt: string;
}

/** Count figures per local day, containing organisation, view and figure (modules/stats). */
export interface StatsDailyCountsTable {
  orgId: string;
  view: 'place' | 'handler';
  day: string;
  figure: string;
  n: number;
}

/** Count figures per local day and containing organisation (by place), by category, channel or grid. */
export interface StatsDailyFacetsTable {
  orgId: string;
  facet: 'category' | 'channel' | 'grid';
  day: string;
  figure: string;
  /** The case's category code, channel or grid id ('' for none). */
  bucket: string;
  n: number;
}

/** Each organisation with each of its ancestors, itself included (modules/stats). */
export interface StatsOrgClosureTable {
  orgId: string;
  ancestorId: string;
}

/** What changed since the daily counts were last brought up to date, written by triggers. */
export interface StatsDirtyTable {
  id: Generated<number>;
  /** day: `ref` is a date or an instant; case: a case id; orgs: an organisation was added; rebuild: recount all. */
  kind: 'day' | 'case' | 'orgs' | 'rebuild';
  ref: string | null;
}

/** A user's subscription to a kind of report about an organisation (e-mailed when generated). */
export interface ReportSubscriptionsTable {
  userId: string;
  orgId: string;
  kind: 'daily' | 'weekly' | 'monthly';
  createdAt: string;
}
