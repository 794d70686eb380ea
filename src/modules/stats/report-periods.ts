/**
 * The periods of the three reports (每天一简报、每周一交流、每月一分析, issue 7): a day, a
 * week from Monday to Sunday, a calendar month, all in Asia/Shanghai; how people ask for
 * one (`2026-03-05`, a day of the week, `2026-03`); and which period of each kind is the
 * latest one due at a moment — daily from 08:00 for the day before, weekly from Monday
 * 08:00 for the week before, monthly from 08:00 on the 1st for the month before. Pure.
 */
import { invalidField } from '../../lib/errors.ts';
import { addDays, addMonths, monthEnd, type Period } from './period.ts';

export const REPORT_KINDS = ['daily', 'weekly', 'monthly'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_ZH: Record<ReportKind, string> = {
  daily: '每日简报',
  weekly: '每周交流',
  monthly: '每月分析',
};

/** Local hour at which the scheduled reports of the day fall due. */
export const REPORT_HOUR = 8;

const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/** The report period of `kind` holding the local day `day`. */
export function reportPeriodOf(kind: ReportKind, day: string): Period {
  if (kind === 'daily') return { from: day, to: day };
  if (kind === 'weekly') {
    const from = mondayOf(day);
    return { from, to: addDays(from, 6) };
  }
  const from = `${day.slice(0, 7)}-01`;
  return { from, to: monthEnd(from) };
}

/**
 * The period a request names: a day for daily and weekly (any day of the week), a month
 * `YYYY-MM` (or a day in it) for monthly. @throws ValidationFailed naming `pointer`.
 */
export function parseReportPeriod(kind: ReportKind, text: string, pointer = '#/period'): Period {
  const day = kind === 'monthly' && /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text;
  const ms = Date.parse(`${day}T00:00:00Z`);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(day);
  if (!valid)
    throw invalidField(
      pointer,
      'format',
      kind === 'monthly' ? 'period must be a month YYYY-MM' : 'period must be a day YYYY-MM-DD',
    );
  return reportPeriodOf(kind, day);
}

/**
 * The latest period of `kind` whose report is due at local day `today`, hour `hour`:
 * before 08:00 the previous one is still the latest.
 */
export function latestDuePeriod(kind: ReportKind, today: string, hour: number): Period {
  const day = hour >= REPORT_HOUR ? today : addDays(today, -1);
  if (kind === 'daily') return reportPeriodOf('daily', addDays(day, -1));
  if (kind === 'weekly') return reportPeriodOf('weekly', addDays(mondayOf(day), -7));
  return reportPeriodOf('monthly', addMonths(`${day.slice(0, 7)}-01`, -1));
}

/** The period in words: 2026年3月5日, 2026年3月2日至3月8日, 2026年3月. */
export function periodZh(kind: ReportKind, p: Period): string {
  const [y, m, d] = p.from.split('-').map(Number) as [number, number, number];
  if (kind === 'monthly') return `${y}年${m}月`;
  if (kind === 'daily') return `${y}年${m}月${d}日`;
  const [ty, tm, td] = p.to.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日至${ty === y ? '' : `${ty}年`}${tm}月${td}日`;
}
