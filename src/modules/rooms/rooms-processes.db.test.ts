/**
 * Two real server processes on one database (issue 6): a message posted through process A
 * reaches a room socket connected to process B, once, with the seq A gave it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../../test/support/db.ts';
import { idNumber } from '../../../test/support/identities.ts';
import { startServerProcess, type RunningServer } from '../../../test/support/process.ts';
import { RoomClient } from '../../../test/support/rooms.ts';

let first: RunningServer;
let second: RunningServer;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createEmptyDatabase();
  drop = created.dropStorage;
  const url = created.config.dialect === 'sqlite' ? `sqlite:${created.config.path}` : created.config.url;
  const env = {
    DATABASE_URL: url,
    FENGQIAO_DATA_DIR: mkdtempSync(join(tmpdir(), 'fq-rooms-two-')),
    FENGQIAO_DEMO: 'true',
  };
  first = await startServerProcess(env);
  second = await startServerProcess(env);
}, 120_000);

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await drop?.();
});

async function call(base: string, method: string, path: string, body?: object, cookie?: string) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return { json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

async function login(username: string) {
  const res = await call(first.url, 'POST', '/auth/login', { username, password: 'fengqiao-demo' });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe('rooms across two processes', () => {
  it('deliver a message posted on one process to a socket of the other', async () => {
    const dispatcher = await login('dispatcher');
    const mediator = await login('mediator');
    const orgs = (await call(first.url, 'GET', '/orgs', undefined, dispatcher)).json.items as {
      id: string;
      code: string;
      type: string;
    }[];
    const grid = orgs.find((o) => o.type === 'grid')!;
    const submitted = (
      await call(first.url, 'POST', '/portal/cases', {
        category: 'wage_arrears',
        subject: '拖欠工资',
        description: '工地拖欠三个月工资。',
        gridId: grid.id,
        parties: [
          {
            kind: 'person',
            role: 'applicant',
            name: '王小明',
            idNumber: idNumber('330106', '19900101', 17),
            phone: '13957112345',
          },
          { kind: 'person', role: 'respondent', name: '赵老板', phone: '13712345678' },
        ],
      })
    ).json as { trackingCode: string; caseNumber: string };
    const found = (await call(first.url, 'GET', `/cases?channel=online`, undefined, dispatcher)).json
      .items as { id: string; number: string }[];
    const caseId = found.find((c) => c.number === submitted.caseNumber)!.id;
    const act = async (cookie: string, action: string, extra: object = {}) => {
      const { version } = (await call(first.url, 'GET', `/cases/${caseId}`, undefined, cookie)).json;
      await call(first.url, 'POST', `/cases/${caseId}/actions`, { action, version, ...extra }, cookie);
    };
    await act(dispatcher, 'accept');
    await act(dispatcher, 'dispatch', { orgId: orgs.find((o) => o.code === 'SFQ-TW-LD')!.id });
    await act(mediator, 'start');
    const me = (await call(first.url, 'GET', '/me', undefined, mediator)).json as { id: string };
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const session = (
      await call(
        first.url,
        'POST',
        `/cases/${caseId}/sessions`,
        { startsAt, online: true, mediatorIds: [me.id] },
        mediator,
      )
    ).json as { id: string };

    const { ticket } = (
      await call(second.url, 'POST', '/portal/room-ticket', {
        trackingCode: submitted.trackingCode,
        phoneLast4: '2345',
        sessionId: session.id,
      })
    ).json as { ticket: string };
    const client = await RoomClient.open(second.url);
    try {
      client.send({ type: 'hello', ticket });
      await client.next((f) => f.type === 'ready');
      await client.subscribe({ sessionId: session.id, channel: 'joint' });
      const posted = (
        await call(
          first.url,
          'POST',
          `/cases/${caseId}/sessions/${session.id}/room/messages`,
          { channel: 'joint', text: '另一个进程发出的消息' },
          mediator,
        )
      ).json as { seq: number };
      const got = await client.next((f) => f.type === 'message' && f.body === '另一个进程发出的消息', 10_000);
      expect(got.seq).toBe(posted.seq);
      await new Promise((r) => setTimeout(r, 1500));
      expect(client.messages('joint')).toHaveLength(1);
    } finally {
      await client.close();
    }
  });
});
