/** What the application is built from, made once per process from the config. */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import type { Logger, PiiCipher, ServiceContext } from '../lib/context.ts';
import { LocalFileStorage, type FileStorage } from '../lib/file-storage.ts';
import { createPiiCipher } from '../lib/pii.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  clock: Clock;
  pii: PiiCipher;
  files: FileStorage;
}

export function createDeps(config: Config, db: Db, clock: Clock): AppDeps {
  return {
    config,
    db,
    clock,
    pii: createPiiCipher(config.security.secret),
    files: new LocalFileStorage(join(config.dataDir, 'files')),
  };
}

/** A context acting as the system (no user): start-up, command line, jobs. */
export function systemContext(deps: AppDeps, log: Logger): ServiceContext {
  return {
    db: deps.db,
    clock: deps.clock,
    pii: deps.pii,
    files: deps.files,
    actor: null,
    log,
    requestId: null,
    ip: null,
    emailEnabled: deps.config.mail.smtpUrl !== null,
  };
}
