import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import { casePayload, registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../../../test/support/factories.ts';
import { idNumber, mobile } from '../../../test/support/identities.ts';

let t: TestApp;
let tree: OrgTree;
let intakeA: string;
let intakeB: string;
let districtDispatcher: string;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  intakeA = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetA, roles: ['intake'] })).username,
  );
  intakeB = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.streetB, roles: ['intake'] })).username,
  );
  districtDispatcher = await signIn(
    t.app,
    (await buildUser(t.system, { orgId: tree.district, roles: ['dispatcher'] })).username,
  );
});
afterAll(() => t.close());

async function counts() {
  const n = async (table: 'cases' | 'caseParties' | 'caseEvents' | 'auditLog') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    cases: await n('cases'),
    parties: await n('caseParties'),
    events: await n('caseEvents'),
    audit: await n('auditLog'),
  };
}

describe('registration', () => {
  it('registers a case with its parties, a first event and a number {district}-{year}-{seq}', async () => {
    const applicantId = idNumber('110105', '19790612', 45);
    const phone = mobile();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: intakeA },
      payload: casePayload({
        gridId: tree.gridA,
        parties: [
          {
            kind: 'person',
            role: 'applicant',
            name: '王五',
            idNumber: applicantId,
            phone,
            agent: { name: '赵律师', phone: mobile() },
          },
        ],
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.number).toMatch(new RegExp(`^${tree.prefix}-2026-\\d{6}$`));
    expect(body).toMatchObject({
      status: 'registered',
      version: 1,
      channel: 'walk_in',
      category: { code: 'wage_arrears', topCode: 'labour', nameZh: '拖欠农民工工资' },
      grid: { id: tree.gridA },
      currentOrg: { id: tree.streetA },
      amountFen: 4_000_000,
    });
    expect(body.parties[0]).toMatchObject({
      name: '王五',
      idNumber: `110105********${applicantId.slice(-4)}`,
      phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      gender: 'male',
      agent: { name: '赵律师' },
    });
    expect(res.body).not.toContain(applicantId);
    expect(res.body).not.toContain(phone);
    expect(body.events).toEqual([
      expect.objectContaining({ seq: 1, type: 'registered', toStatus: 'registered' }),
    ]);
  });

  it.each([
    ['idNumber', { idNumber: '110105197906120451' }, 'invalid-checksum'],
    ['idNumber', { idNumber: idNumber('110105', '19990231') }, 'invalid-birth-date'],
    ['phone', { phone: '1381234567' }, 'invalid'],
    ['phone', { phone: '23812345678' }, 'invalid'],
  ])('refuses a bad %s with 400 naming the field, and writes nothing', async (field, party, code) => {
    const before = await counts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: intakeA },
      payload: casePayload({
        parties: [
          { kind: 'person', role: 'applicant', name: '张三' },
          { kind: 'person', role: 'respondent', name: '李四', ...party },
        ],
      }),
    });
    const problem = expectProblem(res, 400, 'validation-failed');
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: `#/parties/1/${field}`, code })]);
    expect(await counts()).toEqual(before);
  });

  it('reports every problem at once: unknown category, missing petition type, half coordinates', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: intakeA },
      payload: casePayload({ category: 'astrology', channel: 'petition', lat: 30.1 }),
    });
    expect(
      expectProblem(res, 400, 'validation-failed')
        .errors!.map((e) => e.pointer)
        .sort(),
    ).toEqual(['#/category', '#/lng', '#/petitionType']);
  });

  it('gives 50 concurrent registrations 50 distinct consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/cases',
          headers: { cookie: intakeA },
          payload: casePayload(),
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const seqs = results.map((r) => Number(r.json().number.split('-').pop())).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(50);
    expect(seqs[49]! - seqs[0]!).toBe(49);
  });

  it('fills the grid in from coordinates inside a grid boundary', async () => {
    const ring = [
      [121, 31],
      [121.01, 31],
      [121.01, 31.01],
      [121, 31.01],
      [121, 31],
    ];
    const csv = `code,name,type,parent_code,boundary\n${tree.prefix}-A-1-G9,甲一社区第九网格,grid,${tree.prefix}-A-1,"${JSON.stringify({ type: 'Polygon', coordinates: [ring] }).replace(/"/g, '""')}"\n`;
    const admin = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['admin'] })).username,
    );
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/orgs/import',
          headers: { cookie: admin, 'content-type': 'text/csv' },
          payload: csv,
        })
      ).statusCode,
    ).toBe(200);
    const created = await registerViaApi(t.app, intakeA, { lat: 31.005, lng: 121.005 });
    expect((created.grid as { name: string }).name).toBe('甲一社区第九网格');
  });

  it('is refused to a leader (403)', async () => {
    const leader = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['leader'] })).username,
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { cookie: leader },
        payload: casePayload(),
      }),
      403,
      'forbidden',
    );
  });
});

