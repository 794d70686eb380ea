/**
 * Every figure leaders read, defined once (DESIGN.md §5, issue 7): its key, its Chinese
 * name, what it counts (the unit), which date puts a record in a period, and for rates
 * the numerator and the denominator. The API docs, the UI tooltips, the queries
 * (stats.queries.ts reads `COUNT_FIGURES` keys) and the reports all take their wording
 * from here. Pure.
 *
 * Rules shared by all figures:
 * - A period is a run of whole local days (Asia/Shanghai), both ends included.
 * - A case belongs to an organisation's figures by where it happened (view `place`: its
 *   grid, or the organisation that registered it when it has no grid, lies in the
 *   subtree) or by who handled it (view `handler`: an organisation that held it — the
 *   current holder or one it was handed to — lies in the subtree).
 * - Events count once per case: only a case's first event of a type counts (a reopened
 *   case resolved again is not counted twice), at that event's time.
 * - Rates are numerator / denominator between 0 and 1, `null` when the denominator is 0.
 */

/** What one counted item is: the row that `/stats/cases` lists for the figure. */
export type FigureUnit = 'case' | 'rating' | 'referral' | 'confirmation' | 'followup' | 'agreement';

/** What kind of date places an item in a period: an instant, a local date, or none (a state now). */
export type FigureDateKind = 'instant' | 'date' | 'now';

export interface CountFigureDefinition {
  key: string;
  kind: 'count';
  nameZh: string;
  nameEn: string;
  unit: FigureUnit;
  dateKind: FigureDateKind;
  /** Chinese definition for tooltips and reports. */
  definitionZh: string;
  /** English definition for the API documentation. */
  definition: string;
}

export const COUNT_FIGURES = [
  {
    key: 'found',
    nameZh: '排查矛盾纠纷',
    nameEn: 'Disputes found',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '统计期内登记的案件数（按登记时间）。',
    definition: 'Cases registered in the period (cases.created_at).',
  },
  {
    key: 'accepted',
    nameZh: '受理',
    nameEn: 'Accepted',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '统计期内受理的案件数（按首次受理时间）。',
    definition: "Cases whose first 'accept' event falls in the period (case_events.at).",
  },
  {
    key: 'mediated',
    nameZh: '调处',
    nameEn: 'Mediated',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '统计期内记录调解结果的案件数（按首次记录调解结果时间，成功与不成功均计）。',
    definition: "Cases whose first 'record_outcome' event falls in the period, success or failure.",
  },
  {
    key: 'mediatedSuccess',
    nameZh: '调解成功',
    nameEn: 'Mediated successfully',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '“调处”中首次调解结果为调解成功的案件数。',
    definition: "Of 'mediated', the cases whose first outcome was success (to_status mediated_success).",
  },
  {
    key: 'resolved',
    nameZh: '办结',
    nameEn: 'Resolved',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '统计期内办结的案件数（按首次办结时间；重新办理后再次办结不重复计算）。',
    definition:
      "Cases whose first 'resolve' event falls in the period; a reopened case resolved again is not counted again.",
  },
  {
    key: 'resolvedOnTime',
    nameZh: '按时办结',
    nameEn: 'Resolved on time',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '“办结”中办结时办理期限未超期（办理时限未亮红灯）的案件数。',
    definition:
      "Of 'resolved', the cases whose handling deadline was not exceeded at resolution (the level recorded on the resolve event is not red).",
  },
  {
    key: 'overdue',
    nameZh: '超期未办结',
    nameEn: 'Overdue now',
    unit: 'case',
    dateKind: 'now',
    definitionZh: '当前仍在办理且期限已超期（红灯）的案件数，不受统计期限制。',
    definition: 'Open cases whose most urgent deadline is red now; the period does not apply.',
  },
  {
    key: 'ratings',
    nameZh: '评价',
    nameEn: 'Ratings',
    unit: 'rating',
    dateKind: 'instant',
    definitionZh: '统计期内群众的满意度评价条数（按评价时间；每方当事人每次办结一条）。',
    definition:
      'Satisfaction ratings given in the period (case_ratings.created_at); one per party per resolution.',
  },
  {
    key: 'ratingsSatisfied',
    nameZh: '满意及基本满意',
    nameEn: 'Satisfied ratings',
    unit: 'rating',
    dateKind: 'instant',
    definitionZh: '“评价”中评为满意或基本满意的条数。',
    definition: "Of 'ratings', those that are satisfied or basically_satisfied.",
  },
  {
    key: 'zeroVisit',
    nameZh: '零跑动办结',
    nameEn: 'Resolved with no visit',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '“办结”中当事人未到场跑动（跑动次数为0）的案件数。',
    definition: "Of 'resolved', the cases with no visit in person (cases.visits = 0).",
  },
  {
    key: 'oneVisit',
    nameZh: '最多跑一次办结',
    nameEn: 'Resolved with one visit',
    unit: 'case',
    dateKind: 'instant',
    definitionZh: '“办结”中当事人跑动一次（跑动次数为1）的案件数。',
    definition: "Of 'resolved', the cases with exactly one visit in person (cases.visits = 1).",
  },
  {
    key: 'courtReferralsClosed',
    nameZh: '诉前调解结案',
    nameEn: 'Court referrals closed',
    unit: 'referral',
    dateKind: 'date',
    definitionZh:
      '法院委派（诉前调解）案件在统计期内有了结果（调解成功、不成功或撤回）的件数（按结果日期）。',
    definition:
      "Court referrals for pre-litigation mediation (court_transfers direction 'from_court') whose outcome date falls in the period, whatever the outcome.",
  },
  {
    key: 'courtReferralsSettled',
    nameZh: '诉前化解',
    nameEn: 'Court referrals settled',
    unit: 'referral',
    dateKind: 'date',
    definitionZh: '“诉前调解结案”中调解成功化解的件数。',
    definition: "Of 'courtReferralsClosed', those settled by mediation (outcome 'settled').",
  },
  {
    key: 'judicialApplied',
    nameZh: '申请司法确认',
    nameEn: 'Judicial confirmations applied for',
    unit: 'confirmation',
    dateKind: 'date',
    definitionZh: '统计期内向法院申请司法确认的件数（按申请日期）。',
    definition:
      'Applications for judicial confirmation made in the period (judicial_confirmations.applied_on).',
  },
  {
    key: 'judicialConfirmed',
    nameZh: '司法确认有效',
    nameEn: 'Judicially confirmed',
    unit: 'confirmation',
    dateKind: 'date',
    definitionZh: '统计期内法院裁定确认调解协议有效的件数（按裁定日期）。',
    definition:
      "Judicial confirmations decided 'confirmed' in the period (judicial_confirmations.decided_on).",
  },
  {
    key: 'followupsDue',
    nameZh: '应回访',
    nameEn: 'Follow-up visits due',
    unit: 'followup',
    dateKind: 'date',
    definitionZh: '统计期内到期的回访次数（按应回访日期，已取消的不计）。',
    definition: 'Follow-up visits due in the period (followups.due_on), cancelled ones excluded.',
  },
  {
    key: 'followupsDone',
    nameZh: '已回访',
    nameEn: 'Follow-up visits made',
    unit: 'followup',
    dateKind: 'instant',
    definitionZh: '统计期内完成的回访次数（按回访完成时间）。',
    definition: 'Follow-up visits made in the period (followups.done_at).',
  },
  {
    key: 'agreementsFulfilled',
    nameZh: '协议履行完毕',
    nameEn: 'Agreements fulfilled',
    unit: 'agreement',
    dateKind: 'instant',
    definitionZh: '统计期内全部条款履行完毕的调解协议数（按最后一项条款核实履行的时间）。',
    definition:
      'Mediation agreements all of whose terms are fulfilled, dated by the last term checked (agreement_terms.checked_at).',
  },
] as const satisfies readonly Omit<CountFigureDefinition, 'kind'>[];

