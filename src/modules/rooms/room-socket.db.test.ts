/**
 * The room socket with real `ws` clients against the listening app (issue 6): channel
 * privacy, typing privacy, replay after a restart with nothing lost or repeated, delivery
 * across two apps on one database, and the cross-site upgrade refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RoomClient,
  onlineCase,
  roomTicket,
  roomWorld,
  type OnlineCase,
  type RoomServer,
  type RoomWorld,
} from '../../../test/support/rooms.ts';

let world: RoomWorld;
let server: RoomServer;
let c: OnlineCase;
const open: RoomClient[] = [];

beforeAll(async () => {
  world = await roomWorld();
  server = await world.start();
  c = await onlineCase(world, server.app);
}, 60_000);
afterAll(async () => {
  for (const client of open) await client.close();
  await world.drop();
});

async function staffClient(url = server.url, cookie = c.cookies.mediator) {
  const client = await RoomClient.open(url, { cookie });
  open.push(client);
  await client.next((f) => f.type === 'ready');
  return client;
}

async function partyClient(phoneLast4: string, url = server.url) {
  const client = await RoomClient.open(url);
  open.push(client);
  client.send({ type: 'hello', ticket: await roomTicket(server.app, c, phoneLast4) });
  await client.next((f) => f.type === 'ready');
  return client;
}

const room = () => ({ caseId: c.caseId, sessionId: c.sessionId });
const privateOf = (partyId: string) => `private:${partyId}`;
const texts = (client: RoomClient, channel: string) => client.messages(channel).map((m) => m.body);

describe('the room socket', () => {
  it('carries the joint channel both ways between the mediator and a party', async () => {
    const mediator = await staffClient();
    const a = await partyClient(c.applicant.phoneLast4);
    await mediator.subscribe({ ...room(), channel: 'joint' });
    await a.subscribe({ sessionId: c.sessionId, channel: 'joint' });
    a.send({ type: 'send', sessionId: c.sessionId, channel: 'joint', text: '调解员您好', ref: 'r1' });
    expect((await a.next((f) => f.type === 'ack' && f.ref === 'r1')).seq).toEqual(expect.any(Number));
    const got = await mediator.next((f) => f.type === 'message' && f.body === '调解员您好');
    expect(got).toMatchObject({
      channel: 'joint',
      kind: 'text',
      author: { kind: 'party', id: c.applicant.id },
    });
    mediator.send({ type: 'send', ...room(), channel: 'joint', text: '您好，请说明情况' });
    await a.next((f) => f.type === 'message' && f.body === '您好，请说明情况');
    const audit = await world.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', c.caseId)
      .execute();
    expect(audit.filter((r) => r.action === 'room.text').length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a party another party’s private channel and another case’s room: an error frame, nothing sent', async () => {
    const other = await onlineCase(world, server.app, c.tree);
    const b = await partyClient(c.respondent.phoneLast4);
    await b.subscribe({ sessionId: c.sessionId, channel: privateOf(c.respondent.id) });
    const mediator = await staffClient();
    mediator.send({ type: 'send', ...room(), channel: privateOf(c.applicant.id), text: '只对申请人说的话' });
    await mediator.next((f) => f.type === 'ack');
    const a = await partyClient(c.applicant.phoneLast4);
    a.send({ type: 'subscribe', sessionId: c.sessionId, channel: privateOf(c.respondent.id), afterSeq: 0 });
    expect(await a.next((f) => f.type === 'error')).toMatchObject({ kind: 'not-found' });
    a.send({
      type: 'subscribe',
      caseId: other.caseId,
      sessionId: other.sessionId,
      channel: 'joint',
      afterSeq: 0,
    });
    expect(
      await a.next((f) => f.type === 'error' && f !== a.frames.find((x) => x.type === 'error')),
    ).toMatchObject({
      kind: 'not-found',
    });
    a.send({
      type: 'send',
      sessionId: c.sessionId,
      channel: privateOf(c.respondent.id),
      text: '偷看',
      ref: 'x',
    });
    expect(await a.next((f) => f.type === 'error' && f.ref === 'x')).toMatchObject({ kind: 'not-found' });
    await new Promise((r) => setTimeout(r, 700));
    expect(a.messages()).toEqual([]);
    expect(texts(b, privateOf(c.respondent.id))).not.toContain('只对申请人说的话');
    expect(texts(b, privateOf(c.respondent.id))).not.toContain('偷看');
  });

  it('shows typing in a private channel to its members only', async () => {
    const mediator = await staffClient();
    const a = await partyClient(c.applicant.phoneLast4);
    const b = await partyClient(c.respondent.phoneLast4);
    await mediator.subscribe({ ...room(), channel: privateOf(c.respondent.id) });
    await a.subscribe({ sessionId: c.sessionId, channel: 'joint' });
    await a.subscribe({ sessionId: c.sessionId, channel: privateOf(c.applicant.id) });
    await b.subscribe({ sessionId: c.sessionId, channel: privateOf(c.respondent.id) });
    await b.subscribe({ sessionId: c.sessionId, channel: 'joint' });
    b.send({ type: 'typing', sessionId: c.sessionId, channel: privateOf(c.respondent.id) });
    expect(await mediator.next((f) => f.type === 'typing')).toMatchObject({
      channel: privateOf(c.respondent.id),
      name: '赵老板',
    });
    a.send({ type: 'typing', sessionId: c.sessionId, channel: 'joint' });
    await b.next((f) => f.type === 'typing' && f.channel === 'joint');
    await new Promise((r) => setTimeout(r, 300));
    expect(a.frames.filter((f) => f.type === 'typing')).toEqual([]);
  });

  it('refuses frames before hello, a bad ticket and malformed frames', async () => {
    const anon = await RoomClient.open(server.url);
    open.push(anon);
    anon.send({ type: 'subscribe', sessionId: c.sessionId, channel: 'joint', afterSeq: 0 });
    expect(await anon.next((f) => f.type === 'error')).toMatchObject({ kind: 'unauthenticated' });
    anon.send({ type: 'hello', ticket: 'forged' });
    await anon.next((f) => f.type === 'error' && anon.frames.filter((x) => x.type === 'error').length === 2);
    anon.send({ type: 'subscribe', sessionId: c.sessionId, channel: 'joint', afterSeq: -1 });
    anon.ws.send('not json');
    await anon.next(() => anon.frames.filter((x) => x.type === 'error').length === 4);
    expect(anon.frames.slice(-2).map((f) => f.kind)).toEqual(['validation-failed', 'validation-failed']);
    expect(anon.messages()).toEqual([]);
  });

  it('refuses out-of-scope staff the room', async () => {
    const outsider = await staffClient(server.url, c.cookies.outsider);
    outsider.send({ type: 'subscribe', ...room(), channel: 'joint', afterSeq: 0 });
    expect(await outsider.next((f) => f.type === 'error')).toMatchObject({ kind: 'not-found' });
    const intake = await staffClient(server.url, c.cookies.intake);
    intake.send({ type: 'subscribe', ...room(), channel: 'joint', afterSeq: 0 });
    expect(await intake.next((f) => f.type === 'error')).toMatchObject({ kind: 'forbidden' });
  });

  it('refuses the upgrade from another site', async () => {
    await expect(
      RoomClient.open(server.url, { origin: 'https://evil.example', cookie: c.cookies.mediator }),
    ).rejects.toThrow(/403/);
    const same = await RoomClient.open(server.url, { origin: server.url, cookie: c.cookies.mediator });
    open.push(same);
    await same.next((f) => f.type === 'ready');
  });
});

describe('resuming', () => {
  it('replays after a restart from afterSeq: every message once, in order', async () => {
    const channel = privateOf(c.applicant.id);
    const a = await partyClient(c.applicant.phoneLast4);
    await a.subscribe({ sessionId: c.sessionId, channel });
    const mediator = await staffClient();
    for (const text of ['一', '二']) {
      mediator.send({ type: 'send', ...room(), channel, text });
      await a.next((f) => f.type === 'message' && f.body === text);
    }
    const seen = a.messages(channel);
    const lastSeq = seen[seen.length - 1]!.seq as number;
    await a.close();
    await mediator.close();
    await server.close();

    server = await world.start();
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${c.caseId}/sessions/${c.sessionId}/room/messages`,
      headers: { cookie: c.cookies.mediator },
      payload: { channel, text: '三' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const again = await partyClient(c.applicant.phoneLast4);
    await again.subscribe({ sessionId: c.sessionId, channel, afterSeq: lastSeq });
    const live = await staffClient();
    live.send({ type: 'send', ...room(), channel, text: '四' });
    await again.next((f) => f.type === 'message' && f.body === '四');
    await new Promise((r) => setTimeout(r, 700));
    expect(texts(again, channel)).toEqual(['三', '四']);
    const seqs = again.messages(channel).map((m) => m.seq as number);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(seqs[0]).toBeGreaterThan(lastSeq);

    const fresh = await partyClient(c.applicant.phoneLast4);
    await fresh.subscribe({ sessionId: c.sessionId, channel, afterSeq: 0 });
    expect(texts(fresh, channel)).toEqual(expect.arrayContaining(['一', '二', '三', '四']));
    expect(new Set(fresh.messages(channel).map((m) => m.seq)).size).toBe(fresh.messages(channel).length);
  });

  it('delivers a message written through one app to a client of another app on the same database', async () => {
    const other = await world.start();
    const b = await partyClient(c.respondent.phoneLast4, other.url);
    await b.subscribe({ sessionId: c.sessionId, channel: 'joint' });
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${c.caseId}/sessions/${c.sessionId}/room/messages`,
      headers: { cookie: c.cookies.mediator },
      payload: { channel: 'joint', text: '跨进程的消息' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const got = await b.next((f) => f.type === 'message' && f.body === '跨进程的消息');
    expect(got.seq).toBe(res.json().seq);
    await new Promise((r) => setTimeout(r, 1200));
    expect(texts(b, 'joint').filter((t) => t === '跨进程的消息')).toHaveLength(1);
  });
});
