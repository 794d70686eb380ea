/**
 * E-mail notifications end to end: notifyUsers writes the outbox row, the delivery job
 * sends it to a real SMTP server started here, and refusals are retried on the back-off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { createUser, type UserView } from '../users/index.ts';
import { runJobNow } from '../../jobs/index.ts';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { buildOrgTree, buildUser, TEST_PASSWORD, type OrgTree } from '../../../test/support/factories.ts';
import { decodeMail, startSmtpServer, type TestSmtpServer } from '../../../test/support/mail.ts';
import { deliverOutbox, notifyUsers, OUTBOX_BACKOFF_MS } from './index.ts';

let t: TestApp;
let tree: OrgTree;
let smtp: TestSmtpServer;
let ctx: ServiceContext;
let mediator: UserView;
let noEmail: UserView;
const FROM = '枫桥平台 <noreply@fengqiao.local>';

beforeAll(async () => {
  t = await buildTestApp();
  smtp = await startSmtpServer();
  tree = await buildOrgTree(t.system);
  ctx = { ...t.system, emailEnabled: true };
  mediator = await createUser(t.system, {
    username: `chen_${tree.prefix}`,
    displayName: '陈静',
    orgId: tree.committee,
    roles: ['mediator'],
    password: TEST_PASSWORD,
    email: 'chen.jing@tiaojie.example.cn',
  });
  noEmail = await buildUser(t.system, { orgId: tree.committee, roles: ['mediator'] });
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const deliver = (smtpUrl: string | null = smtp.url) => deliverOutbox(t.system, { smtpUrl, from: FROM });
const outboxRows = () => t.db.selectFrom('outbox').selectAll().where('channel', '=', 'email').execute();
const notify = (title: string, c: ServiceContext = ctx) =>
  notifyUsers(c, {
    userIds: [mediator.id, noEmail.id],
    kind: 'deadline_red',
    title,
    body: `案件「${title}」已超过办理期限，请尽快处理并回复督办。`,
  });

async function clearOutbox() {
  await t.db.deleteFrom('outbox').execute();
  smtp.messages.length = 0;
}

describe('e-mail notifications', () => {
  it('reach the SMTP server with the recipient, the Chinese subject and text', async () => {
    const result = await notify('王某与某物业公司服务合同纠纷超期');
    expect(result).toEqual({ inbox: 2, emails: 1, webhooks: 0 });
    const [row] = await outboxRows();
    expect(row).toMatchObject({ target: 'chen.jing@tiaojie.example.cn', status: 'pending', attempts: 0 });

    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(['chen.jing@tiaojie.example.cn']);
    expect(mail.from).toBe('noreply@fengqiao.local');
    const { headers, text } = decodeMail(mail.raw);
    expect(headers.subject).toBe('【枫桥】王某与某物业公司服务合同纠纷超期');
    expect(headers.from).toContain('枫桥平台');
    expect(headers['x-fengqiao-delivery']).toBe(row!.id);
    expect(text).toContain('案件「王某与某物业公司服务合同纠纷超期」已超过办理期限，请尽快处理并回复督办。');
    expect(await outboxRows()).toMatchObject([
      { status: 'sent', attempts: 1, sentAt: t.clock.now().toISOString(), lastError: null },
    ]);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    await clearOutbox();
  });

  it('are retried after a temporary refusal (4xx) once the back-off has passed', async () => {
    smtp.refuseNext(1, 451);
    await notify('重试');
    expect(await deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [row] = await outboxRows();
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: new Date(t.clock.now().getTime() + 60_000).toISOString(),
    });
    expect(row!.lastError).toMatch(/451/);
    expect(smtp.messages).toHaveLength(0);

    t.clock.advance(59_000);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    t.clock.advance(1_000);
    expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    expect(decodeMail(smtp.messages[0]!.raw).headers.subject).toBe('【枫桥】重试');
    expect(await outboxRows()).toMatchObject([{ status: 'sent', attempts: 2 }]);
    await clearOutbox();
  });

  it('fail at once when the server refuses the mailbox for good (5xx)', async () => {
    smtp.refuseNext(1, 550);
    await notify('无此邮箱');
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await outboxRows()).toMatchObject([{ status: 'failed', attempts: 1 }]);
    await clearOutbox();
  });

  it('wait 1 min, 5 min, 30 min, 2 h and 12 h between attempts, then fail', async () => {
    await notify('无法投递');
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const before = t.clock.now().getTime();
      const result = await deliver(null);
      const [row] = await outboxRows();
      expect(row!.attempts).toBe(attempt);
      if (attempt < 6) {
        expect(result).toEqual({ sent: 0, retried: 1, failed: 0 });
        const wait = new Date(row!.nextAttemptAt).getTime() - before;
        waits.push(wait);
        t.clock.advance(wait);
      } else expect(result).toEqual({ sent: 0, retried: 0, failed: 1 });
    }
    expect(waits).toEqual([...OUTBOX_BACKOFF_MS]);
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'failed', lastError: 'SMTP_URL is not set: e-mail cannot be sent' });
    await clearOutbox();
  });

  it('are sent by the registered outbox-deliver job with SMTP_URL and MAIL_FROM from the config', async () => {
    await notify('定时投递');
    const deps = t.app.deps;
    const withMail = { ...deps, config: { ...deps.config, mail: { smtpUrl: smtp.url, from: FROM } } };
    const { outcome } = await runJobNow(withMail, 'outbox-deliver', { log: t.system.log });
    expect(outcome).toMatchObject({ status: 'done', summary: { sent: 1 } });
    expect(smtp.messages).toHaveLength(1);
    await clearOutbox();
  });

  it('are sent once when two delivery runs overlap', async () => {
    for (let i = 0; i < 5; i++) await notify(`并发${i}`);
    const runs = await Promise.all([deliver(), deliver(), deliver()]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(5);
    expect(smtp.messages).toHaveLength(5);
    await clearOutbox();
  });

  it('are not queued when SMTP is not configured', async () => {
    expect(await notify('未配置邮件', { ...ctx, emailEnabled: false })).toEqual({
      inbox: 2,
      emails: 0,
      webhooks: 0,
    });
    expect(await outboxRows()).toEqual([]);
  });

  it('are written in the caller’s transaction: a rolled-back event leaves no inbox or outbox row', async () => {
    const before = await t.db.selectFrom('notifications').select('id').execute();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await notify('回滚', withDb(ctx, trx));
        throw new Error('the causing change failed');
      }),
    ).rejects.toThrow('the causing change failed');
    expect(await t.db.selectFrom('notifications').select('id').execute()).toHaveLength(before.length);
    expect(await outboxRows()).toEqual([]);
  });
});
