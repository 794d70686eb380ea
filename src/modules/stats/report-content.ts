/**
 * What a report holds, resolved by reports.service.ts and laid out by report-docx.ts
 * (Word) and report-xlsx.ts (Excel): the headline, every figure with its comparisons, the
 * breakdowns, hotspots, and the overdue and major-risk cases. Plain data; pure helpers.
 */
import { COUNT_FIGURES, RATE_FIGURES, type CountKey, type RateKey } from './figure-definitions.ts';
import type { Period } from './period.ts';
import type { ReportKind } from './report-periods.ts';

export interface ReportFigureLine {
  key: CountKey | RateKey;
  nameZh: string;
  isRate: boolean;
  current: number | null;
  previous: number | null;
  lastYear: number | null;
}

export interface ReportBreakdown {
  by: 'category' | 'channel' | 'org' | 'grid' | 'day';
  titleZh: string;
  /** Header of the first column: 类别, 渠道, 单位, 网格, 日期. */
  labelZh: string;
  rows: { label: string; values: Record<string, number | null> }[];
}

export interface ReportCaseLine {
  number: string;
  subject: string;
  orgName: string;
  statusZh: string;
  /** The deadline (overdue) or registration day (risk), as a Chinese date. */
  date: string;
}

export interface ReportContent {
  kind: ReportKind;
  title: string;
  orgName: string;
  period: Period;
  periodText: string;
  /** The day the report was generated, `YYYY-MM-DD`. */
  generatedOn: string;
  headline: string[];
  figures: ReportFigureLine[];
  breakdowns: ReportBreakdown[];
  hotspots: { label: string; found: number }[];
  overdue: ReportCaseLine[];
  majorRisk: ReportCaseLine[];
  definitions: { nameZh: string; definitionZh: string }[];
}

/** The figures shown as columns of the breakdown tables in Word (Excel shows them all). */
export const DOCX_COLUMNS: readonly (CountKey | RateKey)[] = [
  'found',
  'mediated',
  'successRate',
  'resolved',
  'onTimeRate',
  'satisfactionRate',
];

const NAMES = new Map<string, string>([...COUNT_FIGURES, ...RATE_FIGURES].map((f) => [f.key, f.nameZh]));
const RATES = new Set<string>(RATE_FIGURES.map((f) => f.key));

/** The Chinese column name of a figure. */
export const figureNameZh = (key: string) => NAMES.get(key) ?? key;
export const isRateKey = (key: string) => RATES.has(key);

/** Case statuses in words (the case lists of a report). */
export const STATUS_ZH: Readonly<Record<string, string>> = {
  registered: '登记',
  accepted: '受理',
  rejected: '不予受理',
  dispatched: '交办',
  returned: '退回',
  in_progress: '办理中',
  mediated_success: '调解成功',
  mediated_failed: '调解不成',
  resolved: '办结',
  archived: '归档',
};
