/**
 * 无争议事实确认书: when mediation fails, the facts the parties no longer dispute are written
 * down with their consent and signed, so that in a later lawsuit they need not be proved
 * again (unless they touch state or public interests or the rights of others), together with
 * the matters still in dispute (最高人民法院 委派调解与诉调对接 practice).
 */
import type { FileChild } from 'docx';
import { chineseDate } from './chinese-dates.ts';
import { packDocument } from './document-styles.ts';
import { type MediatorRef, orderMediators } from './mediation-vocabulary.ts';
import {
  asSentence,
  blankLine,
  bodyText,
  heading,
  numberLine,
  numberedItems,
  sealBlock,
  signatureTable,
  titleLine,
} from './paragraphs.ts';
import {
  type DocumentParty,
  PARTY_ROLE_LABEL,
  orderParties,
  partiesInProse,
  partyParagraphs,
} from './parties.ts';

/** Everything a 无争议事实确认书 shows, resolved by the caller. */
export interface UndisputedFactsInput {
  /** The mediation committee, e.g. "某某街道人民调解委员会". */
  committee: string;
  /** The case number, shown under the title when given. */
  caseNumber?: string;
  /** The parties with full particulars. */
  parties: DocumentParty[];
  /** What the dispute is about, e.g. "劳务费纠纷". */
  disputeType: string;
  /** Why mediation failed, when known. */
  failureReason?: string;
  /** The facts the parties do not dispute, numbered 一、二、… At least one. */
  undisputedFacts: string[];
  /** The matters still in dispute, numbered 一、二、… */
  disputedMatters: string[];
  mediators: MediatorRef[];
  /** The date of the confirmation, `YYYY-MM-DD`. */
  date: string;
}

const COURT_NOTE =
  '本确认书经各方当事人签名确认后，可以提交人民法院。在诉讼过程中，除涉及国家利益、社会公共利益和他人合法权益的外，当事人无需对本确认书中已确认的无争议事实举证。';

function opening(input: UndisputedFactsInput): string {
  const reason = input.failureReason ? `（${input.failureReason.replace(/[。.]$/u, '')}）` : '';
  return (
    `${partiesInProse(input.parties)}${input.disputeType}一案，经${input.committee}调解，` +
    `未能达成调解协议${reason}。经各方当事人同意，现将调解过程中各方当事人没有争议的事实记载如下：`
  );
}

function signatures(input: UndisputedFactsInput): FileChild[] {
  const parties = orderParties(input.parties).map(
    (p) => `${PARTY_ROLE_LABEL[p.role]}：${p.name}\n（签名、盖章或按指印）`,
  );
  const mediators = orderMediators(input.mediators).map((m) => `人民调解员：${m.name}\n（签名）`);
  return [
    blankLine(),
    signatureTable([parties, mediators]),
    ...sealBlock([`${input.committee}（印）`, chineseDate(input.date)]),
  ];
}

/**
 * Builds the 无争议事实确认书 as a .docx, with the parties' full particulars. Throws a
 * RangeError when no undisputed fact is given or the date is malformed.
 */
export function undisputedFacts(input: UndisputedFactsInput): Promise<Buffer> {
  if (input.undisputedFacts.length === 0)
    throw new RangeError('a confirmation needs at least one undisputed fact');
  return packDocument({
    title: `无争议事实确认书${input.caseNumber ? ` ${input.caseNumber}` : ''}`,
    children: [
      titleLine(input.committee),
      titleLine('无争议事实确认书'),
      ...(input.caseNumber ? [numberLine('案件编号', input.caseNumber)] : []),
      ...partyParagraphs(input.parties),
      bodyText(opening(input)),
      heading('各方当事人无争议的事实：'),
      ...numberedItems(input.undisputedFacts.map(asSentence)),
      heading('各方当事人仍有争议的事项：'),
      ...(input.disputedMatters.length > 0
        ? numberedItems(input.disputedMatters.map(asSentence))
        : [bodyText('无。')]),
      heading('说明：'),
      bodyText(COURT_NOTE),
      bodyText('各方当事人确认：以上无争议事实属实。', { keepNext: true }),
      ...signatures(input),
    ],
  });
}
