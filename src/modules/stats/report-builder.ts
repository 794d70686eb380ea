/**
 * Gathers what a report holds (report-content.ts) from the statistics of this module: the
 * summary with its comparisons, the breakdowns, hotspots, and the overdue and major-risk
 * cases of the organisation's subtree (by place). Reads only.
 */
import type { Actor, ServiceContext } from '../../lib/context.ts';
import { localDate } from '../../lib/time.ts';
import { chineseDate } from '../../documents/index.ts';
import { OPEN_STATUSES } from '../cases/index.ts';
import { COUNT_KEYS, FIGURE_DEFINITIONS, RATE_KEYS } from './figure-definitions.ts';
import { rangeOf, type Period } from './period.ts';
import { STATUS_ZH, type ReportBreakdown, type ReportContent } from './report-content.ts';
import { REPORT_KIND_ZH, periodZh, type ReportKind } from './report-periods.ts';
import { headlineSentences } from './report-text.ts';
import { statsBreakdown, type BreakdownRow } from './stats-breakdown.service.ts';
import * as q from './stats.queries.ts';
import { statsSummary } from './stats.service.ts';

const LIST_LIMIT = 100;
const HOTSPOTS = 5;

/** The organisation a report is about. */
export interface ReportOrg {
  id: string;
  name: string;
  path: string;
}

/** The system reading the statistics of `org` for a scheduled or command-line report. */
export function reportingActor(org: ReportOrg): Actor {
  return {
    userId: 'system',
    username: 'system',
    displayName: '系统（报表）',
    orgId: org.id,
    orgPath: org.path,
    roles: ['leader'],
    via: 'system',
  };
}

const BREAKDOWNS: { by: ReportBreakdown['by']; titleZh: string; labelZh: string }[] = [
  { by: 'category', titleZh: '分类别', labelZh: '类别' },
  { by: 'org', titleZh: '分单位', labelZh: '单位' },
  { by: 'channel', titleZh: '分渠道', labelZh: '渠道' },
  { by: 'grid', titleZh: '分网格', labelZh: '网格' },
  { by: 'day', titleZh: '按日', labelZh: '日期' },
];

/** The title of a report: 某区矛盾纠纷调处化解每月分析. */
export const reportTitle = (orgName: string, kind: ReportKind) =>
  `${orgName}矛盾纠纷调处化解${REPORT_KIND_ZH[kind]}`;

/** Everything the report of `kind` for `period` states about `org`. ctx.actor must see `org`. */
export async function buildReportContent(
  ctx: ServiceContext,
  kind: ReportKind,
  period: Period,
  org: ReportOrg,
): Promise<ReportContent> {
  const query = { orgId: org.id, from: period.from, to: period.to };
  const summary = await statsSummary(ctx, query);
  const breakdowns: ReportBreakdown[] = [];
  let grids: BreakdownRow[] = [];
  for (const b of BREAKDOWNS) {
    if (b.by === 'day' && kind === 'daily') continue;
    const rows = (await statsBreakdown(ctx, { ...query, by: b.by })).rows;
    if (b.by === 'grid') grids = rows;
    breakdowns.push({ ...b, rows: rows.map((r) => ({ label: r.label, values: r.values })) });
  }
  const scope: q.StatsScope = { rootId: org.id, rootPath: org.path, view: 'place' };
  const overdue = await q.selectFigureRows(ctx.db, 'overdue', rangeOf(period), scope, {
    after: null,
    limit: LIST_LIMIT,
  });
  const holders = new Map(
    (await q.selectOrgNames(ctx.db, [...new Set(overdue.map((r) => r.currentOrgId))])).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const risky = await q.selectOpenCasesAtRisk(ctx.db, scope, {
    risks: ['major'],
    statuses: OPEN_STATUSES,
    limit: LIST_LIMIT,
  });
  const periodText = periodZh(kind, period);
  return {
    kind,
    title: reportTitle(org.name, kind),
    orgName: org.name,
    period,
    periodText,
    generatedOn: localDate(ctx.clock.now()),
    headline: headlineSentences({
      kind,
      current: summary,
      previous: summary.previousPeriod,
      lastYear: summary.lastYear,
    }),
    figures: [...COUNT_KEYS, ...RATE_KEYS].map((key) => ({
      key,
      nameZh: FIGURE_DEFINITIONS.find((f) => f.key === key)!.nameZh,
      isRate: RATE_KEYS.includes(key as never),
      current: summary[key],
      previous: summary.previousPeriod[key],
      lastYear: summary.lastYear[key],
    })),
    breakdowns,
    hotspots: grids
      .filter((r) => r.key !== null && (r.values.found ?? 0) > 0)
      .sort((a, b) => (b.values.found ?? 0) - (a.values.found ?? 0))
      .slice(0, HOTSPOTS)
      .map((r) => ({ label: r.label, found: r.values.found ?? 0 })),
    overdue: overdue.map((r) => ({
      number: r.number,
      subject: r.subject,
      orgName: holders.get(r.currentOrgId) ?? '',
      statusZh: STATUS_ZH[r.status] ?? r.status,
      date: r.at ? chineseDate(r.at) : '',
    })),
    majorRisk: risky.map((r) => ({
      number: r.number,
      subject: r.subject,
      orgName: r.orgName,
      statusZh: STATUS_ZH[r.status] ?? r.status,
      date: chineseDate(r.createdAt),
    })),
    definitions: FIGURE_DEFINITIONS.map((f) => ({ nameZh: f.nameZh, definitionZh: f.definitionZh })),
  };
}
