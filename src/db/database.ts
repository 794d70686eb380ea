/**
 * Opens the Kysely instance for the configured dialect: better-sqlite3 12.x (WAL,
 * foreign keys, busy timeout) or PostgreSQL through `pg`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import type { Database } from './tables.ts';

export type Db = Kysely<Database>;

// COUNT(*) and BIGINT come back as strings from pg by default; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** Opens the database. The caller owns it and must `destroy()` it. */
export function openDatabase(
  config: DatabaseConfig,
  opts: { poolSize?: number; onIdleError?: (err: Error) => void } = {},
): Db {
  const plugins = [new CamelCasePlugin()];
  if (config.dialect === 'sqlite') {
    if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
    const sqlite = new SqliteDatabase(config.path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  }
  const pool = new pg.Pool({ connectionString: config.url, max: opts.poolSize ?? 10 });
  // An idle client can die (database restarted, connection terminated by an administrator):
  // the pool drops it and the next query opens a new one. Without a listener, node-postgres
  // would raise the error as an uncaught exception and stop the process.
  pool.on('error', (err) => opts.onIdleError?.(err));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
}
