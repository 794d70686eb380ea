/**
 * Statistics (DESIGN.md §5, issue 7): the figures leaders read, defined once
 * (figure-definitions.ts), counted from the event log and the case tables for an
 * organisation subtree by place or by handler, broken down, compared with the previous
 * period and last year, and traceable to the items behind each number.
 */
export {
  FIGURE_DEFINITIONS,
  COUNT_FIGURES,
  RATE_FIGURES,
  COUNT_KEYS,
  RATE_KEYS,
  type CountKey,
  type RateKey,
  type FigureKey,
  type CountValues,
  type RateValues,
} from './figure-definitions.ts';
export { ratesOf, rate, countFigure } from './figure-values.ts';
export {
  statsSummary,
  statsCases,
  resolveTarget,
  type StatsQuery,
  type StatsSummary,
} from './stats.service.ts';
export { statsBreakdown, type BreakdownRow } from './stats-breakdown.service.ts';
export { changeOf, changePhrase, percent, CHANNEL_ZH } from './stats-labels.ts';
export { statsRoutes } from './stats.routes.ts';
export {
  generateReport,
  generateDueReports,
  exportReport,
  listReports,
  openReportFile,
  type ReportView,
} from './reports.service.ts';
export { REPORT_KINDS, type ReportKind } from './report-periods.ts';
export { reportsRoutes } from './reports.routes.ts';
export { reportSubscriptionsRoutes } from './report-subscriptions.routes.ts';
export { listReportSubscriptions, replaceReportSubscriptions } from './report-subscriptions.service.ts';
export { refreshDailyCounts, rebuildDailyCounts } from './stats-aggregate.service.ts';
export { exportReportCommand, EXPORT_REPORT_USAGE } from './report-command.ts';
