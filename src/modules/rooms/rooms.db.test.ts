/**
 * The room over HTTP (issue 6): the citizen's ticket (same proof, same 404, same lock-out as
 * /portal/track; the respondent proves with their own digits), scope of every staff route,
 * bad input, files scoped to their channel, and draft agreements confirmed with the proof.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/support/app.ts';
import { newClientIp, portalPost, problemCore } from '../../../test/support/portal.ts';
import {
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

beforeAll(async () => {
  world = await roomWorld();
  server = await world.start();
  c = await onlineCase(world, server.app);
}, 60_000);
afterAll(() => world.drop());

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

function multipart(fileName: string, data: Buffer) {
  const boundary = '----fqroom';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const base = () => `/api/v1/cases/${c.caseId}/sessions/${c.sessionId}/room`;
const staff = (cookie: string, method: 'GET' | 'POST', path: string, payload?: object) =>
  server.app.inject({
    method,
    url: `${base()}${path}`,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });
const citizen = (ticket: string, method: 'GET' | 'POST', path: string, payload?: object) =>
  server.app.inject({
    method,
    url: `/api/v1/portal/room${path}`,
    headers: { 'x-room-ticket': ticket },
    ...(payload ? { payload } : {}),
  });

describe('the citizen’s room ticket', () => {
  it('answers wrong digits exactly like /portal/track, counts them, and locks after five', async () => {
    const other = await onlineCase(world, server.app, c.tree);
    const ip = newClientIp();
    const wrong = { trackingCode: other.trackingCode, phoneLast4: '0000', sessionId: other.sessionId };
    const res = await portalPost(server.app, '/room-ticket', wrong, ip);
    const track = await portalPost(
      server.app,
      '/track',
      { trackingCode: 'ZZZZZZZZZZ', phoneLast4: '0000' },
      ip,
    );
    expectProblem(res, 404, 'not-found');
    expect(problemCore(res)).toEqual(problemCore(track));
    for (let i = 0; i < 4; i++)
      expectProblem(await portalPost(server.app, '/room-ticket', wrong, newClientIp()), 404, 'not-found');
    const right = { trackingCode: other.trackingCode, phoneLast4: other.applicant.phoneLast4 };
    expectProblem(await portalPost(server.app, '/track', right, newClientIp()), 404, 'not-found');
    expectProblem(
      await portalPost(server.app, '/room-ticket', { ...right, sessionId: other.sessionId }, newClientIp()),
      404,
      'not-found',
    );
  });

  it('lets the respondent prove with the same code and their own digits, as the respondent', async () => {
    const proof = { trackingCode: c.trackingCode, phoneLast4: c.respondent.phoneLast4 };
    const track = await portalPost(server.app, '/track', proof, newClientIp());
    expect(track.statusCode, track.body).toBe(200);
    expect(track.json().you).toEqual({ name: '赵老板', role: 'respondent' });
    const ticket = await roomTicket(server.app, c, c.respondent.phoneLast4);
    const room = await citizen(ticket, 'GET', '');
    expect(room.statusCode, room.body).toBe(200);
    expect(room.json()).toMatchObject({
      me: { kind: 'party', id: c.respondent.id },
      channels: ['joint', `private:${c.respondent.id}`],
    });
  });

  it('is refused for a session of another case and for bad input', async () => {
    const other = await onlineCase(world, server.app, c.tree);
    const res = await portalPost(
      server.app,
      '/room-ticket',
      { trackingCode: c.trackingCode, phoneLast4: c.applicant.phoneLast4, sessionId: other.sessionId },
      newClientIp(),
    );
    expectProblem(res, 404, 'not-found');
    const bad = await portalPost(
      server.app,
      '/room-ticket',
      { trackingCode: c.trackingCode, phoneLast4: '12' },
      newClientIp(),
    );
    expect(expectProblem(bad, 400, 'validation-failed').errors!.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(['#/phoneLast4', '#/sessionId']),
    );
    expectProblem(await citizen('forged', 'GET', ''), 401, 'unauthenticated');
  });
});

describe('staff in the room', () => {
  it('lets the session’s mediator in and shows every channel', async () => {
    const res = await staff(c.cookies.mediator, 'GET', '');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().channels).toEqual(['joint', `private:${c.applicant.id}`, `private:${c.respondent.id}`]);
  });

  it.each([
    ['GET', ''],
    ['GET', '/messages?channel=joint'],
    ['POST', '/messages'],
    ['POST', '/drafts'],
    ['GET', '/files/x'],
  ] as const)(
    'answers %s room%s with 404 outside scope and 403 to in-scope staff who do not mediate',
    async (method, path) => {
      const payload =
        method === 'POST'
          ? path === '/drafts'
            ? { text: '草案' }
            : { channel: 'joint', text: '你好' }
          : undefined;
      expectProblem(await staff(c.cookies.outsider, method, path, payload), 404, 'not-found');
      expectProblem(await staff(c.cookies.intake, method, path, payload), 403, 'forbidden');
    },
  );

  it('answers a file upload outside scope with 404', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: `${base()}/files?channel=joint`,
      ...multipart('a.png', PNG),
      headers: { ...multipart('a.png', PNG).headers, cookie: c.cookies.outsider },
    });
    expectProblem(res, 404, 'not-found');
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = await world.db
      .selectFrom('roomMessages')
      .select('id')
      .where('sessionId', '=', c.sessionId)
      .execute();
    expect(
      expectProblem(
        await staff(c.cookies.mediator, 'POST', '/messages', { channel: 'joint', text: '   ' }),
        400,
        'validation-failed',
      ).errors![0]!.pointer,
    ).toBe('#/text');
    expectProblem(
      await staff(c.cookies.mediator, 'POST', '/messages', { channel: 'private:nobody', text: '你好' }),
      404,
      'not-found',
    );
    expect(
      expectProblem(
        await staff(c.cookies.mediator, 'POST', '/messages', { channel: 'joint' }),
        400,
        'validation-failed',
      ).errors![0]!.pointer,
    ).toBe('#/text');
    expect(
      expectProblem(await staff(c.cookies.mediator, 'POST', '/drafts', {}), 400, 'validation-failed')
        .errors![0]!.pointer,
    ).toBe('#/agreementId');
    expect(
      expectProblem(
        await staff(c.cookies.mediator, 'POST', '/drafts', { agreementId: 'nope' }),
        400,
        'validation-failed',
      ).errors![0]!.pointer,
    ).toBe('#/agreementId');
    const exe = await server.app.inject({
      method: 'POST',
      url: `${base()}/files?channel=joint`,
      ...multipart('photo.jpg', Buffer.from('MZ\x90\x00 not an image')),
      headers: { ...multipart('x', PNG).headers, cookie: c.cookies.mediator },
    });
    expect(expectProblem(exe, 415, 'unsupported-media-type').errors![0]!.pointer).toBe('#/file');
    const after = await world.db
      .selectFrom('roomMessages')
      .select('id')
      .where('sessionId', '=', c.sessionId)
      .execute();
    expect(after).toHaveLength(before.length);
  });
});

describe('a party’s messages', () => {
  it('are limited per room (120 per 10 minutes); staff are not', async () => {
    const ticket = await roomTicket(server.app, c, c.respondent.phoneLast4);
    const post = () => citizen(ticket, 'POST', '/messages', { channel: 'joint', text: '在吗' });
    for (let i = 0; i < 120; i++) expect((await post()).statusCode).toBe(201);
    expectProblem(await post(), 429, 'too-many-requests');
    const staffPost = await staff(c.cookies.mediator, 'POST', '/messages', {
      channel: 'joint',
      text: '请稍等',
    });
    expect(staffPost.statusCode).toBe(201);
  });
});

describe('files in a channel', () => {
  it('are readable by that channel’s members only', async () => {
    const a = await roomTicket(server.app, c, c.applicant.phoneLast4);
    const b = await roomTicket(server.app, c, c.respondent.phoneLast4);
    const up = multipart('工资条.png', PNG);
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/v1/portal/room/files?channel=private:${c.applicant.id}`,
      payload: up.payload,
      headers: { ...up.headers, 'x-room-ticket': a },
    });
    expect(res.statusCode, res.body).toBe(201);
    const fileId = res.json().data.fileId as string;
    expect(res.json()).toMatchObject({
      kind: 'file',
      body: '工资条.png',
      channel: `private:${c.applicant.id}`,
    });
    const mine = await citizen(a, 'GET', `/files/${fileId}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(PNG)).toBe(true);
    expect((await staff(c.cookies.mediator, 'GET', `/files/${fileId}`)).statusCode).toBe(200);
    expectProblem(await citizen(b, 'GET', `/files/${fileId}`), 404, 'not-found');
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: `/api/v1/portal/room/files?channel=private:${c.applicant.id}`,
        payload: up.payload,
        headers: { ...up.headers, 'x-room-ticket': b },
      }),
      404,
      'not-found',
    );
    const bList = await citizen(b, 'GET', `/messages?channel=private:${c.applicant.id}`);
    expectProblem(bList, 404, 'not-found');
  });
});

describe('draft agreements', () => {
  it('are posted by the mediator and confirmed by each party with the proof, once', async () => {
    const agreement = await server.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${c.caseId}/agreements`,
      headers: { cookie: c.cookies.mediator },
      payload: {
        form: 'written',
        facts: '被申请人拖欠工资一万二千元。',
        disputedMatters: '支付期限。',
        terms: [
          {
            obligorPartyId: c.respondent.id,
            obligation: '支付工资',
            amountFen: 1_200_000,
            dueDate: '2026-03-20',
          },
        ],
      },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const posted = await staff(c.cookies.mediator, 'POST', '/drafts', { agreementId: agreement.json().id });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({
      kind: 'draft',
      channel: 'joint',
      data: { terms: [{ obligation: '支付工资', amountFen: 1_200_000 }] },
    });
    const draftId = posted.json().data.draftId as string;

    const confirm = (phoneLast4: string) =>
      portalPost(
        server.app,
        `/room/drafts/${draftId}/confirm`,
        { trackingCode: c.trackingCode, phoneLast4, sessionId: c.sessionId },
        newClientIp(),
      );
    expectProblem(await confirm('0001'), 404, 'not-found');
    const first = await confirm(c.applicant.phoneLast4);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      kind: 'confirmation',
      channel: 'joint',
      data: { partyId: c.applicant.id, proof: 'tracking_code+phone_last4' },
    });
    expectProblem(await confirm(c.applicant.phoneLast4), 409, 'conflict');
    expect((await confirm(c.respondent.phoneLast4)).statusCode).toBe(201);

    const room = (await staff(c.cookies.mediator, 'GET', '')).json();
    const draft = room.drafts.find((d: { id: string }) => d.id === draftId);
    expect(draft.confirmations).toHaveLength(2);
    expect(draft.confirmations).toEqual(
      expect.arrayContaining([
        {
          partyId: c.applicant.id,
          partyName: '王小明',
          confirmedAt: '2026-03-02T01:00:00.000Z',
          proof: 'tracking_code+phone_last4',
        },
        {
          partyId: c.respondent.id,
          partyName: '赵老板',
          confirmedAt: '2026-03-02T01:00:00.000Z',
          proof: 'tracking_code+phone_last4',
        },
      ]),
    );
    const stored = await world.db
      .selectFrom('roomConfirmations')
      .selectAll()
      .where('draftId', '=', draftId)
      .execute();
    expect(stored.every((s) => s.accessId && s.ip)).toBe(true);
    const events = await world.db
      .selectFrom('caseEvents')
      .select('type')
      .where('caseId', '=', c.caseId)
      .where('type', '=', 'room_draft_confirmed')
      .execute();
    expect(events).toHaveLength(2);
  });
});
