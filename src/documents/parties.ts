/**
 * Parties as documents describe them, in the order and wording of Chinese legal documents:
 * "申请人：张三，男，汉族，1980年1月1日出生，身份证号码：…，住址：…，联系电话：…。" for a
 * person and "被申请人：某某有限公司，统一社会信用代码：…，住所：…，法定代表人：…" for an
 * organisation, each followed by its agent (委托代理人) when there is one. ID numbers are
 * written in full: the caller audits generating a document that holds them (DESIGN.md §4).
 */
import type { Paragraph } from 'docx';
import { birthDateFromIdNumber, genderFromIdNumber } from '../lib/identity.ts';
import { chineseDate } from './chinese-dates.ts';
import { plainText } from './paragraphs.ts';

/** A party's side in the dispute: 申请人, 被申请人, or 当事人 when the sides are not named. */
export type PartyRole = 'applicant' | 'respondent' | 'party';

/** The Chinese label of each side. */
export const PARTY_ROLE_LABEL: Record<PartyRole, string> = {
  applicant: '申请人',
  respondent: '被申请人',
  party: '当事人',
};

/** A natural person. Gender and birth date default to those written in the ID number. */
export interface PersonParticulars {
  kind: 'person';
  name: string;
  gender?: 'male' | 'female';
  /** 民族, e.g. "汉族". */
  ethnicity?: string;
  /** `YYYY-MM-DD`. */
  birthDate?: string;
  /** The full resident ID number, unmasked. */
  idNumber?: string;
  address?: string;
  phone?: string;
}

/** An organisation (company, association, public body). */
export interface OrganisationParticulars {
  kind: 'organisation';
  name: string;
  /** 统一社会信用代码. */
  creditCode?: string;
  /** 法定代表人 (or 主要负责人), with the post if wanted: "王五（总经理）". */
  legalRepresentative?: string;
  /** 住所. */
  address?: string;
  phone?: string;
}

/** A party's agent (委托代理人). */
export interface AgentParticulars {
  name: string;
  /** Who the agent is: "律师，某某律师事务所" or "张三之子". */
  description?: string;
  idNumber?: string;
  phone?: string;
}

/** A party of a document: its particulars, its side and its agent. */
export type DocumentParty = (PersonParticulars | OrganisationParticulars) & {
  role: PartyRole;
  agent?: AgentParticulars;
};

const GENDER_LABEL = { male: '男', female: '女' } as const;

function personFields(person: PersonParticulars): string[] {
  const gender = person.gender ?? (person.idNumber ? genderFromIdNumber(person.idNumber) : undefined);
  const birth = person.birthDate ?? (person.idNumber ? birthDateFromIdNumber(person.idNumber) : undefined);
  return [
    person.name,
    gender ? GENDER_LABEL[gender] : undefined,
    person.ethnicity,
    birth ? `${chineseDate(birth)}出生` : undefined,
    person.idNumber ? `身份证号码：${person.idNumber}` : undefined,
    person.address ? `住址：${person.address}` : undefined,
    person.phone ? `联系电话：${person.phone}` : undefined,
  ].filter((field): field is string => field !== undefined && field !== '');
}

function organisationFields(org: OrganisationParticulars): string[] {
  return [
    org.name,
    org.creditCode ? `统一社会信用代码：${org.creditCode}` : undefined,
    org.address ? `住所：${org.address}` : undefined,
    org.legalRepresentative ? `法定代表人：${org.legalRepresentative}` : undefined,
    org.phone ? `联系电话：${org.phone}` : undefined,
  ].filter((field): field is string => field !== undefined && field !== '');
}

/** "张三，男，汉族，1980年1月1日出生，身份证号码：…，住址：…，联系电话：…。" */
export function describeParticulars(party: PersonParticulars | OrganisationParticulars): string {
  const fields = party.kind === 'person' ? personFields(party) : organisationFields(party);
  return `${fields.join('，')}。`;
}

/** "委托代理人：赵六，律师，某某律师事务所，联系电话：…。" */
export function describeAgent(agent: AgentParticulars): string {
  const fields = [
    agent.name,
    agent.description,
    agent.idNumber ? `身份证号码：${agent.idNumber}` : undefined,
    agent.phone ? `联系电话：${agent.phone}` : undefined,
  ].filter((field): field is string => field !== undefined && field !== '');
  return `委托代理人：${fields.join('，')}。`;
}

const ROLE_ORDER: readonly PartyRole[] = ['applicant', 'respondent', 'party'];

/** Parties ordered 申请人, 被申请人, 当事人, keeping the given order within each side. */
export function orderParties<T extends { role: PartyRole }>(parties: readonly T[]): T[] {
  return ROLE_ORDER.flatMap((role) => parties.filter((party) => party.role === role));
}

/**
 * One paragraph per party ("申请人：…") and one per agent, sides in order. `labelOf` changes
 * the label, e.g. to call every party 申请人 in a joint application.
 */
export function partyParagraphs(
  parties: readonly DocumentParty[],
  labelOf: (party: DocumentParty) => string = (party) => PARTY_ROLE_LABEL[party.role],
): Paragraph[] {
  return orderParties(parties).flatMap((party) => [
    plainText(`${labelOf(party)}：${describeParticulars(party)}`),
    ...(party.agent ? [plainText(describeAgent(party.agent))] : []),
  ]);
}

/** Names joined by 、, e.g. "张三、李四". */
export function joinNames(names: readonly string[]): string {
  return names.join('、');
}

function sides(parties: readonly DocumentParty[]): { role: PartyRole; names: string[] }[] {
  return ROLE_ORDER.map((role) => ({
    role,
    names: parties.filter((party) => party.role === role).map((party) => party.name),
  })).filter((side) => side.names.length > 0);
}

/**
 * How a case is named in prose: "申请人张三、李梅与被申请人某某有限公司", or "当事人张三、李四"
 * when the sides are not named.
 */
export function partiesInProse(parties: readonly DocumentParty[]): string {
  return sides(parties)
    .map((side) => `${PARTY_ROLE_LABEL[side.role]}${joinNames(side.names)}`)
    .join('与');
}

/** The same without the side labels: "张三、李梅与某某有限公司". */
export function namesInProse(parties: readonly DocumentParty[]): string {
  return sides(parties)
    .map((side) => joinNames(side.names))
    .join('与');
}
