/**
 * The rows `registerCase` (src/modules/cases/cases.service.ts) writes for one registration,
 * built from the same src functions — parties through `prepareParties` (encrypted, hashed,
 * masked), search terms through `indexTerms`/`termsToText`, SimHash and bands through
 * src/text/simhash.ts — for bulk seeding. Pure: no database, so it runs in a worker.
 *
 * Left to the inserting side (seed.ts): the case number and the audit row, which depend
 * on what is already in the database. Not reproduced: related-case links and the
 * `repeat` flag, whose cost is what the related-case benchmark measures, and what
 * registration sets off afterwards (routing proposal, acceptance timer, custody): seeded
 * cases stand for the registry that search and related-case detection read.
 */
import type { Insertable } from 'kysely';
import type { CaseEventsTable, CaseOrgsTable, CasePartiesTable, CasesTable } from '../src/db/tables.ts';
import type { Actor, PiiCipher } from '../src/lib/context.ts';
import { newId } from '../src/lib/ids.ts';
import { prepareParties } from '../src/modules/cases/parties.ts';
import type { RegisterCaseBody } from '../src/modules/cases/index.ts';
import { containsPoint } from '../src/modules/orgs/geo.ts';
import { indexTerms, termsToText } from '../src/text/search-terms.ts';
import { simhash, simhashHex, simhashToBands } from '../src/text/simhash.ts';
import type { GridPlace } from './generate.ts';

export type SeedGrid = GridPlace & { boundary: string };

/** Who may register a seeded case. */
export interface Registrars {
  intake: Actor;
  gridWorker: Actor;
  streetDispatchers: Actor[];
}

export interface CaseRows {
  caseRow: Insertable<CasesTable>;
  orgs: CaseOrgsTable[];
  parties: CasePartiesTable[];
  bands: { band: string; caseId: string }[];
  event: CaseEventsTable;
}

/** The grid of a registration: given, or located from lat/lng as `findGridAt` does. */
export function gridOf(grids: readonly SeedGrid[], input: RegisterCaseBody): string | null {
  if (input.gridId) return input.gridId;
  const { lat, lng } = input;
  if (lat === undefined || lng === undefined) return null;
  const inBox = (g: SeedGrid) => lng >= g.west && lng <= g.east && lat >= g.south && lat <= g.north;
  return grids.find((g) => inBox(g) && containsPoint(g.boundary, lat, lng))?.id ?? null;
}

/**
 * Who registers a case: the grid for grid reports (by its grid worker when it is theirs),
 * otherwise the district window (80 %) or a street's dispatcher (20 %). `roll` is in [0, 1).
 */
export function registrarOf(
  who: Registrars,
  input: RegisterCaseBody,
  gridId: string | null,
  roll: number,
): { orgId: string; actor: Actor | null } {
  if (input.channel === 'grid_report' && gridId) {
    return { orgId: gridId, actor: gridId === who.gridWorker.orgId ? who.gridWorker : null };
  }
  const street = who.streetDispatchers[roll < 0.1 ? 0 : 1];
  if (roll < 0.2 && street) return { orgId: street.orgId, actor: street };
  return { orgId: who.intake.orgId, actor: who.intake };
}

/** The rows of one registration at instant `at`; `number` is filled in by the inserter. Null if the input is invalid. */
export function buildCaseRows(
  input: RegisterCaseBody,
  ctx: { at: Date; gridId: string | null; orgId: string; actor: Actor | null; pii: PiiCipher },
): CaseRows | null {
  const { rows: parties, errors } = prepareParties(input.parties, ctx.pii, ctx.at);
  if (errors.length) return null;
  const id = newId();
  const hash = simhash(indexTerms(input.description));
  const searchTerms = termsToText(
    indexTerms([input.subject, input.description, ...parties.map((p) => p.name)].join(' ')),
  );
  const flags = new Set(input.flags ?? []);
  const now = ctx.at.toISOString();
  const { orgId, actor } = ctx;
  const caseRow: Insertable<CasesTable> = {
    id,
    number: '',
    channel: input.channel,
    categoryCode: input.category,
    petitionType: input.petitionType ?? null,
    subject: input.subject.trim(),
    description: input.description.trim(),
    occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : null,
    gridId: ctx.gridId,
    address: input.address?.trim() || null,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    peopleInvolved: input.peopleInvolved ?? 1,
    amountFen: input.amountFen ?? null,
    risk: input.risk ?? 'low',
    isGroupIncident: flags.has('group_incident') ? 1 : 0,
    isRepeat: 0,
    isUrgent: flags.has('urgent') ? 1 : 0,
    isSensitive: flags.has('sensitive') ? 1 : 0,
    status: 'registered',
    version: 1,
    registeredOrgId: orgId,
    registeredBy: actor?.userId ?? null,
    currentOrgId: orgId,
    visits: 0,
    searchTerms,
    simhash: simhashHex(hash),
    createdAt: now,
    updatedAt: now,
  };
  return {
    caseRow,
    orgs: [
      { caseId: id, orgId, relation: 'registered' },
      { caseId: id, orgId, relation: 'current' },
      ...(ctx.gridId ? [{ caseId: id, orgId: ctx.gridId, relation: 'place' as const }] : []),
    ],
    parties: parties.map((p) => ({ ...p, caseId: id })),
    bands: simhashToBands(hash).map((band) => ({ band, caseId: id })),
    event: {
      id: newId(),
      caseId: id,
      seq: 1,
      at: now,
      type: 'registered',
      actorId: actor?.userId ?? null,
      actorName: actor?.displayName ?? null,
      orgId,
      fromStatus: null,
      toStatus: 'registered',
      note: null,
      data: JSON.stringify({ channel: input.channel, related: 0 }),
    },
  };
}
