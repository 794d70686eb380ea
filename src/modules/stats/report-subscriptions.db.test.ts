/**
 * Report e-mail subscriptions end to end: subscribing within one's subtree only (404
 * outside, nothing changed), then the scheduled job generating the reports and queueing
 * one e-mail per subscriber who may see the organisation and has an address, delivered
 * to a real SMTP server with the Word and Excel files attached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, expectProblem, type TestApp } from '../../../test/support/app.ts';
import {
  buildOrgTree,
  buildUser,
  signIn,
  TEST_PASSWORD,
  type OrgTree,
} from '../../../test/support/factories.ts';
import { decodeMail, startSmtpServer, type TestSmtpServer } from '../../../test/support/mail.ts';
import { deliverOutbox } from '../notifications/index.ts';
import { createUser } from '../users/index.ts';
import { generateDueReports } from './reports.service.ts';

let t: TestApp;
let tree: OrgTree;
let smtp: TestSmtpServer;
const cookies = { leader: '', street: '', noEmail: '' };
const ids = { leader: '', street: '', moved: '' };

beforeAll(async () => {
  t = await buildTestApp();
  smtp = await startSmtpServer();
  tree = await buildOrgTree(t.system);
  const user = async (key: 'leader' | 'street' | 'moved', orgId: string, email: string) => {
    const created = await createUser(t.system, {
      username: `${key}_${tree.prefix}`,
      displayName: `${key}用户`,
      orgId,
      roles: ['leader'],
      password: TEST_PASSWORD,
      email,
    });
    ids[key] = created.id;
    return created.username;
  };
  cookies.leader = await signIn(t.app, await user('leader', tree.district, 'zhang.ling@qu.example.cn'));
  cookies.street = await signIn(t.app, await user('street', tree.streetA, 'li.hua@jiedao.example.cn'));
  await user('moved', tree.streetB, 'wang.qiang@jiedao.example.cn');
  const noEmail = await buildUser(t.system, { orgId: tree.district, roles: ['leader'] });
  cookies.noEmail = await signIn(t.app, noEmail.username);
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const call = (cookie: string, method: 'GET' | 'PUT', payload?: object) =>
  t.app.inject({
    method,
    url: '/api/v1/report-subscriptions',
    headers: { cookie },
    ...(payload ? { payload: payload as Record<string, unknown> } : {}),
  });

describe('subscribing to reports', () => {
  it('lists nothing at first and says whether the caller has an e-mail address', async () => {
    const res = await call(cookies.leader, 'GET');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ hasEmail: true, items: [] });
    expect((await call(cookies.noEmail, 'GET')).json()).toEqual({ hasEmail: false, items: [] });
  });

  it('replaces the caller’s subscriptions with the ones given, duplicates once, with an audit row', async () => {
    const res = await call(cookies.leader, 'PUT', {
      items: [
        { orgId: tree.district, kind: 'monthly' },
        { orgId: tree.district, kind: 'daily' },
        { orgId: tree.district, kind: 'monthly' },
        { orgId: tree.streetA, kind: 'weekly' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(
      body.items.map(
        (i: { orgId: string; kind: string }) => `${i.orgId === tree.district ? 'D' : 'A'} ${i.kind}`,
      ),
    ).toEqual(['D daily', 'D monthly', 'A weekly']);
    expect(body.items[0].orgName).toContain('测试区');
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'report.subscriptions.update')
      .where('targetId', '=', ids.leader)
      .execute();
    expect(audit).toHaveLength(1);
    const again = await call(cookies.leader, 'PUT', {
      items: [
        { orgId: tree.district, kind: 'monthly' },
        { orgId: tree.district, kind: 'daily' },
      ],
    });
    expect(again.json().items).toHaveLength(2);
  });

  it('refuses an organisation outside the caller’s subtree as not found, changing nothing', async () => {
    await call(cookies.street, 'PUT', { items: [{ orgId: tree.streetA, kind: 'weekly' }] });
    for (const orgId of [tree.district, tree.streetB, 'no-such-org']) {
      const res = await call(cookies.street, 'PUT', {
        items: [
          { orgId: tree.streetA, kind: 'monthly' },
          { orgId, kind: 'monthly' },
        ],
      });
      expectProblem(res, 404, 'not-found');
    }
    const list = (await call(cookies.street, 'GET')).json();
    expect(list.items.map((i: { kind: string }) => i.kind)).toEqual(['weekly']);
  });

  it('names what is wrong in a malformed request, and needs a signed-in user', async () => {
    const bad = await call(cookies.leader, 'PUT', { items: [{ orgId: tree.district, kind: 'yearly' }] });
    expectProblem(bad, 400, 'validation-failed');
    expect(JSON.stringify(bad.json().errors)).toContain('#/items/0/kind');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/report-subscriptions' });
    expect(anonymous.statusCode).toBe(401);
    expect((await call(cookies.leader, 'GET')).json().items).toHaveLength(2);
  });
});

interface Part {
  headers: string;
  bytes: Buffer;
}

/** The parts of a multipart message (base64 parts decoded), nested multiparts flattened. */
function partsOf(raw: string): Part[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((chunk) => {
      const split = chunk.indexOf('\r\n\r\n');
      const headers = chunk.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
      const body = chunk.slice(split + 4);
      if (/content-type:\s*multipart\//i.test(headers)) return partsOf(chunk);
      const bytes = /base64/i.test(headers)
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : Buffer.from(body);
      return [{ headers, bytes }];
    });
}

describe('the scheduled reports', () => {
  it('are e-mailed to each subscriber who may see the organisation and has an address, files attached', async () => {
    // A subscriber who has since moved to a street no longer sees the district's reports.
    await t.db
      .insertInto('reportSubscriptions')
      .values({
        userId: ids.moved,
        orgId: tree.district,
        kind: 'monthly',
        createdAt: '2026-03-01T00:00:00.000Z',
      })
      .execute();
    await call(cookies.noEmail, 'PUT', { items: [{ orgId: tree.district, kind: 'monthly' }] });

    t.clock.set('2026-04-01T01:00:00.000Z'); // 09:00 on the 1st in Shanghai: daily, weekly and monthly are due
    const ctx = { ...t.system, emailEnabled: true };
    const result = await generateDueReports(ctx);
    expect(result.generated).toBeGreaterThanOrEqual(3);
    const queued = await t.db.selectFrom('outbox').selectAll().where('channel', '=', 'email').execute();
    expect(queued.map((r) => r.target).sort()).toEqual([
      'zhang.ling@qu.example.cn',
      'zhang.ling@qu.example.cn',
    ]);

    const delivered = await deliverOutbox(t.system, {
      smtpUrl: smtp.url,
      from: '枫桥平台 <noreply@fengqiao.local>',
    });
    expect(delivered).toEqual({ sent: 2, retried: 0, failed: 0 });
    const subjects = smtp.messages.map((m) => decodeMail(m.raw).headers.subject).sort();
    expect(subjects[0]).toMatch(/^【枫桥】测试区T\w+矛盾纠纷调处化解每日简报（2026年3月31日）$/);
    expect(subjects[1]).toMatch(/^【枫桥】测试区T\w+矛盾纠纷调处化解每月分析（2026年3月）$/);

    const monthly = smtp.messages.find((m) => decodeMail(m.raw).headers.subject!.includes('每月分析'))!;
    expect(monthly.to).toEqual(['zhang.ling@qu.example.cn']);
    const parts = partsOf(monthly.raw);
    const text = parts.find((p) => /text\/plain/i.test(p.headers))!.bytes.toString('utf8');
    expect(text).toContain('统计期：2026年3月');
    expect(text).toContain('附件为本报告的 Word（.docx）和 Excel（.xlsx）文件');
    const report = await t.db
      .selectFrom('reports')
      .selectAll()
      .where('kind', '=', 'monthly')
      .where('orgId', '=', tree.district)
      .executeTakeFirstOrThrow();
    const stored = async (sha: string) => {
      const chunks: Buffer[] = [];
      for await (const c of t.system.files.open(sha)) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    };
    const docx = parts.find((p) => p.headers.includes('wordprocessingml'))!;
    const xlsx = parts.find((p) => p.headers.includes('spreadsheetml'))!;
    expect(docx.headers).toMatch(/attachment/i);
    expect(docx.bytes.equals(await stored(report.docxSha256))).toBe(true);
    expect(xlsx.bytes.equals(await stored(report.xlsxSha256))).toBe(true);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('are not e-mailed when generated on demand, nor when SMTP is not configured', async () => {
    await t.db.deleteFrom('outbox').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { cookie: await signIn(t.app, `leader_${tree.prefix}`) },
      payload: { kind: 'monthly', period: '2026-02', orgId: tree.district },
    });
    expect(res.statusCode, res.body).toBe(201);
    t.clock.set('2026-05-01T01:00:00.000Z');
    expect((await generateDueReports(t.system)).generated).toBeGreaterThan(0);
    expect(await t.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
  });
});
