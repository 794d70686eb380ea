/**
 * A fresh, migrated database for one test file: SQLite in a temporary file by
 * default, or a new PostgreSQL database when TEST_DATABASE_URL is set (CI runs the
 * whole db project both ways).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export interface TestDatabase {
  db: Db;
  config: DatabaseConfig;
  dialect: 'sqlite' | 'postgres';
  /** Closes the database and deletes it. */
  drop(): Promise<void>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** Creates an empty database (not migrated) and returns its config and a dropper. */
export async function createEmptyDatabase(): Promise<{
  config: DatabaseConfig;
  dropStorage: () => Promise<void>;
}> {
  if (TEST_DATABASE_URL) {
    const name = `fq_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      config: { dialect: 'postgres', url: url.toString() },
      dropStorage: async () => {
        const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'fq-test-'));
  return {
    config: { dialect: 'sqlite', path: join(dir, 'test.db') },
    dropStorage: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { config, dropStorage } = await createEmptyDatabase();
  const db = openDatabase(config, { poolSize: 5 });
  await migrateToLatest(db);
  return {
    db,
    config,
    dialect: config.dialect,
    drop: async () => {
      await db.destroy();
      await dropStorage();
    },
  };
}
