/**
 * Parties as the Word documents take them, with full particulars (unmasked ID numbers and
 * phones from `partiesForDocument`). Whoever puts them into a document audits it
 * (DESIGN.md §4: every unmasked read logged).
 */
import type { DocumentParty } from '../../documents/index.ts';
import type { partiesForDocument } from './cases.service.ts';

export type CaseDocumentParty = Awaited<ReturnType<typeof partiesForDocument>>[number];

/** One party of a case as a document party on its own side (or `role` when given). */
export function toDocumentParty(
  p: CaseDocumentParty,
  role: DocumentParty['role'] = p.role as DocumentParty['role'],
): DocumentParty {
  const agent = p.agent
    ? { agent: { name: p.agent.name, ...(p.agent.phone ? { phone: p.agent.phone } : {}) } }
    : {};
  const common = {
    role,
    ...(p.address ? { address: p.address } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...agent,
  };
  if (p.kind === 'organisation')
    return {
      kind: 'organisation',
      name: p.name,
      ...(p.creditCode ? { creditCode: p.creditCode } : {}),
      ...(p.legalRepresentative ? { legalRepresentative: p.legalRepresentative } : {}),
      ...common,
    };
  return {
    kind: 'person',
    name: p.name,
    ...(p.gender ? { gender: p.gender as 'male' | 'female' } : {}),
    ...(p.ethnicity ? { ethnicity: p.ethnicity } : {}),
    ...(p.idNumber ? { idNumber: p.idNumber } : {}),
    ...common,
  };
}

/** The dispute type as documents name it: the category's Chinese name ending in 纠纷. */
export function disputeTypeName(categoryNameZh: string): string {
  return categoryNameZh.endsWith('纠纷') ? categoryNameZh : `${categoryNameZh}纠纷`;
}
