/**
 * What every service function receives (STYLE.md §3): the database (or the current
 * transaction), who is acting, the clock, a logger and the request's identity.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Role } from '../db/tables.ts';
import type { Clock } from './clock.ts';
import type { FileStorage } from './file-storage.ts';

/** Encrypts personal data at rest and hashes it for exact lookup (src/lib/pii.ts). */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(token: string): string;
  lookupHash(plain: string): string;
}

/** The signed-in staff user on whose behalf a service acts. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  orgId: string;
  /** Materialised path of the user's organisation: its subtree is a prefix match. */
  orgPath: string;
  roles: readonly Role[];
  /** How the request authenticated. */
  via: 'session' | 'token' | 'system';
}

export type Logger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error' | 'debug' | 'child'>;

export interface ServiceContext {
  db: Db;
  actor: Actor | null;
  clock: Clock;
  log: Logger;
  requestId: string | null;
  ip: string | null;
  pii: PiiCipher;
  files: FileStorage;
  /** SMTP is configured (SMTP_URL): notifications then also queue e-mails (modules/notifications). */
  emailEnabled?: boolean;
}

/** The same context on another database handle (a transaction). */
export function withDb(ctx: ServiceContext, db: Db): ServiceContext {
  return { ...ctx, db };
}
