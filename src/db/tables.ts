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

export interface Database {
  orgs: OrgsTable;
  users: UsersTable;
  userRoles: UserRolesTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
}

export type OrgRow = Selectable<OrgsTable>;
export type NewOrgRow = Insertable<OrgsTable>;
export type OrgUpdate = Updateable<OrgsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AuditRow = Selectable<AuditLogTable>;

// Keep the imported helpers referenced for tables added later.
export type { ColumnType, Generated };
