/**
 * Report e-mail subscriptions (issue 7: "Reports are e-mailed to users who subscribe"):
 * each user chooses kinds of report about organisations in their own subtree; when the
 * scheduled job generates such a report, every subscriber who still may see the
 * organisation and has an e-mail address gets it, Word and Excel attached, through the
 * outbox in the transaction that stores the report.
 */
import { inTransaction } from '../../db/dialect.ts';
import { DOCX_MIME } from '../../documents/index.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { NotFound } from '../../lib/errors.ts';
import { canAccessOrg, isInSubtree, requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { queueEmails, type QueuedEmail } from '../notifications/index.ts';
import { findOrgById } from '../orgs/index.ts';
import { getUser } from '../users/index.ts';
import { REPORT_KIND_ZH, type ReportKind } from './report-periods.ts';
import { XLSX_MIME } from './report-xlsx.ts';
import type { PutSubscriptionsBody } from './report-subscriptions.schemas.ts';
import * as q from './report-subscriptions.queries.ts';

const FOOTER = '\n\n——\n枫桥 · 矛盾纠纷多元化解平台。本邮件由系统发送，请勿直接回复。';

/** `GET /report-subscriptions`: the caller's subscriptions, and whether they have an address to receive them. */
export async function listReportSubscriptions(ctx: ServiceContext) {
  const actor = requireActor(ctx.actor);
  const me = await getUser(ctx, actor.userId);
  const rows = await q.selectSubscriptionsOf(ctx.db, actor.userId);
  return { hasEmail: Boolean(me.email), items: rows };
}

/**
 * `PUT /report-subscriptions`: replaces the caller's subscriptions with `items`
 * (duplicates count once). @throws NotFound when an organisation is unknown or outside
 * the caller's subtree; nothing changes then.
 */
export async function replaceReportSubscriptions(ctx: ServiceContext, body: PutSubscriptionsBody) {
  const actor = requireActor(ctx.actor);
  const wanted = new Map(body.items.map((i) => [`${i.orgId} ${i.kind}`, i]));
  for (const item of wanted.values()) {
    const org = await findOrgById(ctx, item.orgId);
    if (!org || !canAccessOrg(actor, org.path)) throw new NotFound('Organisation');
  }
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await q.deleteSubscriptionsOf(trx, actor.userId);
    await q.insertSubscriptions(
      trx,
      [...wanted.values()].map((i) => ({
        userId: actor.userId,
        orgId: i.orgId,
        kind: i.kind,
        createdAt: now,
      })),
    );
    await recordAudit(withDb(ctx, trx), {
      action: 'report.subscriptions.update',
      targetType: 'user',
      targetId: actor.userId,
      detail: { items: [...wanted.values()] },
    });
  });
  return listReportSubscriptions(ctx);
}

/** A stored report, as the e-mail tells of it. */
export interface ReportForEmail {
  kind: ReportKind;
  org: { id: string; name: string; path: string };
  title: string;
  periodText: string;
  periodStart: string;
  headline: readonly string[];
  docxSha256: string;
  xlsxSha256: string;
}

/** The e-mail of one report, in Chinese. */
export function reportEmail(report: ReportForEmail): Omit<QueuedEmail, 'to' | 'userId'> {
  const stem = `${report.title}（${report.periodStart}）`;
  return {
    kind: 'report',
    subject: `【枫桥】${report.title}（${report.periodText}）`,
    body:
      `${report.title}\n统计期：${report.periodText}\n\n${report.headline.join('\n')}\n\n` +
      '附件为本报告的 Word（.docx）和 Excel（.xlsx）文件；登录枫桥平台“统计报表”也可随时查看和下载。\n' +
      `您订阅了${report.org.name}的${REPORT_KIND_ZH[report.kind]}；如不再需要，可在平台“统计报表”中取消订阅。` +
      FOOTER,
    attachments: [
      { fileName: `${stem}.docx`, sha256: report.docxSha256, contentType: DOCX_MIME },
      { fileName: `${stem}.xlsx`, sha256: report.xlsxSha256, contentType: XLSX_MIME },
    ],
  };
}

/**
 * Queues the report for each subscriber who is active, has an e-mail address and whose
 * organisation's subtree still holds the report's organisation. Joins the caller's
 * transaction. @returns how many e-mails were queued (0 when SMTP is not configured).
 */
export async function queueReportEmails(ctx: ServiceContext, report: ReportForEmail): Promise<number> {
  const system = { ...ctx, actor: null };
  const emails: QueuedEmail[] = [];
  const message = reportEmail(report);
  for (const userId of await q.selectSubscriberIds(ctx.db, { orgId: report.org.id, kind: report.kind })) {
    const user = await getUser(system, userId);
    if (!user.isActive || !user.email) continue;
    const home = await findOrgById(ctx, user.orgId);
    if (!home || !isInSubtree(home.path, report.org.path)) continue;
    emails.push({ ...message, to: user.email, userId });
  }
  return queueEmails(ctx, emails);
}
