/**
 * 调解笔录: the minutes of one mediation session — when and where (or 网上调解), who mediated
 * (the lead marked 主持) and who recorded, who attended or stayed away, each party's statement,
 * the facts found, the mediator's proposals and the outcome — signed by those present.
 */
import type { FileChild } from 'docx';
import { chineseTimeSpan } from './chinese-dates.ts';
import { packDocument } from './document-styles.ts';
import {
  type MediatorRef,
  SESSION_OUTCOME_LABEL,
  type SessionOutcome,
  mediatorNames,
  orderMediators,
} from './mediation-vocabulary.ts';
import {
  blankLine,
  bodyText,
  bodyTexts,
  fieldLine,
  heading,
  labelledTexts,
  asSentence,
  numberLine,
  signatureTable,
  titleLine,
} from './paragraphs.ts';

/** A person invited to the session, present or not. */
export interface SessionAttendee {
  name: string;
  /** Their capacity: "申请人", "被申请人", "委托代理人", "证人", … */
  role: string;
  present: boolean;
  /** e.g. "经电话通知未到场". */
  note?: string;
}

/** What one person said. */
export interface SessionStatement {
  /** The speaker as the record names them: "申请人张三". */
  speaker: string;
  text: string;
}

/** Everything a 调解笔录 shows, resolved by the caller. */
export interface MediationRecordInput {
  /** The mediation committee, e.g. "某某街道人民调解委员会". */
  committee: string;
  /** The case number, shown under the title when given. */
  caseNumber?: string;
  /** 案由, e.g. "张三与某某公司劳务费纠纷". */
  caseTitle?: string;
  /** Start instant (ISO). */
  startsAt: string;
  /** End instant (ISO). */
  endsAt?: string;
  /** The venue; ignored when `online`. */
  place?: string;
  /** A session held online is written 网上调解. */
  online?: boolean;
  mediators: MediatorRef[];
  /** 记录人. */
  recorder?: string;
  attendees: SessionAttendee[];
  /** Whether the mediators told the parties their rights and duties (default true: the form's line). */
  rightsNotified?: boolean;
  statements: SessionStatement[];
  /** 查明事实. */
  facts?: string;
  /** 调解意见: the mediator's proposals. */
  proposals?: string;
  outcome?: SessionOutcome;
  /** Why mediation failed or partly failed. */
  outcomeReason?: string;
}

const RIGHTS_NOTICE =
  '调解员向当事人告知了人民调解的性质、原则和效力，以及当事人在调解活动中享有的权利和承担的义务；人民调解不收取任何费用。';

function attendance(attendees: readonly SessionAttendee[]): string {
  return attendees
    .map((a) => `${a.role}${a.name}（${a.present ? '到场' : '未到场'}${a.note ? `，${a.note}` : ''}）`)
    .join('；');
}

function header(input: MediationRecordInput): FileChild[] {
  return [
    titleLine(input.committee),
    titleLine('调解笔录'),
    ...(input.caseNumber ? [numberLine('案件编号', input.caseNumber)] : []),
    ...(input.caseTitle ? [fieldLine('案由', input.caseTitle)] : []),
    fieldLine('时间', chineseTimeSpan(input.startsAt, input.endsAt)),
    fieldLine('地点', input.online ? '网上调解' : (input.place ?? '')),
    fieldLine('调解员', mediatorNames(input.mediators)),
    ...(input.recorder ? [fieldLine('记录人', input.recorder)] : []),
    fieldLine('参加人员', attendance(input.attendees)),
  ];
}

function outcome(input: MediationRecordInput): FileChild[] {
  if (!input.outcome) return [];
  const reason = input.outcomeReason ? `。原因：${input.outcomeReason}` : '';
  return [heading('调解结果：'), bodyText(asSentence(`${SESSION_OUTCOME_LABEL[input.outcome]}${reason}`))];
}

function signatures(input: MediationRecordInput): FileChild[] {
  const present = input.attendees
    .filter((a) => a.present)
    .map((a) => `${a.role}：${a.name}\n（签名或按指印）`);
  const staff = [
    ...orderMediators(input.mediators).map((m) => `调解员：${m.name}\n（签名）`),
    ...(input.recorder ? [`记录人：${input.recorder}\n（签名）`] : []),
  ];
  return [
    bodyText('以上笔录已经当事人阅看（或已向当事人宣读），确认无误。', { keepNext: true }),
    blankLine(),
    signatureTable([present, staff]),
  ];
}

/**
 * Builds the 调解笔录 of one session as a .docx. Only those marked present get a place to
 * sign. Throws a RangeError on a malformed instant.
 */
export function mediationRecord(input: MediationRecordInput): Promise<Buffer> {
  return packDocument({
    title: `调解笔录${input.caseNumber ? ` ${input.caseNumber}` : ''}`,
    children: [
      ...header(input),
      ...(input.rightsNotified === false ? [] : [heading('告知事项：'), bodyText(RIGHTS_NOTICE)]),
      heading('当事人陈述：'),
      ...input.statements.flatMap((s) => labelledTexts(s.speaker, s.text)),
      ...(input.facts ? [heading('查明事实：'), ...bodyTexts(input.facts)] : []),
      ...(input.proposals ? [heading('调解意见：'), ...bodyTexts(input.proposals)] : []),
      ...outcome(input),
      ...signatures(input),
    ],
  });
}
