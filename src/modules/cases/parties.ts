/**
 * Parties (当事人): validation of their identifiers and protection of personal data.
 * ID numbers and phones are stored encrypted with a keyed hash beside them for exact
 * lookup, and shown masked; only `revealParty` returns them whole (DESIGN.md §4).
 */
import type { CasePartiesTable } from '../../db/tables.ts';
import type { PiiCipher } from '../../lib/context.ts';
import type { FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import {
  checkCreditCode,
  checkIdNumber,
  checkMobile,
  genderFromIdNumber,
  normaliseIdNumber,
  normaliseMobile,
} from '../../lib/identity.ts';
import { maskIdNumber, maskPhone } from '../../lib/pii.ts';
import type { PartyInput } from './cases.schemas.ts';

const ID_PROBLEMS: Record<string, string> = {
  format: 'must be 18 characters: 17 digits and a digit or X',
  checksum: 'has a wrong check digit (GB 11643)',
  'birth-date': 'holds a birth date that does not exist',
};

const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

function normalisePhone(phone: string, kind: PartyInput['kind']): { value?: string; problem?: string } {
  const mobile = normaliseMobile(phone);
  if (checkMobile(mobile) === null) return { value: mobile };
  const compact = phone.replace(/\s+/g, '');
  if (kind === 'organisation' && LANDLINE.test(compact)) return { value: compact };
  return {
    problem:
      kind === 'organisation'
        ? 'must be a mainland mobile or landline number'
        : 'must be a mainland mobile number (11 digits starting with 1)',
  };
}

export type PartyRow = Omit<CasePartiesTable, 'caseId'>;

/**
 * Validates every party and prepares its row (encrypted, hashed, masked).
 * @returns the rows, or every problem with its pointer (`#/parties/0/idNumber`).
 */
export function prepareParties(
  parties: PartyInput[],
  pii: PiiCipher,
  today: Date,
): { rows: PartyRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const rows: PartyRow[] = [];
  parties.forEach((p, i) => {
    const at = (field: string) => `#/parties/${i}/${field}`;
    const bad = (field: string, code: string, detail: string) =>
      errors.push({ pointer: at(field), code, detail: `parties[${i}].${field} ${detail}` });
    const name = p.name.trim();
    if (!name) bad('name', 'required', 'is required');

    let idNumber: string | undefined;
    if (p.idNumber?.trim()) {
      if (p.kind !== 'person')
        bad('idNumber', 'not-allowed', 'is for persons; give an organisation its creditCode');
      idNumber = normaliseIdNumber(p.idNumber);
      const problem = checkIdNumber(idNumber, today);
      if (problem) bad('idNumber', `invalid-${problem}`, ID_PROBLEMS[problem] ?? 'is invalid');
    }
    let phone: string | undefined;
    if (p.phone?.trim()) {
      const result = normalisePhone(p.phone, p.kind);
      if (result.problem) bad('phone', 'invalid', result.problem);
      phone = result.value;
    }
    let creditCode: string | undefined;
    if (p.creditCode?.trim()) {
      if (p.kind !== 'organisation') bad('creditCode', 'not-allowed', 'is for organisations');
      creditCode = p.creditCode.trim().toUpperCase();
      const problem = checkCreditCode(creditCode);
      if (problem)
        bad(
          'creditCode',
          `invalid-${problem}`,
          problem === 'checksum'
            ? 'has a wrong check character (GB 32100)'
            : 'must be 18 characters of the unified social credit code',
        );
    }
    let agentPhone: string | undefined;
    if (p.agent?.phone?.trim()) {
      const result = normalisePhone(p.agent.phone, 'person');
      if (result.problem)
        errors.push({
          pointer: at('agent/phone'),
          code: 'invalid',
          detail: `parties[${i}].agent.phone ${result.problem}`,
        });
      agentPhone = result.value;
    }
    if (errors.length) return;
    rows.push({
      id: newId(),
      position: i,
      kind: p.kind,
      role: p.role,
      name,
      gender: p.gender ?? (idNumber ? (genderFromIdNumber(idNumber) ?? null) : null),
      ethnicity: p.ethnicity?.trim() || null,
      address: p.address?.trim() || null,
      idNumberEnc: idNumber ? pii.encrypt(idNumber) : null,
      idNumberHash: idNumber ? pii.lookupHash(idNumber) : null,
      idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
      phoneEnc: phone ? pii.encrypt(phone) : null,
      phoneHash: phone ? pii.lookupHash(phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
      creditCode: creditCode ?? null,
      legalRepresentative: p.legalRepresentative?.trim() || null,
      agentName: p.agent?.name.trim() || null,
      agentPhoneEnc: agentPhone ? pii.encrypt(agentPhone) : null,
      agentPhoneMasked: agentPhone ? maskPhone(agentPhone) : null,
    });
  });
  return { rows, errors };
}

/** What the API shows of a party: masked identifiers only. */
export function toPartyView(row: CasePartiesTable & { id: string }) {
  return {
    id: row.id,
    kind: row.kind,
    role: row.role,
    name: row.name,
    gender: row.gender,
    ethnicity: row.ethnicity,
    address: row.address,
    idNumber: row.idNumberMasked,
    phone: row.phoneMasked,
    creditCode: row.creditCode,
    legalRepresentative: row.legalRepresentative,
    agent: row.agentName ? { name: row.agentName, phone: row.agentPhoneMasked } : null,
  };
}