export type CountKey = (typeof COUNT_FIGURES)[number]['key'];

export interface RateFigureDefinition {
  key: string;
  kind: 'rate';
  nameZh: string;
  nameEn: string;
  numerator: CountKey;
  denominator: CountKey;
  definitionZh: string;
  definition: string;
}

export const RATE_FIGURES = [
  {
    key: 'successRate',
    nameZh: '调解成功率',
    nameEn: 'Mediation success rate',
    numerator: 'mediatedSuccess',
    denominator: 'mediated',
    definitionZh: '调解成功 ÷ 调处。',
    definition: 'mediatedSuccess / mediated.',
  },
  {
    key: 'onTimeRate',
    nameZh: '按时办结率',
    nameEn: 'On-time rate',
    numerator: 'resolvedOnTime',
    denominator: 'resolved',
    definitionZh: '按时办结 ÷ 办结。',
    definition: 'resolvedOnTime / resolved.',
  },
  {
    key: 'satisfactionRate',
    nameZh: '群众满意率',
    nameEn: 'Satisfaction rate',
    numerator: 'ratingsSatisfied',
    denominator: 'ratings',
    definitionZh: '（满意 + 基本满意）÷ 评价总数。',
    definition: '(satisfied + basically satisfied ratings) / ratings.',
  },
  {
    key: 'zeroVisitRate',
    nameZh: '零跑动率',
    nameEn: 'Zero-visit rate',
    numerator: 'zeroVisit',
    denominator: 'resolved',
    definitionZh: '零跑动办结 ÷ 办结。',
    definition: 'zeroVisit / resolved.',
  },
  {
    key: 'oneVisitRate',
    nameZh: '最多跑一次率',
    nameEn: 'One-visit rate',
    numerator: 'oneVisit',
    denominator: 'resolved',
    definitionZh: '跑动一次办结 ÷ 办结。',
    definition: 'oneVisit / resolved.',
  },
  {
    key: 'preLitigationRate',
    nameZh: '诉前化解率',
    nameEn: 'Pre-litigation resolution rate',
    numerator: 'courtReferralsSettled',
    denominator: 'courtReferralsClosed',
    definitionZh: '诉前化解 ÷ 诉前调解结案。',
    definition: 'courtReferralsSettled / courtReferralsClosed.',
  },
] as const satisfies readonly Omit<RateFigureDefinition, 'kind'>[];

export type RateKey = (typeof RATE_FIGURES)[number]['key'];
export type FigureKey = CountKey | RateKey;

export const COUNT_KEYS: readonly CountKey[] = COUNT_FIGURES.map((f) => f.key);
export const RATE_KEYS: readonly RateKey[] = RATE_FIGURES.map((f) => f.key);

/** Every definition, counts first, in display order (GET /stats/definitions). */
export const FIGURE_DEFINITIONS: readonly (CountFigureDefinition | RateFigureDefinition)[] = [
  ...COUNT_FIGURES.map((f) => ({ ...f, kind: 'count' as const })),
  ...RATE_FIGURES.map((f) => ({ ...f, kind: 'rate' as const })),
];

export type CountValues = Record<CountKey, number>;
export type RateValues = Record<RateKey, number | null>;
