/**
 * Helpers for tests of online mediation rooms: the real app listening on a port over one
 * database that outlives it (restart = close the app, build a new one on the same DB; two
 * apps at once = two processes' worth of hubs), a case with an online session reached
 * through the portal and the real workflow, and a `ws` client that records frames.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.ts';
import { FixedClock } from '../../src/lib/clock.ts';
import { buildApp } from '../../src/server/app.ts';
import { createDeps, systemContext } from '../../src/server/deps.ts';
import { createLogger } from '../../src/server/logger.ts';
import { TEST_SECRET } from './app.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from './factories.ts';
import { mobile } from './identities.ts';
import { newClientIp, portalPost, portalSubmission } from './portal.ts';

export interface RoomServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

export interface RoomWorld {
  db: TestDatabase['db'];
  dialect: TestDatabase['dialect'];
  system: ReturnType<typeof systemContext>;
  /** Builds and starts one more app on the world's database. */
  start(): Promise<RoomServer>;
  drop(): Promise<void>;
}

export async function roomWorld(): Promise<RoomWorld> {
  const testDb = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-rooms-'));
  const base = loadConfig({ FENGQIAO_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', FENGQIAO_DEMO: 'false' });
  const config = { ...base, db: testDb.config, dataDir };
  const clock = new FixedClock('2026-03-02T01:00:00.000Z');
  const logger = createLogger({ log: { level: 'silent' } });
  const deps = createDeps(config, testDb.db, clock);
  const servers: RoomServer[] = [];
  return {
    db: testDb.db,
    dialect: testDb.dialect,
    system: systemContext(deps, logger),
    async start() {
      const app = await buildApp(deps, { logger });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const server = { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
      servers.push(server);
      return server;
    },
    async drop() {
      for (const s of servers) await s.app.close().catch(() => undefined);
      await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OnlineCase {
  tree: OrgTree;
  caseId: string;
  sessionId: string;
  trackingCode: string;
  applicant: { id: string; phoneLast4: string };
  respondent: { id: string; phoneLast4: string };
  /** Session cookies of staff: `mediator` (the session's), `dispatcher`, `outsider` (another district's mediator). */
  cookies: Record<'mediator' | 'dispatcher' | 'intake' | 'outsider', string>;
}

/** A citizen's online submission taken through accept → dispatch → start and an online session. */
export async function onlineCase(
  world: RoomWorld,
  app: FastifyInstance,
  tree?: OrgTree,
): Promise<OnlineCase> {
  tree ??= await buildOrgTree(world.system);
  const other = await buildOrgTree(world.system);
  const user = async (orgId: string, roles: Parameters<typeof buildUser>[1]['roles']) => {
    const u = await buildUser(world.system, { orgId, roles });
    return { id: u.id, cookie: await signIn(app, u.username) };
  };
  const mediator = await user(tree.committee, ['mediator']);
  const dispatcher = await user(tree.district, ['dispatcher']);
  const intake = await user(tree.district, ['intake']);
  const outsider = await user(other.committee, ['mediator']);
  const phone = mobile();
  const submitted = await portalPost(app, '/cases', portalSubmission(tree.gridA, phone), newClientIp());
  if (submitted.statusCode !== 201) throw new Error(submitted.body);
  const { trackingCode, caseNumber } = submitted.json();
  const { id: caseId } = await world.db
    .selectFrom('cases')
    .select('id')
    .where('number', '=', caseNumber)
    .executeTakeFirstOrThrow();
  const staff = async (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.body}`);
    return res.json();
  };
  const act = async (cookie: string, action: string, extra: object = {}) => {
    const { version } = await staff(cookie, 'GET', `/cases/${caseId}`);
    await staff(cookie, 'POST', `/cases/${caseId}/actions`, { action, version, ...extra });
  };
  await act(dispatcher.cookie, 'accept');
  await act(dispatcher.cookie, 'dispatch', { orgId: tree.committee });
  await act(mediator.cookie, 'start');
  const session = await staff(mediator.cookie, 'POST', `/cases/${caseId}/sessions`, {
    startsAt: '2026-03-05T02:00:00.000Z',
    online: true,
    mediatorIds: [mediator.id],
  });
  const { parties } = await staff(mediator.cookie, 'GET', `/cases/${caseId}`);
  return {
    tree,
    caseId,
    sessionId: session.id,
    trackingCode,
    applicant: { id: parties[0].id, phoneLast4: phone.slice(-4) },
    respondent: { id: parties[1].id, phoneLast4: '5678' },
    cookies: {
      mediator: mediator.cookie,
      dispatcher: dispatcher.cookie,
      intake: intake.cookie,
      outsider: outsider.cookie,
    },
  };
}

/** A room ticket for a party of `c`. */
export async function roomTicket(app: FastifyInstance, c: OnlineCase, phoneLast4: string): Promise<string> {
  const res = await portalPost(
    app,
    '/room-ticket',
    { trackingCode: c.trackingCode, phoneLast4, sessionId: c.sessionId },
    newClientIp(),
  );
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().ticket;
}

export type Frame = Record<string, unknown> & { type: string };

/** A real WebSocket client that keeps every frame it received. */
export class RoomClient {
  readonly frames: Frame[] = [];
  private waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => (w.pred(frame) ? (w.resolve(frame), false) : true));
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<RoomClient> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v1/rooms/socket`, { headers });
    const client = new RoomClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
  }

  send(frame: object): void {
    this.ws.send(JSON.stringify(frame));
  }

  /** The first frame (already received or to come) matching `pred`. */
  next(pred: (f: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    const seen = this.frames.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such frame; got ${JSON.stringify(this.frames)}`)),
        timeoutMs,
      );
      this.waiters.push({ pred, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  /** Subscribes and waits until the replay is done. */
  async subscribe(sub: {
    caseId?: string;
    sessionId: string;
    channel: string;
    afterSeq?: number;
  }): Promise<void> {
    this.send({ type: 'subscribe', afterSeq: 0, ...sub });
    await this.next((f) => (f.type === 'subscribed' && f.channel === sub.channel) || f.type === 'error');
  }

  messages(channel?: string): Frame[] {
    return this.frames.filter((f) => f.type === 'message' && (!channel || f.channel === channel));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}
