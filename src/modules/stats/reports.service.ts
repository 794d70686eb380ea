/**
 * Reports (每天一简报、每周一交流、每月一分析, issue 7): generated on demand or by the
 * scheduled job, stored once per kind, period and organisation (a new generation replaces
 * the files of the old one), listed and downloaded as Word and Excel. The files live in
 * the content-addressed file store; the row keeps their SHA-256. Scope: the caller's
 * subtree, "not found" outside it. A scheduled report is e-mailed to its subscribers
 * (report-subscriptions.service.ts) in the transaction that stores it.
 */
import type { Readable } from 'node:stream';
import { inTransaction } from '../../db/dialect.ts';
import { DOCX_MIME } from '../../documents/index.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { NotFound } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireActor } from '../../lib/scope.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgById, listRootOrgs } from '../orgs/index.ts';
import { buildReportContent, reportingActor, type ReportOrg } from './report-builder.ts';
import { reportDocx } from './report-docx.ts';
import {
  REPORT_KINDS,
  REPORT_KIND_ZH,
  latestDuePeriod,
  parseReportPeriod,
  type ReportKind,
} from './report-periods.ts';
import { XLSX_MIME, reportXlsx } from './report-xlsx.ts';
import type { Period } from './period.ts';
import { queueReportEmails } from './report-subscriptions.service.ts';
import * as q from './reports.queries.ts';

