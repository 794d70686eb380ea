import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { mobile } from '../../../test/support/identities.ts';
import { newClientIp, portalPost, portalSubmission, problemCore } from '../../../test/support/portal.ts';
import { PORTAL_PHOTO_MAX_BYTES, PORTAL_PHOTOS_PER_REQUEST } from './portal-photos.service.ts';

let t: TestApp;
let tree: OrgTree;
let intakeCookie: string;

/** The smallest valid PNG header (content check reads the signature). */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const square = [
    [120, 30],
    [120.01, 30],
    [120.01, 30.01],
    [120, 30.01],
    [120, 30],
  ];
  await t.db
    .updateTable('orgs')
    .set({ boundary: JSON.stringify({ type: 'Polygon', coordinates: [square] }) })
    .where('id', '=', tree.gridA)
    .execute();
  const intake = await buildUser(t.system, { orgId: tree.district, roles: ['intake'] });
  intakeCookie = await signIn(t.app, intake.username);
});
afterAll(() => t.close());

async function submit(phone: string) {
  const res = await portalPost(t.app, '/cases', portalSubmission(tree.gridA, phone), newClientIp());
  expect(res.statusCode, res.body).toBe(201);
  const { trackingCode, caseNumber } = res.json() as { trackingCode: string; caseNumber: string };
  const row = await t.db
    .selectFrom('cases')
    .select('id')
    .where('number', '=', caseNumber)
    .executeTakeFirstOrThrow();
  return { trackingCode, caseId: row.id };
}

type Part = { field: string; value: string } | { file: string; data: Buffer };

function upload(parts: Part[], ip = newClientIp()) {
  const boundary = '----fengqiao' + Math.random().toString(16).slice(2);
  const chunks = parts.flatMap((p) =>
    'field' in p
      ? [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${p.field}"\r\n\r\n${p.value}\r\n`,
          ),
        ]
      : [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${p.file}"\r\nContent-Type: image/jpeg\r\n\r\n`,
          ),
          p.data,
          Buffer.from('\r\n'),
        ],
  );
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/portal/photos',
    remoteAddress: ip,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
  });
}

const proofParts = (trackingCode: string, phone: string): Part[] => [
  { field: 'trackingCode', value: trackingCode },
  { field: 'phoneLast4', value: phone.slice(-4) },
];

async function staffCase(caseId: string) {
  const res = await t.app.inject({ url: `/api/v1/cases/${caseId}`, headers: { cookie: intakeCookie } });
  return res.json() as {
    attachments: { fileName: string; mimeType: string }[];
    events: { type: string; actorName: string }[];
  };
}

describe('portal lists', () => {
  it('lists active categories and grids with their street and community, without signing in', async () => {
    const categories = (await t.app.inject({ url: '/api/v1/portal/categories' })).json();
    expect(categories.items).toContainEqual({
      code: 'wage_arrears',
      parentCode: 'labour',
      nameZh: '拖欠农民工工资',
      nameEn: 'Wages owed to migrant workers',
    });
    const grids = await t.app.inject({ url: '/api/v1/portal/grids' });
    expect(grids.statusCode).toBe(200);
    expect(grids.json().items).toEqual([
      { id: tree.gridA, name: '甲一社区第一网格', street: '甲街道', community: '甲一社区' },
      { id: tree.gridB, name: '乙一社区第一网格', street: '乙街道', community: '乙一社区' },
    ]);
  });

  it('finds the grid at a position, null outside every boundary, and names bad coordinates', async () => {
    const at = (q: string) =>
      t.app.inject({
        url: `/api/v1/portal/grids/locate?${q}`,
        remoteAddress: newClientIp(),
      });
    expect((await at('lat=30.005&lng=120.005')).json()).toEqual({
      grid: { id: tree.gridA, name: '甲一社区第一网格', street: '甲街道', community: '甲一社区' },
    });
    expect((await at('lat=31&lng=121')).json()).toEqual({ grid: null });
    const bad = expectProblem(await at('lat=95&lng=120'), 400, 'validation-failed');
    expect(bad.errors?.[0]?.pointer).toMatch(/lat$/);
  });
});

