/** `fengqiao jobs run|list` and `fengqiao worker` as an operator runs them. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { createEmptyDatabase } from '../support/db.ts';
import { BIN, baseEnv, runCli } from '../support/process.ts';

let env: Record<string, string>;
let config: DatabaseConfig;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createEmptyDatabase();
  config = created.config;
  drop = created.dropStorage;
  env = {
    DATABASE_URL: config.dialect === 'sqlite' ? `sqlite:${config.path}` : config.url,
    FENGQIAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fq-jobs-cli-')),
  };
});
afterAll(() => drop());

describe('fengqiao jobs', () => {
  it('runs one job now and prints what it did, then lists it', async () => {
    const res = await runCli(['jobs', 'run', 'outbox-deliver'], env);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(
      /^outbox-deliver done in \d+ ms \(run [0-9a-f-]{36}\): \{"sent":0,"retried":0,"failed":0\}/,
    );
    const list = await runCli(['jobs', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/outbox-deliver\s+done\s+1\/1/);
  });

  it('exits non-zero naming the known jobs for an unknown name, and shows usage without one', async () => {
    const res = await runCli(['jobs', 'run', 'deadline-swep'], env);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/no job named "deadline-swep"; known: .*outbox-deliver/);
    expect((await runCli(['jobs'], env)).code).toBe(2);
  });
});

describe('fengqiao worker', () => {
  it('runs the periodic jobs until SIGTERM, then exits cleanly', async () => {
    const child = spawn(process.execPath, [BIN, 'worker', '--poll-ms', '50'], {
      env: baseEnv({ ...env, LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const db = openDatabase(config);
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const done = await db
          .selectFrom('jobs')
          .select('id')
          .where('dedupeKey', 'is not', null)
          .where('status', '=', 'done')
          .execute()
          .catch(() => []);
        if (done.length >= 2) break;
        if (Date.now() > deadline) throw new Error(`worker ran nothing: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await db.destroy();
    }
    const code = await new Promise<number | null>((res) => {
      child.once('exit', (c) => res(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).toMatch(/job runner started/);
    expect(out).toMatch(/job runner stopped/);
  }, 60_000);
});
