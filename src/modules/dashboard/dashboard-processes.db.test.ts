/**
 * The live feed across real server processes on one database: an event written by one process reaches a
 * screen connected to another, and a screen whose server restarts resumes from its Last-Event-ID on the new
 * process with what happened meanwhile, nothing lost or repeated. Shutting down with open feeds is prompt.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../../config.ts';
import { casePayload } from '../../../test/support/cases.ts';
import { createEmptyDatabase } from '../../../test/support/db.ts';
import { startServerProcess, type RunningServer } from '../../../test/support/process.ts';
import { readSse } from '../../../test/support/sse.ts';

const urlOf = (config: DatabaseConfig) =>
  config.dialect === 'sqlite' ? `sqlite:${config.path}` : config.url;

let env: Record<string, string>;
let drop: () => Promise<void>;
const servers: RunningServer[] = [];

async function start(): Promise<RunningServer> {
  const server = await startServerProcess(env);
  servers.push(server);
  return server;
}

async function signIn(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'fengqiao-demo' }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function register(url: string, cookie: string, subject: string) {
  const res = await fetch(`${url}/api/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(casePayload({ subject, category: 'noise' })),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

const feed = (url: string, cookie: string, count: number, lastEventId?: string) =>
  readSse<{ subject: string }>(`${url}/api/v1/dashboard/feed`, {
    headers: { cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    count,
    ms: 15_000,
  });

beforeAll(async () => {
  const created = await createEmptyDatabase();
  drop = created.dropStorage;
  env = {
    DATABASE_URL: urlOf(created.config),
    FENGQIAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fq-feed-')),
    FENGQIAO_DEMO: 'true',
    FENGQIAO_WORKER: 'false',
  };
}, 120_000);

afterAll(async () => {
  for (const server of servers) await server.stop();
  await drop?.();
});

describe('the live feed across processes', () => {
  it('shows on one process what another registered, and resumes on a restarted process', async () => {
    const writer = await start();
    let screen = await start();
    const intake = await signIn(writer.url, 'intake');
    const leader = await signIn(screen.url, 'leader');

    const live = feed(screen.url, leader, 1);
    await register(writer.url, intake, '进程甲登记的纠纷');
    const first = await live;
    expect(first.events.map((e) => e.data.subject)).toEqual(['进程甲登记的纠纷']);

    const stopping = Date.now();
    const open = feed(screen.url, leader, 99, first.events[0]!.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await screen.stop();
    expect(Date.now() - stopping).toBeLessThan(8000);
    expect((await open).events).toEqual([]);

    await register(writer.url, intake, '重启期间登记的纠纷');
    screen = await start();
    const resumed = await feed(screen.url, leader, 2, first.events[0]!.id);
    expect(resumed.events.map((e) => e.data.subject)).toEqual(['重启期间登记的纠纷']);
  }, 120_000);
});
