/**
 * 司法确认申请书: the parties' joint application to a people's court to confirm their people's
 * mediation agreement, made within 30 days of it taking effect (人民调解法 第三十三条;
 * 民事诉讼法 特别程序). Every party applies, so each is written as 申请人; the application
 * carries the promises the court requires of the applicants (双方承诺).
 */
import type { FileChild } from 'docx';
import { chineseDate } from './chinese-dates.ts';
import { packDocument } from './document-styles.ts';
import { type AgreementTerm, termSentence } from './mediation-vocabulary.ts';
import {
  blankLine,
  bodyText,
  flushLine,
  heading,
  numberedItems,
  sealBlock,
  signatureTable,
  titleLine,
} from './paragraphs.ts';
import { type DocumentParty, namesInProse, orderParties, partyParagraphs } from './parties.ts';

/** Everything a 司法确认申请书 shows, resolved by the caller. */
export interface JudicialConfirmationApplicationInput {
  /** The court applied to, e.g. "某某市某某区人民法院". */
  court: string;
  /** Every party to the agreement, with full particulars; all are applicants. */
  parties: DocumentParty[];
  /** The committee that mediated, e.g. "某某街道人民调解委员会". */
  committee: string;
  /** What the dispute was about, e.g. "劳务费纠纷". */
  disputeType: string;
  /** The agreement's number. */
  agreementNumber: string;
  /** The day the agreement was reached, `YYYY-MM-DD`. */
  agreementDate: string;
  /** The agreement's terms, restated in the application. */
  terms: AgreementTerm[];
  /** Documents attached; the agreement itself when omitted. */
  attachments?: string[];
  /** The day of the application, `YYYY-MM-DD`. */
  date: string;
}

const PROMISES = [
  '出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；',
  '如果因为该协议内容而给他人造成损害的，愿意承担相应的民事责任和其他法律责任；',
  '所提交的材料真实、合法，如有虚假，愿意承担相应的法律责任。',
];

function request(input: JudicialConfirmationApplicationInput): string {
  return `确认申请人于${chineseDate(input.agreementDate)}经${input.committee}主持调解达成的人民调解协议（编号：${input.agreementNumber}）有效。`;
}

function factsAndReasons(input: JudicialConfirmationApplicationInput): FileChild[] {
  return [
    bodyText(
      `申请人${namesInProse(input.parties)}因${input.disputeType}，于${chineseDate(input.agreementDate)}经${input.committee}主持调解，自愿达成如下人民调解协议：`,
    ),
    ...numberedItems(input.terms.map(termSentence)),
    bodyText(
      '上述协议是申请人在平等、自愿的基础上达成的，是申请人的真实意思表示，内容不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益，不违背公序良俗。',
    ),
    bodyText(
      '为此，申请人依照《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》的有关规定，自调解协议生效之日起三十日内共同向贵院申请司法确认。',
    ),
  ];
}

function closing(input: JudicialConfirmationApplicationInput): FileChild[] {
  const attachments = input.attachments ?? ['人民调解协议书一份'];
  const labels = orderParties(input.parties).map((p) => `申请人：${p.name}\n（签名、盖章或按指印）`);
  return [
    bodyText('此致', { keepNext: true }),
    flushLine(input.court, { keepNext: true }),
    blankLine(),
    signatureTable([labels]),
    ...sealBlock([chineseDate(input.date)]),
    bodyText('附件：', { before: 240 }),
    ...attachments.map((name, i) => bodyText(`${i + 1}. ${name}`)),
  ];
}

/**
 * Builds the 司法确认申请书 as a .docx with every applicant's full particulars. Throws a
 * RangeError when there are fewer than two parties or no terms, or a date is malformed.
 */
export function judicialConfirmationApplication(
  input: JudicialConfirmationApplicationInput,
): Promise<Buffer> {
  if (input.parties.length < 2) throw new RangeError('a joint application needs at least two parties');
  if (input.terms.length === 0) throw new RangeError('the agreement to confirm needs at least one term');
  return packDocument({
    title: `司法确认申请书 ${input.agreementNumber}`,
    children: [
      titleLine('司法确认申请书'),
      ...partyParagraphs(input.parties, () => '申请人'),
      heading('请求事项：'),
      bodyText(request(input)),
      heading('事实和理由：'),
      ...factsAndReasons(input),
      heading(`${input.parties.length === 2 ? '双方' : '各方'}当事人承诺：`),
      ...numberedItems(PROMISES),
      ...closing(input),
    ],
  });
}
