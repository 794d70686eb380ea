import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { readSse } from '../../../test/support/sse.ts';
import { sweepDeadlines } from '../supervision/index.ts';
import { streamFeed } from './feed-stream.ts';
import { FEED_SETTLE_MS } from './feed.service.ts';

let t: TestApp;
let tree: OrgTree;
let base: string;
const cookies = { district: '', streetA: '' };
let districtUser = '';

type FeedData = { kind: string; caseId: string; subject: string; placeName: string };

/** Opens the feed over real HTTP and reads events until `count` arrived (or `ms` passed). */
function readFeed(
  cookie: string,
  opts: { count: number; ms?: number; lastEventId?: string; query?: string },
) {
  const headers: Record<string, string> = { cookie };
  if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
  return readSse<FeedData>(`${base}/api/v1/dashboard/feed${opts.query ?? ''}`, {
    headers,
    count: opts.count,
    ms: opts.ms ?? 8000,
  });
}

const settle = () => t.clock.advance(FEED_SETTLE_MS + 1000);

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const district = await buildUser(t.system, { orgId: tree.district, roles: ['intake', 'leader'] });
  const streetA = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake', 'leader'] });
  districtUser = district.username;
  cookies.district = await signIn(t.app, district.username);
  cookies.streetA = await signIn(t.app, streetA.username);
  await registerViaApi(t.app, cookies.district, { gridId: tree.gridA, subject: '甲街道第一件' });
  t.clock.advance(1000);
  await registerViaApi(t.app, cookies.district, { gridId: tree.gridB, subject: '乙街道第一件' });
  t.clock.advance(1000);
  await registerViaApi(t.app, cookies.district, { gridId: tree.gridA, subject: '甲街道第二件' });
  settle();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
}, 60_000);
afterAll(() => t.close());

describe('GET /dashboard/feed', () => {
  it('streams the recent registrations in scope as server-sent events, oldest first', async () => {
    const feed = await readFeed(cookies.district, { count: 3 });
    expect(feed.status).toBe(200);
    expect(feed.contentType).toMatch(/^text\/event-stream/);
    expect(feed.events.map((e) => e.data.subject)).toEqual(['甲街道第一件', '乙街道第一件', '甲街道第二件']);
    expect(feed.events.every((e) => e.event === 'case' && e.data.kind === 'new')).toBe(true);
  });

  it('shows a street user only the cases of their street', async () => {
    const feed = await readFeed(cookies.streetA, { count: 3, ms: 3000 });
    expect(feed.events.map((e) => e.data.subject)).toEqual(['甲街道第一件', '甲街道第二件']);
    expect(feed.events.every((e) => e.data.placeName === '甲一社区第一网格')).toBe(true);
  });

  it('pushes a case registered while the screen is open', async () => {
    const pending = readFeed(cookies.district, { count: 4, ms: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await registerViaApi(t.app, cookies.district, { gridId: tree.gridB, subject: '屏幕打开后登记' });
    settle();
    const feed = await pending;
    expect(feed.events.at(-1)?.data.subject).toBe('屏幕打开后登记');
  });

  it('resumes after Last-Event-ID without losing or repeating an event', async () => {
    const first = await readFeed(cookies.district, { count: 4 });
    const resumeFrom = first.events[1]!.id;
    await registerViaApi(t.app, cookies.district, { gridId: tree.gridA, subject: '断线期间登记' });
    settle();
    const resumed = await readFeed(cookies.district, { count: 3, lastEventId: resumeFrom });
    expect(resumed.events.map((e) => e.data.subject)).toEqual([
      first.events[2]!.data.subject,
      first.events[3]!.data.subject,
      '断线期间登记',
    ]);
    const viaQuery = await readFeed(cookies.district, {
      count: 1,
      query: `?after=${encodeURIComponent(resumed.events[1]!.id)}`,
    });
    expect(viaQuery.events.map((e) => e.data.subject)).toEqual(['断线期间登记']);
  });

  it('refuses a position it did not write, naming the header', async () => {
    const res = await t.app.inject({
      url: '/api/v1/dashboard/feed',
      headers: { cookie: cookies.district, 'last-event-id': 'yesterday' },
    });
    const body = expectProblem(res, 400, 'validation-failed');
    expect(body.errors?.[0]?.pointer).toBe('#/headers/last-event-id');
  });

  it('answers 404 for an organisation outside the caller’s subtree and 401 without a session', async () => {
    expectProblem(
      await t.app.inject({
        url: `/api/v1/dashboard/feed?orgId=${tree.streetB}`,
        headers: { cookie: cookies.streetA },
      }),
      404,
      'not-found',
    );
    expectProblem(await t.app.inject({ url: '/api/v1/dashboard/feed' }), 401, 'unauthenticated');
  });

  it('pushes the cases that turn red when the deadline sweep raises their supervision', async () => {
    const before = await readFeed(cookies.district, { count: 5 });
    t.clock.advance(60 * 86_400_000);
    const sweep = await sweepDeadlines(t.system);
    expect(sweep.supervisions).toBeGreaterThan(0);
    settle();
    cookies.district = await signIn(t.app, districtUser);
    const after = await readFeed(cookies.district, {
      count: sweep.supervisions,
      lastEventId: before.events.at(-1)!.id,
    });
    expect(after.events).toHaveLength(sweep.supervisions);
    expect(after.events.every((e) => e.data.kind === 'red')).toBe(true);
  });

  it('tells the browser how soon to reconnect and sends heartbeats while nothing happens', async () => {
    const chunks: string[] = [];
    const stop = new AbortController();
    const done = streamFeed(
      t.system,
      { rootPath: '/no-such-org/', cursor: null },
      (chunk) => chunks.push(chunk),
      stop.signal,
      { pollMs: 10, heartbeatMs: 30, retryMs: 1234 },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop.abort();
    await done;
    expect(chunks[0]).toMatch(/^retry: 1234\n/);
    expect(chunks.filter((c) => c === ': heartbeat\n\n').length).toBeGreaterThanOrEqual(2);
    expect(chunks.some((c) => c.startsWith('id: '))).toBe(false);
  });
});