function toView(row: q.ReportRow) {
  return {
    id: row.id,
    kind: row.kind,
    kindZh: REPORT_KIND_ZH[row.kind],
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    orgId: row.orgId,
    orgName: row.orgName,
    title: row.title,
    figures: JSON.parse(row.figures) as Record<string, number | null>,
    source: row.source,
    docxSize: row.docxSize,
    xlsxSize: row.xlsxSize,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
export type ReportView = ReturnType<typeof toView>;

/** The Word and Excel files of a report, built from the current figures. ctx.actor must see `org`. */
export async function renderReport(ctx: ServiceContext, kind: ReportKind, period: Period, org: ReportOrg) {
  const content = await buildReportContent(ctx, kind, period, org);
  const figures = Object.fromEntries(content.figures.map((f) => [f.key, f.current]));
  return { content, figures, docx: await reportDocx(content), xlsx: await reportXlsx(content) };
}

/** Generates and stores the report (replacing one of the same kind, period and organisation). */
async function storeReport(
  ctx: ServiceContext,
  input: { kind: ReportKind; period: Period; org: ReportOrg; source: 'schedule' | 'on_demand' },
): Promise<ReportView> {
  const { content, figures, docx, xlsx } = await renderReport(ctx, input.kind, input.period, input.org);
  const [docxFile, xlsxFile] = [await ctx.files.put(docx), await ctx.files.put(xlsx)];
  const now = ctx.clock.now().toISOString();
  const files = {
    title: content.title,
    figures: JSON.stringify(figures),
    docxSha256: docxFile.sha256,
    docxSize: docxFile.size,
    xlsxSha256: xlsxFile.sha256,
    xlsxSize: xlsxFile.size,
    source: input.source,
    createdBy: ctx.actor && ctx.actor.via !== 'system' ? ctx.actor.userId : null,
    updatedAt: now,
  };
  const id = await inTransaction(ctx.db, async (trx) => {
    const key = { kind: input.kind, periodStart: input.period.from, orgId: input.org.id };
    const existing = await q.selectReportFor(trx, key);
    const reportId = existing?.id ?? newId();
    if (existing) await q.updateReport(trx, reportId, files);
    else
      await q.insertReport(trx, {
        id: reportId,
        ...key,
        periodEnd: input.period.to,
        createdAt: now,
        ...files,
      });
    await recordAudit(withDb(ctx, trx), {
      action: 'report.generate',
      targetType: 'report',
      targetId: reportId,
      detail: { ...key, periodEnd: input.period.to, source: input.source, replaced: Boolean(existing) },
    });
    if (input.source === 'schedule')
      await queueReportEmails(withDb(ctx, trx), {
        kind: input.kind,
        org: input.org,
        title: content.title,
        periodText: content.periodText,
        periodStart: input.period.from,
        headline: content.headline,
        docxSha256: docxFile.sha256,
        xlsxSha256: xlsxFile.sha256,
      });
    return reportId;
  });
  ctx.log.info({ reportId: id, kind: input.kind, period: input.period }, 'report generated');
  return toView((await q.selectReport(ctx.db, id))!);
}

async function orgInScope(ctx: ServiceContext, orgId: string | undefined): Promise<ReportOrg> {
  const actor = requireActor(ctx.actor);
  const org = await findOrgById(ctx, orgId ?? actor.orgId);
  if (!org || !canAccessOrg(actor, org.path)) throw new NotFound('Organisation');
  return { id: org.id, name: org.name, path: org.path };
}

/**
 * `POST /reports`: generates the report of `kind` for the period named by `period` (a day,
 * any day of the week, or a month `YYYY-MM`) for `orgId` (default the caller's own).
 * @throws NotFound outside the caller's subtree; ValidationFailed naming `#/period`.
 */
export async function generateReport(
  ctx: ServiceContext,
  input: { kind: ReportKind; period: string; orgId?: string },
): Promise<ReportView> {
  const org = await orgInScope(ctx, input.orgId);
  const period = parseReportPeriod(input.kind, input.period);
  return storeReport(ctx, { kind: input.kind, period, org, source: 'on_demand' });
}

/** `GET /reports`: reports of the caller's subtree, newest period first. */
export async function listReports(ctx: ServiceContext, filter: { kind?: ReportKind; orgId?: string }) {
  const actor = requireActor(ctx.actor);
  if (filter.orgId) await orgInScope(ctx, filter.orgId);
  const rows = await q.selectReportsUnder(ctx.db, { path: actor.orgPath, ...filter, limit: 200 });
  return rows.map(toView);
}

/** `GET /reports/:id/docx|xlsx`: the stored file. @throws NotFound outside the caller's subtree. */
export async function openReportFile(
  ctx: ServiceContext,
  id: string,
  format: 'docx' | 'xlsx',
): Promise<{ fileName: string; mime: string; stream: Readable }> {
  const actor = requireActor(ctx.actor);
  const row = await q.selectReport(ctx.db, id);
  if (!row || !canAccessOrg(actor, row.orgPath)) throw new NotFound('Report');
  const sha = format === 'docx' ? row.docxSha256 : row.xlsxSha256;
  return {
    fileName: `${row.title}（${row.periodStart}）.${format}`,
    mime: format === 'docx' ? DOCX_MIME : XLSX_MIME,
    stream: ctx.files.open(sha),
  };
}

/**
 * The scheduled job: for every top-level organisation, the latest report of each kind
 * that is due (daily from 08:00 for the day before, weekly from Monday 08:00, monthly from
 * 08:00 on the 1st) is generated unless it exists. Catches up one period after downtime.
 */
export async function generateDueReports(
  ctx: ServiceContext,
): Promise<{ generated: number; checked: number }> {
  const now = ctx.clock.now();
  const today = localDate(now);
  const hour = (now.getUTCHours() + 8) % 24;
  let generated = 0;
  let checked = 0;
  for (const root of await listRootOrgs(ctx)) {
    const org = { id: root.id, name: root.name, path: (await findOrgById(ctx, root.id))!.path };
    const sys = { ...ctx, actor: reportingActor(org) };
    for (const kind of REPORT_KINDS) {
      checked++;
      const period = latestDuePeriod(kind, today, hour);
      if (await q.selectReportFor(ctx.db, { kind, periodStart: period.from, orgId: org.id })) continue;
      await storeReport(sys, { kind, period, org, source: 'schedule' });
      generated++;
    }
  }
  return { generated, checked };
}

/** For the command line: the report's bytes for an organisation (no scope check, nothing stored). */
export async function exportReport(
  ctx: ServiceContext,
  input: { kind: ReportKind; period: string; orgId: string; format: 'docx' | 'xlsx' },
): Promise<Buffer> {
  const found = await findOrgById(ctx, input.orgId);
  if (!found) throw new NotFound('Organisation');
  const org = { id: found.id, name: found.name, path: found.path };
  const period = parseReportPeriod(input.kind, input.period);
  const rendered = await renderReport({ ...ctx, actor: reportingActor(org) }, input.kind, period, org);
  return input.format === 'docx' ? rendered.docx : rendered.xlsx;
}
