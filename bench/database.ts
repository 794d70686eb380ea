/**
 * A fresh database for one bench run, on either dialect: a SQLite file in a temporary
 * directory, or a new PostgreSQL database created beside the one in the admin URL.
 * Migrated, with the demo district and users; dropped at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../src/config.ts';
import { openDatabase, type Db } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface BenchDatabase {
  dialect: Dialect;
  config: DatabaseConfig;
  /** What a server process is given as DATABASE_URL. */
  url: string;
  /** Directory for the secret, files and (SQLite) the database. */
  dataDir: string;
  db: Db;
  /** Closes the bench's connections and deletes the database and the directory. */
  drop(): Promise<void>;
}

/** Whether PostgreSQL answers at `adminUrl`; the error message when it does not. */
export async function probePostgres(adminUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(dialect: Dialect, adminUrl: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-bench-'));
  let config: DatabaseConfig;
  let url: string;
  let dropStorage = async () => {};
  if (dialect === 'postgres') {
    const name = `fq_bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(adminUrl, `create database ${name}`);
    const target = new URL(adminUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    config = { dialect: 'postgres', url };
    dropStorage = () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  } else {
    const path = join(dataDir, 'fengqiao.db');
    config = { dialect: 'sqlite', path };
    url = `sqlite:${path}`;
  }
  const db = openDatabase(config, { poolSize: 10 });
  await migrateToLatest(db);
  return {
    dialect,
    config,
    url,
    dataDir,
    db,
    drop: async () => {
      await db.destroy().catch(() => undefined);
      await dropStorage();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
