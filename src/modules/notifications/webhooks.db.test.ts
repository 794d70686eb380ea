/**
 * Webhooks: the admin API (district admins only, secret shown once and stored encrypted)
 * and signed deliveries to a real HTTP server started here.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { deliverOutbox, notifyUsers, verifyWebhookSignature } from './index.ts';

let t: TestApp;
let tree: OrgTree;
let admin: string;
let streetAdmin: string;
let handlerId: string;
let receiver: Server;
let url: string;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let answer = 204;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  admin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['admin'] })).username,
  );
  streetAdmin = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['admin'] })).username,
  );
  handlerId = (await buildUser(t.system, { orgId: tree.department, roles: ['handler'] })).id;
  receiver = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/fengqiao/events`;
});
afterAll(async () => {
  await new Promise((r) => receiver.close(r));
  await t.close();
});

const create = (cookie: string, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: { cookie }, payload });
const patch = (id: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${id}`, headers: { cookie: admin }, payload });
const deliver = () => deliverOutbox(t.system, { smtpUrl: null, from: 'x <x@x.cn>' });
const notifyRed = () =>
  notifyUsers(t.system, {
    userIds: [handlerId],
    kind: 'deadline_red',
    title: '案件已超期',
    body: '张某劳动争议案已超过办理期限。',
    caseId: null,
  });

describe('webhook administration', () => {
  it('creates a webhook, shows its secret once and stores it encrypted, with an audit row', async () => {
    const res = await create(admin, { url, kinds: ['deadline_red', 'supervision'] });
    expect(res.statusCode, res.body).toBe(201);
    const hook = res.json();
    expect(hook).toMatchObject({ url, kinds: ['deadline_red', 'supervision'], isActive: true });
    expect(hook.secret).toMatch(/^whsec_/);
    const list = await t.app.inject({ url: '/api/v1/webhooks', headers: { cookie: admin } });
    expect(list.json().items).toHaveLength(1);
    expect(list.body).not.toContain(hook.secret);
    const row = await t.db.selectFrom('webhooks').selectAll().executeTakeFirstOrThrow();
    expect(row.secret).not.toContain(hook.secret);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('targetId', '=', hook.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.create']);
    expect(audit[0]!.detail).not.toContain(hook.secret);
    await patch(hook.id, { isActive: false });
  });

  it('names each bad field and writes nothing', async () => {
    const body = expectProblem(
      await create(admin, { url: 'ftp://x', kinds: ['assignment', 'gossip'] }),
      400,
      'validation-failed',
    );
    expect(body.errors!.map((e) => e.pointer).sort()).toEqual(['#/kinds/1', '#/url']);
    expectProblem(await create(admin, { url, kinds: [] }), 400, 'validation-failed');
    expect(await t.db.selectFrom('webhooks').select('id').execute()).toHaveLength(1);
  });

  it('is for district admins only: a street admin gets 403, an unknown id 404', async () => {
    expectProblem(await create(streetAdmin, { url, kinds: ['assignment'] }), 403, 'forbidden');
    expectProblem(
      await t.app.inject({ url: '/api/v1/webhooks', headers: { cookie: streetAdmin } }),
      403,
      'forbidden',
    );
    expectProblem(await patch('no-such-id', { isActive: false }), 404, 'not-found');
    expectProblem(await t.app.inject({ url: '/api/v1/webhooks' }), 401, 'unauthenticated');
  });

  it('rotates the secret on request and returns the new one once', async () => {
    const hook = (await create(admin, { url, kinds: ['assignment'] })).json();
    const res = await patch(hook.id, { rotateSecret: true, kinds: ['assignment', 'returned'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().secret).toMatch(/^whsec_/);
    expect(res.json().secret).not.toBe(hook.secret);
    expect(res.json().kinds).toEqual(['assignment', 'returned']);
    expect((await patch(hook.id, { isActive: false })).json().secret).toBeUndefined();
  });
});

describe('webhook deliveries', () => {
  it('POST the event as JSON to each active subscriber of its kind, signed with the secret', async () => {
    const hook = (await create(admin, { url, kinds: ['deadline_red'] })).json();
    await create(admin, { url: `${url}?other`, kinds: ['assignment'] });
    expect(await notifyRed()).toMatchObject({ webhooks: 1 });
    const [row] = await t.db.selectFrom('outbox').selectAll().where('channel', '=', 'webhook').execute();

    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const { headers, body } = received[0]!;
    expect(headers['x-fengqiao-event']).toBe('deadline_red');
    expect(headers['x-fengqiao-delivery']).toBe(row!.id);
    expect(headers['content-type']).toMatch(/^application\/json/);
    const nowSeconds = Math.floor(t.clock.now().getTime() / 1000);
    const header = String(headers['x-fengqiao-signature']);
    expect(header).toMatch(new RegExp(`^t=${nowSeconds},v1=[0-9a-f]{64}$`));
    expect(verifyWebhookSignature({ secret: hook.secret, header, body, nowSeconds })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_wrong', header, body, nowSeconds })).toBe(false);
    expect(JSON.parse(body)).toEqual({
      event: 'deadline_red',
      occurredAt: t.clock.now().toISOString(),
      title: '案件已超期',
      body: '张某劳动争议案已超过办理期限。',
      caseId: null,
      userIds: [handlerId],
    });
    await patch(hook.id, { isActive: false });
  });

  it('are retried when the receiver fails, and fail at once for a deactivated webhook', async () => {
    await t.db.deleteFrom('outbox').execute();
    received.length = 0;
    const hook = (await create(admin, { url, kinds: ['deadline_red'] })).json();
    await notifyRed();
    answer = 500;
    expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [row] = await t.db.selectFrom('outbox').selectAll().execute();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'the webhook answered HTTP 500' });
    answer = 204;
    t.clock.advance(60_000);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received).toHaveLength(2);
    expect(received[1]!.headers['x-fengqiao-delivery']).toBe(row!.id);

    await notifyRed();
    await patch(hook.id, { isActive: false });
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(received).toHaveLength(2);
  });
});
