/**
 * The headline of a report in Chinese sentences (issue 7): "本月共排查矛盾纠纷X件，同比上升Y%，
 * 环比……" — counts with their change against the same period last year (同比) and the
 * period before (环比), rates with their change in percentage points. Pure.
 */
import type { CountKey, RateKey } from './figure-definitions.ts';
import type { ReportKind } from './report-periods.ts';
import { changePhrase, percent } from './stats-labels.ts';

type Values = Record<CountKey, number | null> & Record<RateKey, number | null>;

/** What the headline is written from: the period's figures and its two comparisons. */
export interface HeadlineInput {
  kind: ReportKind;
  current: Values;
  previous: Values;
  lastYear: Values;
}

const PERIOD_WORD: Record<ReportKind, string> = { daily: '当日', weekly: '本周', monthly: '本月' };

/** A rate for prose: `95.2%`, or 暂无数据 when there was nothing to divide. */
export function rateZh(value: number | null): string {
  return value === null ? '暂无数据' : percent(value);
}

/** The change of a rate in percentage points: 上升1.5个百分点, 下降0.3个百分点, 持平, 无可比数据. */
export function pointsPhrase(now: number | null, before: number | null): string {
  if (now === null || before === null) return '无可比数据';
  const points = Math.round((now - before) * 1000) / 10;
  if (points === 0) return '持平';
  return `${points > 0 ? '上升' : '下降'}${Math.abs(points).toFixed(1)}个百分点`;
}

/** The headline paragraphs of a report. */
export function headlineSentences(input: HeadlineInput): string[] {
  const { current: c, previous: p, lastYear: y } = input;
  const n = (key: CountKey) => c[key] ?? 0;
  const count = (key: CountKey) => `同比${changePhrase(c[key], y[key])}，环比${changePhrase(c[key], p[key])}`;
  const rateWithChange = (key: RateKey) => `${rateZh(c[key])}（同比${pointsPhrase(c[key], y[key])}）`;
  return [
    `${PERIOD_WORD[input.kind]}共排查矛盾纠纷${n('found')}件，${count('found')}；受理${n('accepted')}件。`,
    `调处矛盾纠纷${n('mediated')}件，${count('mediated')}；其中调解成功${n('mediatedSuccess')}件，调解成功率${rateWithChange('successRate')}。`,
    `办结${n('resolved')}件，其中按时办结${n('resolvedOnTime')}件，按时办结率${rateWithChange('onTimeRate')}；当前超期未办结${n('overdue')}件。`,
    `收到群众评价${n('ratings')}条，群众满意率${rateWithChange('satisfactionRate')}；办结案件中零跑动率${rateZh(c.zeroVisitRate)}，最多跑一次率${rateZh(c.oneVisitRate)}。`,
    `法院委派诉前调解结案${n('courtReferralsClosed')}件，诉前化解${n('courtReferralsSettled')}件，诉前化解率${rateZh(c.preLitigationRate)}；申请司法确认${n('judicialApplied')}件，确认有效${n('judicialConfirmed')}件；应回访${n('followupsDue')}次，已回访${n('followupsDone')}次；调解协议履行完毕${n('agreementsFulfilled')}份。`,
  ];
}
