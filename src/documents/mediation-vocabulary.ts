/**
 * The words of mediation shared by several documents: mediators, session outcomes and
 * agreement terms written as sentences.
 */
import { amountText } from './chinese-numerals.ts';
import { chineseDate } from './chinese-dates.ts';

/** A mediator named in a document; the lead (主持) is marked. */
export interface MediatorRef {
  name: string;
  isLead?: boolean;
}

/** Mediators with the lead first, the others in the given order. */
export function orderMediators(mediators: readonly MediatorRef[]): MediatorRef[] {
  return [...mediators.filter((m) => m.isLead), ...mediators.filter((m) => !m.isLead)];
}

/** "李四（主持）、王五": the lead first, then the others in the given order. */
export function mediatorNames(mediators: readonly MediatorRef[]): string {
  return orderMediators(mediators)
    .map((m) => (m.isLead ? `${m.name}（主持）` : m.name))
    .join('、');
}

/** How a mediation session ended (issue 5). */
export type SessionOutcome = 'agreed' | 'partly_agreed' | 'failed';

/** The Chinese wording of each outcome. */
export const SESSION_OUTCOME_LABEL: Record<SessionOutcome, string> = {
  agreed: '达成调解协议',
  partly_agreed: '部分达成调解协议',
  failed: '调解不成',
};

/** One term of an agreement: who does what, by when, for how much. */
export interface AgreementTerm {
  /** The name of the party who must perform; omitted for a term binding every party. */
  obligor?: string;
  /** What is to be done, e.g. "向申请人张三支付拖欠的劳务费". */
  obligation: string;
  /** The amount in fen, written in figures and capitals. */
  amountFen?: number;
  /** The last day to perform, `YYYY-MM-DD`. */
  dueDate?: string;
}

/**
 * A term as a sentence: "被申请人李四于2026年3月31日前向申请人张三支付拖欠的劳务费，金额为
 * 人民币4,000.00元（肆仟元整）。" Trailing punctuation of the obligation is replaced by the
 * sentence's own.
 */
export function termSentence(term: AgreementTerm): string {
  const obligation = term.obligation.trim().replace(/[。；;，,.\s]+$/u, '');
  const due = term.dueDate ? `于${chineseDate(term.dueDate)}前` : '';
  const amount = term.amountFen === undefined ? '' : `，金额为${amountText(term.amountFen)}`;
  return `${term.obligor ?? ''}${due}${obligation}${amount}。`;
}