describe('personal data', () => {
  it('is returned whole only through reveal, which is audited with the reason', async () => {
    const id = idNumber('330106', '19851103', 77);
    const phone = mobile();
    const created = await registerViaApi(t.app, intakeA, {
      parties: [{ kind: 'person', role: 'applicant', name: '孙六', idNumber: id, phone }],
    });
    const read = await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: { cookie: intakeA } });
    const list = await t.app.inject({
      url: `/api/v1/cases?q=${encodeURIComponent('孙六')}`,
      headers: { cookie: intakeA },
    });
    for (const res of [read, list]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(id);
      expect(res.body).not.toContain(phone);
    }
    const partyId = created.parties[0]!.id;
    const reveal = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${created.id}/parties/${partyId}/reveal`,
      headers: { cookie: intakeA },
      payload: { reason: '电话联系当事人' },
    });
    expect(reveal.json()).toEqual({ idNumber: id, phone, agentPhone: null });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'party.reveal')
      .where('targetId', '=', partyId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({ reason: '电话联系当事人', caseId: created.id });
    expect(audit[0]!.detail).not.toContain(id);
  });

  it('is stored encrypted: the database holds neither the number nor the phone', async () => {
    const id = idNumber('330106', '19720101', 5);
    const phone = mobile();
    const created = await registerViaApi(t.app, intakeA, {
      parties: [{ kind: 'person', role: 'applicant', name: '周七', idNumber: id, phone }],
    });
    const row = await t.db
      .selectFrom('caseParties')
      .selectAll()
      .where('caseId', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(id);
    expect(JSON.stringify(row)).not.toContain(phone);
    expect(row.idNumberEnc).toMatch(/^v1:/);
  });

  it('needs a reason and a role that needs the data', async () => {
    const created = await registerViaApi(t.app, intakeA);
    const url = `/api/v1/cases/${created.id}/parties/${created.parties[0]!.id}/reveal`;
    expectProblem(
      await t.app.inject({ method: 'POST', url, headers: { cookie: intakeA }, payload: {} }),
      400,
      'validation-failed',
    );
    const leader = await signIn(
      t.app,
      (await buildUser(t.system, { orgId: tree.district, roles: ['leader'] })).username,
    );
    expectProblem(
      await t.app.inject({ method: 'POST', url, headers: { cookie: leader }, payload: { reason: '查看' } }),
      403,
      'forbidden',
    );
  });
});

describe('scope', () => {
  it('a street-B user cannot read, list, search, reveal or download street A’s case', async () => {
    const created = await registerViaApi(t.app, intakeA, {
      subject: '甲街道独有的噪音纠纷',
      description: '楼上住户深夜装修噪音扰民，多次协商无果。',
      category: 'noise',
      parties: [{ kind: 'person', role: 'applicant', name: '钱八' }],
    });
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('fake image body'),
    ]);
    const upload = await uploadFile(intakeA, created.id, 'photo.png', png);
    expect(upload.statusCode, upload.body).toBe(201);
    const attachment = upload.json().items[0];

    expectProblem(
      await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: { cookie: intakeB } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({ url: attachment.url, headers: { cookie: intakeB } }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${created.id}/parties/${created.parties[0]!.id}/reveal`,
        headers: { cookie: intakeB },
        payload: { reason: '查看' },
      }),
      404,
      'not-found',
    );
    expectProblem(await uploadFile(intakeB, created.id, 'x.png', png), 404, 'not-found');
    const searchB = (
      await t.app.inject({
        url: `/api/v1/cases?q=${encodeURIComponent('噪音')}`,
        headers: { cookie: intakeB },
      })
    ).json();
    expect(searchB.items.map((c: { id: string }) => c.id)).not.toContain(created.id);
    const listB = (
      await t.app.inject({ url: '/api/v1/cases?limit=200', headers: { cookie: intakeB } })
    ).json();
    expect(listB.items.map((c: { id: string }) => c.id)).not.toContain(created.id);
    expectProblem(
      await t.app.inject({ url: `/api/v1/cases?orgId=${tree.streetA}`, headers: { cookie: intakeB } }),
      404,
      'not-found',
    );

    // The district sees it, and street A downloads the very bytes uploaded.
    expect(
      (await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: { cookie: districtDispatcher } }))
        .statusCode,
    ).toBe(200);
    const download = await t.app.inject({ url: attachment.url, headers: { cookie: intakeA } });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
  });
});

async function uploadFile(cookie: string, caseId: string, name: string, data: Buffer) {
  const boundary = '----fengqiao' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/attachments`,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

describe('attachments', () => {
  it('checks the type by content, not by name, and writes nothing for a bad file', async () => {
    const created = await registerViaApi(t.app, intakeA);
    const res = await uploadFile(
      intakeA,
      created.id,
      'evidence.jpg',
      Buffer.from('MZ\x90\x00 this is really an exe'),
    );
    expectProblem(res, 415, 'unsupported-media-type');
    const read = (
      await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: { cookie: intakeA } })
    ).json();
    expect(read.attachments).toEqual([]);
    expect(read.events).toHaveLength(1);
  });

  it('accepts a PDF named .txt and records an event', async () => {
    const created = await registerViaApi(t.app, intakeA);
    const res = await uploadFile(
      intakeA,
      created.id,
      '协议扫描件.txt',
      Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().items[0]).toMatchObject({ fileName: '协议扫描件.txt', mimeType: 'application/pdf' });
    const read = (
      await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: { cookie: intakeA } })
    ).json();
    expect(read.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'attachment_added']);
  });
});