describe('portal photos', () => {
  it('adds images to the case, seen by staff as attachments with an event naming the citizen', async () => {
    const phone = mobile();
    const { trackingCode, caseId } = await submit(phone);
    const res = await upload([
      ...proofParts(trackingCode, phone),
      { file: '现场.jpg', data: JPEG },
      { file: 'a.png', data: PNG },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items.map((i: { mimeType: string }) => i.mimeType)).toEqual([
      'image/jpeg',
      'image/png',
    ]);
    const view = await staffCase(caseId);
    expect(view.attachments.map((a) => a.fileName).sort()).toEqual(['a.png', '现场.jpg']);
    expect(view.events.at(-1)).toMatchObject({ type: 'attachment_added', actorName: '王小明（网上）' });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('targetId', '=', caseId)
      .where('action', '=', 'case.attach')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('answers a wrong code, wrong digits and a missing case with the same 404 and stores nothing', async () => {
    const phone = mobile();
    const { trackingCode, caseId } = await submit(phone);
    const wrongDigits = await upload([
      { field: 'trackingCode', value: trackingCode },
      { field: 'phoneLast4', value: String((Number(phone.slice(-4)) + 1) % 10000).padStart(4, '0') },
      { file: 'x.jpg', data: JPEG },
    ]);
    const unknown = await upload([...proofParts('ABCDEFGHJK', phone), { file: 'x.jpg', data: JPEG }]);
    expectProblem(wrongDigits, 404, 'not-found');
    expectProblem(unknown, 404, 'not-found');
    expect(problemCore(wrongDigits)).toEqual(problemCore(unknown));
    expect((await staffCase(caseId)).attachments).toEqual([]);
  });

  it('refuses a PDF or an EXE named .jpg with 415 and writes nothing', async () => {
    const phone = mobile();
    const { trackingCode, caseId } = await submit(phone);
    for (const data of [Buffer.from('%PDF-1.4\n1 0 obj\n'), Buffer.from('MZ\x90\x00 really an exe')]) {
      const res = await upload([
        ...proofParts(trackingCode, phone),
        { file: '照片.jpg', data: JPEG },
        { file: '照片2.jpg', data },
      ]);
      const body = expectProblem(res, 415, 'unsupported-media-type');
      expect(body.errors?.[0]).toMatchObject({ pointer: '#/files/1', code: 'type' });
    }
    const view = await staffCase(caseId);
    expect(view.attachments).toEqual([]);
    expect(view.events.map((e) => e.type)).toEqual(['registered']);
  });

  it('refuses a photo over the size limit and more files than allowed at once with 413', async () => {
    const phone = mobile();
    const { trackingCode, caseId } = await submit(phone);
    const big = Buffer.concat([JPEG, Buffer.alloc(PORTAL_PHOTO_MAX_BYTES)]);
    expectProblem(
      await upload([...proofParts(trackingCode, phone), { file: 'big.jpg', data: big }]),
      413,
      'payload-too-large',
    );
    const many = Array.from({ length: PORTAL_PHOTOS_PER_REQUEST + 1 }, (_, i) => ({
      file: `${i}.jpg`,
      data: JPEG,
    }));
    expectProblem(await upload([...proofParts(trackingCode, phone), ...many]), 413, 'payload-too-large');
    expect((await staffCase(caseId)).attachments).toEqual([]);
  });

  it('names a missing proof field and a request without files', async () => {
    const phone = mobile();
    const { trackingCode } = await submit(phone);
    const noProof = expectProblem(await upload([{ file: 'x.jpg', data: JPEG }]), 400, 'validation-failed');
    expect(noProof.errors?.map((e) => e.pointer)).toEqual(['#/trackingCode', '#/phoneLast4']);
    const noFiles = expectProblem(await upload(proofParts(trackingCode, phone)), 400, 'validation-failed');
    expect(noFiles.errors?.[0]?.pointer).toBe('#/files');
  });

  it('counts uploads against the address’s limit', async () => {
    const phone = mobile();
    const { trackingCode } = await submit(phone);
    const ip = newClientIp();
    for (let i = 0; i < 20; i += 1)
      expect((await upload(proofParts(trackingCode, phone), ip)).statusCode).toBe(400);
    expectProblem(
      await upload([...proofParts(trackingCode, phone), { file: 'x.jpg', data: JPEG }], ip),
      429,
      'too-many-requests',
    );
  });
});
