/**
 * 诉调对接案件移送函 with its 案件材料清单: the letter that hands a failed mediation over to the
 * court liaison (诉调对接), with the case summary, the parties, the undisputed facts, the
 * mediation sessions held and the list of materials. The original files travel in a zip built
 * elsewhere; this document lists them by name only.
 */
import type { FileChild } from 'docx';
import { chineseDate, chineseTime } from './chinese-dates.ts';
import { packDocument } from './document-styles.ts';
import { SESSION_OUTCOME_LABEL, type SessionOutcome } from './mediation-vocabulary.ts';
import {
  asSentence,
  bodyText,
  flushLine,
  gridTable,
  heading,
  numberLine,
  labelledText,
  labelledTexts,
  sealBlock,
  subItems,
  titleLine,
} from './paragraphs.ts';
import { type DocumentParty, partiesInProse, partyParagraphs } from './parties.ts';

/** One mediation session in the list. */
export interface SessionSummary {
  /** Start instant (ISO). */
  startsAt: string;
  /** The venue, or "网上调解". */
  place: string;
  /** Mediators' names, the lead first. */
  mediators: string[];
  outcome?: SessionOutcome;
}

/** One item of the material list. */
export interface MaterialItem {
  /** The file or document name, e.g. "调解笔录（2026年3月2日）.docx". */
  name: string;
  /** e.g. "原件", "复印件", "3页". */
  note?: string;
}

/** Everything the transfer letter shows, resolved by the caller. */
export interface LitigationSummaryInput {
  /** The sending committee or centre, e.g. "某某区矛盾纠纷多元化解中心". */
  sender: string;
  /** The receiving court (or its 诉调对接中心). */
  court: string;
  /** The letter's number. */
  number?: string;
  /** The platform's case number. */
  caseNumber: string;
  /** The court's own case number, when the court sent the case down or has registered it. */
  courtCaseNumber?: string;
  /** What the dispute is about, e.g. "劳务费纠纷". */
  disputeType: string;
  /** The day the case was registered, `YYYY-MM-DD`. */
  registeredOn: string;
  /** 案情摘要; line breaks start new paragraphs. */
  summary: string;
  parties: DocumentParty[];
  /** Why mediation failed. */
  failureReason?: string;
  /** The facts the parties confirmed as undisputed, numbered. */
  undisputedFacts: string[];
  sessions: SessionSummary[];
  /** The materials handed over, in order. */
  materials: MaterialItem[];
  /** Who the court may call about the case. */
  contact?: { name: string; phone: string };
  /** The day of the letter, `YYYY-MM-DD`. */
  date: string;
}

function letter(input: LitigationSummaryInput): FileChild[] {
  const reason = input.failureReason ? `，因${input.failureReason.replace(/[。.]$/u, '')}` : '';
  return [
    flushLine(`${input.court}：`),
    bodyText(
      `${partiesInProse(input.parties)}${input.disputeType}一案，经调解${reason}，未能达成调解协议。` +
        '根据诉调对接工作机制，现将该案移送你院，并随函附送案件材料，请依法处理。',
    ),
  ];
}

function caseFacts(input: LitigationSummaryInput): FileChild[] {
  return [
    heading('一、案件基本情况'),
    labelledText('案件编号', input.caseNumber),
    ...(input.courtCaseNumber ? [labelledText('法院案号', input.courtCaseNumber)] : []),
    labelledText('纠纷类型', input.disputeType),
    labelledText('登记日期', chineseDate(input.registeredOn)),
    ...labelledTexts('案情摘要', input.summary),
    heading('二、当事人'),
    ...partyParagraphs(input.parties),
    heading('三、无争议事实'),
    ...(input.undisputedFacts.length > 0
      ? subItems(input.undisputedFacts.map(asSentence))
      : [bodyText('无。')]),
  ];
}

function sessionTable(sessions: readonly SessionSummary[]): FileChild[] {
  if (sessions.length === 0) return [heading('四、调解情况'), bodyText('无调解记录。')];
  const rows = sessions.map((s, i) => [
    String(i + 1),
    `${chineseDate(s.startsAt)}\n${chineseTime(s.startsAt)}`,
    s.place,
    s.mediators.join('、'),
    s.outcome ? SESSION_OUTCOME_LABEL[s.outcome] : '',
  ]);
  return [
    heading('四、调解情况'),
    gridTable(['序号', '时间', '地点', '调解员', '结果'], rows, [2, 6, 5, 5, 4]),
  ];
}

function materialTable(materials: readonly MaterialItem[]): FileChild[] {
  const rows = materials.map((m, i) => [String(i + 1), m.name, m.note ?? '']);
  return [
    heading('五、案件材料清单'),
    ...(rows.length > 0 ? [gridTable(['序号', '材料名称', '备注'], rows, [2, 15, 5])] : [bodyText('无。')]),
  ];
}

/**
 * Builds the 诉调对接案件移送函 with the material list as a .docx, with the parties' full
 * particulars. Throws a RangeError on a malformed date or instant.
 */
export function litigationSummary(input: LitigationSummaryInput): Promise<Buffer> {
  const contact = input.contact
    ? [bodyText(`联系人：${input.contact.name}，联系电话：${input.contact.phone}。`, { before: 240 })]
    : [];
  return packDocument({
    title: `诉调对接案件移送函 ${input.caseNumber}`,
    children: [
      titleLine(input.sender),
      titleLine('诉调对接案件移送函'),
      ...(input.number ? [numberLine('编号', input.number)] : []),
      ...letter(input),
      ...caseFacts(input),
      ...sessionTable(input.sessions),
      ...materialTable(input.materials),
      ...contact,
      ...sealBlock([`${input.sender}（印）`, chineseDate(input.date)]),
    ],
  });
}
