/**
 * The server and CLI as separate processes on one database: start-up checks, shared
 * sessions across processes, and the audit-verify command.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { createEmptyDatabase } from '../support/db.ts';
import { runCli, startServerProcess, type RunningServer } from '../support/process.ts';
import type { DatabaseConfig } from '../../src/config.ts';

function urlOf(config: DatabaseConfig): string {
  return config.dialect === 'sqlite' ? `sqlite:${config.path}` : config.url;
}

describe('start-up', () => {
  it('stops with exit code 1 and a message naming each bad variable', async () => {
    const res = await runCli(['serve'], { PORT: 'abc', LOG_LEVEL: 'chatty' });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/PORT: must be a port number/);
    expect(res.stderr).toMatch(/LOG_LEVEL: must be one of/);
  });

  it('refuses to start in production while demo users exist', async () => {
    const { config, dropStorage } = await createEmptyDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'fq-prod-'));
    try {
      const env = { DATABASE_URL: urlOf(config), FENGQIAO_DATA_DIR: dataDir };
      expect((await runCli(['seed-demo'], env)).code).toBe(0);
      const res = await runCli(['serve'], { ...env, NODE_ENV: 'production', LOG_LEVEL: 'fatal' });
      expect(res.code).toBe(1);
    } finally {
      await dropStorage();
    }
  });
});

describe('two server processes on one database', () => {
  let dbUrl: string;
  let drop: () => Promise<void>;
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    const created = await createEmptyDatabase();
    dbUrl = urlOf(created.config);
    drop = created.dropStorage;
    const dataDir = mkdtempSync(join(tmpdir(), 'fq-two-'));
    first = await startServerProcess({
      DATABASE_URL: dbUrl,
      FENGQIAO_DATA_DIR: dataDir,
      FENGQIAO_DEMO: 'true',
    });
    second = await startServerProcess({
      DATABASE_URL: dbUrl,
      FENGQIAO_DATA_DIR: dataDir,
      FENGQIAO_DEMO: 'true',
    });
  }, 120_000);

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await drop?.();
  });

  it('serve the same session cookie: sign in on one, use it on the other, sign out on the other', async () => {
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'fengqiao-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const me = await fetch(`${second.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).org.name).toBe('示范区');
    expect(
      (await fetch(`${second.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie } })).status,
    ).toBe(204);
    expect((await fetch(`${first.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('seeded the demo district once, not once per process', async () => {
    const db = openDatabase(
      dbUrl.startsWith('sqlite:')
        ? { dialect: 'sqlite', path: dbUrl.slice(7) }
        : { dialect: 'postgres', url: dbUrl },
    );
    try {
      const { rows } = await sql<{ n: number }>`select count(*) as n from orgs where code = 'SFQ'`.execute(
        db,
      );
      expect(Number(rows[0]!.n)).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});

describe('fengqiao audit-verify', () => {
  it('passes on an intact trail, then fails naming the row that was changed', async () => {
    const { config, dropStorage } = await createEmptyDatabase();
    const env = { DATABASE_URL: urlOf(config), FENGQIAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fq-audit-')) };
    try {
      expect((await runCli(['seed-demo'], env)).code).toBe(0);
      const ok = await runCli(['audit-verify'], env);
      expect(ok.stdout).toMatch(/audit trail intact: \d+ rows/);
      expect(ok.code).toBe(0);
      const db = openDatabase(config);
      await db
        .updateTable('auditLog')
        .set({ detail: '{"username":"mallory"}' })
        .where('seq', '=', 4)
        .execute();
      await db.destroy();
      const bad = await runCli(['audit-verify'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/broken at row 4: contents do not match/);
    } finally {
      await dropStorage();
    }
  });

  it('notices rows removed from the end', async () => {
    const { config, dropStorage } = await createEmptyDatabase();
    const env = { DATABASE_URL: urlOf(config), FENGQIAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fq-audit-')) };
    try {
      await runCli(['seed-demo'], env);
      const db = openDatabase(config);
      const last = await db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirstOrThrow();
      await db.deleteFrom('auditLog').where('seq', '=', Number(last.seq)).execute();
      await db.destroy();
      const bad = await runCli(['audit-verify'], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(new RegExp(`broken at row ${Number(last.seq)}: .*removed`));
    } finally {
      await dropStorage();
    }
  });
});
