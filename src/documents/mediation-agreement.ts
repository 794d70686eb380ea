/**
 * 人民调解协议书: the written agreement of a people's mediation, in the layout of the Ministry
 * of Justice form (人民调解法 第二十八条、第二十九条): committee and title, number, parties'
 * particulars, facts and disputed matters, "经调解，自愿达成如下协议：" with numbered terms,
 * performance, copies, the clause on when it takes effect, signatures and the committee seal.
 */
import type { FileChild } from 'docx';
import { chineseDate } from './chinese-dates.ts';
import { chineseNumeral } from './chinese-numerals.ts';
import { packDocument } from './document-styles.ts';
import {
  type AgreementTerm,
  type MediatorRef,
  orderMediators,
  termSentence,
} from './mediation-vocabulary.ts';
import {
  blankLine,
  bodyText,
  bodyTexts,
  heading,
  numberLine,
  numberedItems,
  sealBlock,
  signatureTable,
  titleLine,
} from './paragraphs.ts';
import { type DocumentParty, PARTY_ROLE_LABEL, orderParties, partyParagraphs } from './parties.ts';

/** Everything a 人民调解协议书 shows, resolved by the caller. */
export interface MediationAgreementInput {
  /** The mediation committee, e.g. "某某街道人民调解委员会". */
  committee: string;
  /** The agreement's number, e.g. "SFQ-TW-LD〔2026〕第12号". */
  number: string;
  /** The parties with full particulars (ID numbers unmasked). */
  parties: DocumentParty[];
  /** 纠纷主要事实; line breaks start new paragraphs. */
  facts: string;
  /** 争议事项; line breaks start new paragraphs. */
  disputedMatters: string;
  /** The terms, numbered 一、二、… in this order. At least one. */
  terms: AgreementTerm[];
  /** 履行方式、时限; a standard sentence when omitted. */
  performanceCheck?: string;
  /** 一式X份: one for each party and one for the committee. */
  copies: number;
  /** The mediators who sign. */
  mediators: MediatorRef[];
  /** The date of the agreement, `YYYY-MM-DD`. */
  date: string;
}

const DEFAULT_PERFORMANCE =
  '各方当事人应当按照本协议约定的期限和方式履行义务。人民调解委员会对协议的履行情况进行监督、回访，督促当事人履行约定的义务。';

/** A term with its obligor named by side as well ("被申请人李四") when the name is a party's. */
function withSide(term: AgreementTerm, parties: readonly DocumentParty[]): AgreementTerm {
  const party = parties.find((p) => p.name === term.obligor);
  return party && party.role !== 'party'
    ? { ...term, obligor: PARTY_ROLE_LABEL[party.role] + party.name }
    : term;
}

function closingClauses(input: MediationAgreementInput): FileChild[] {
  return [
    bodyText(`本协议书一式${chineseNumeral(input.copies)}份，当事人、人民调解委员会各持一份。`),
    bodyText('本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。'),
    bodyText('当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。', {
      keepNext: true,
    }),
  ];
}

function signatures(input: MediationAgreementInput): FileChild[] {
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
 * Builds the 人民调解协议书 as a .docx. Names and ID numbers are written in full, so the
 * caller must audit the generation. Throws a RangeError when there are no terms, the copies
 * are fewer than one, or a date or amount is malformed.
 */
export function mediationAgreement(input: MediationAgreementInput): Promise<Buffer> {
  if (input.terms.length === 0) throw new RangeError('an agreement needs at least one term');
  if (!Number.isInteger(input.copies) || input.copies < 1)
    throw new RangeError(`copies must be ≥ 1: ${input.copies}`);
  const terms = input.terms.map((term) => termSentence(withSide(term, input.parties)));
  return packDocument({
    title: `人民调解协议书 ${input.number}`,
    children: [
      titleLine(input.committee),
      titleLine('人民调解协议书'),
      numberLine('编号', input.number),
      ...partyParagraphs(input.parties),
      heading('纠纷主要事实：'),
      ...bodyTexts(input.facts),
      heading('争议事项：'),
      ...bodyTexts(input.disputedMatters),
      heading('经调解，自愿达成如下协议：'),
      ...numberedItems(terms),
      heading('履行方式、时限：'),
      ...bodyTexts(input.performanceCheck ?? DEFAULT_PERFORMANCE),
      ...closingClauses(input),
      ...signatures(input),
    ],
  });
}
