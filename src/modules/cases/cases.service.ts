/**
 * The case registry (一网归集, DESIGN.md §3–4): every dispute is registered once, from
 * any channel, with its parties, and can be found again. Registration writes the case,
 * its parties, its links to related cases, its first event and an audit row in one
 * transaction.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { Insertable } from 'kysely';
import type { CaseOrgsTable, CasesTable } from '../../db/tables.ts';
import { withDb, type Actor, type ServiceContext } from '../../lib/context.ts';
import { NotFound, ValidationFailed, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { canAccessOrg, requireActor, requireRole } from '../../lib/scope.ts';
import { localYear } from '../../lib/time.ts';
import { indexTerms, termsToText } from '../../text/search-terms.ts';
import { simhash, simhashHex, simhashToBands } from '../../text/simhash.ts';
import { recordAudit } from '../audit/index.ts';
import { resolveActiveCategory, topCategoryMap } from '../categories/index.ts';
import { districtCodeOf, findGridAt, findOrgById } from '../orgs/index.ts';
import type { CaseFlag, RegisterCaseBody } from './cases.schemas.ts';
import * as q from './cases.queries.ts';
import { prepareParties, toPartyView, type PartyRow } from './parties.ts';
import { findRelatedCases } from './related-cases.ts';
import { toCaseView } from './case-view.ts';
import { routeRegisteredCase } from './case-intake-routing.ts';
import { allowedActions, canActOn, factsOf } from './case-lifecycle.ts';
import { caseDeadline } from '../deadlines/index.ts';

/** Roles that register cases (the window, grid workers, and anyone who receives a dispute). */
export const REGISTERING_ROLES = ['intake', 'grid_worker', 'dispatcher', 'mediator', 'handler'] as const;

export const INITIAL_STATUS = 'registered';

/**
 * Whether the actor may see the case: some organisation on its path lies in the
 * actor's subtree. @throws NotFound otherwise, so existence is not revealed.
 */
export async function assertCaseVisible(
  ctx: ServiceContext,
  caseId: string,
): Promise<{ actor: Actor; orgs: Awaited<ReturnType<typeof q.selectCaseOrgPaths>> }> {
  const actor = requireActor(ctx.actor);
  const orgs = await q.selectCaseOrgPaths(ctx.db, caseId);
  if (!orgs.some((o) => canAccessOrg(actor, o.path))) throw new NotFound('Case');
  return { actor, orgs };
}

interface Place {
  gridId: string | null;
}

async function resolvePlace(
  ctx: ServiceContext,
  input: RegisterCaseBody,
  errors: FieldError[],
): Promise<Place> {
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    errors.push({
      pointer: input.lat === undefined ? '#/lat' : '#/lng',
      code: 'required',
      detail: 'give both lat and lng, or neither',
    });
  }
  if (input.gridId) {
    const grid = await findOrgById(ctx, input.gridId);
    if (!grid || grid.type !== 'grid')
      errors.push({ pointer: '#/gridId', code: 'unknown', detail: 'gridId is not a grid' });
    return { gridId: input.gridId };
  }
  if (input.lat !== undefined && input.lng !== undefined)
    return { gridId: (await findGridAt(ctx, input.lat, input.lng)) ?? null };
  return { gridId: null };
}

export interface RegisterOptions {
  /** Registering organisation when there is no actor (bulk import). */
  orgId?: string;
  /** Set by the court-referral registration (modules/linkage), the only way to channel `court_referral`. */
  courtReferral?: boolean;
}

/**
 * Registers a case. Every invalid field is reported at once (400, nothing written).
 * The number `{district}-{year}-{seq}` is gap-free per year: the counter row is
 * incremented inside the same transaction, so a failed registration takes no number.
 */
export async function registerCase(
  ctx: ServiceContext,
  input: RegisterCaseBody,
  opts: RegisterOptions = {},
): Promise<{ id: string }> {
  if (ctx.actor) requireRole(ctx.actor, ...REGISTERING_ROLES);
  const now = ctx.clock.now();
  const errors: FieldError[] = [];
  let category: Awaited<ReturnType<typeof resolveActiveCategory>> | undefined;
  try {
    category = await resolveActiveCategory(ctx, input.category);
  } catch (err) {
    if (!(err instanceof ValidationFailed)) throw err;
    errors.push(...(err.errors ?? []));
  }
  if (input.channel === 'petition' && !input.petitionType)
    errors.push({
      pointer: '#/petitionType',
      code: 'required',
      detail: 'petitionType is required for petitions',
    });
  if (input.channel === 'court_referral' && !opts.courtReferral)
    errors.push({
      pointer: '#/channel',
      code: 'not-allowed',
      detail:
        'a court referral is registered through POST /api/v1/court-referrals, with the court and its case number',
    });
  if (input.channel !== 'petition' && input.petitionType)
    errors.push({
      pointer: '#/petitionType',
      code: 'not-allowed',
      detail: 'petitionType is only for petitions',
    });
  if (input.occurredAt && Date.parse(input.occurredAt) > now.getTime() + 3_600_000)
    errors.push({ pointer: '#/occurredAt', code: 'future', detail: 'occurredAt lies in the future' });
  const place = await resolvePlace(ctx, input, errors);
  const { rows: parties, errors: partyErrors } = prepareParties(input.parties, ctx.pii, now);
  errors.push(...partyErrors);
  if (errors.length || !category) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);

  const orgId = ctx.actor?.orgId ?? opts.orgId;
  if (!orgId) throw new Error('registerCase needs an actor or a registering organisation');
  const org = await findOrgById(ctx, orgId);
  if (!org) throw new Error(`registering organisation ${orgId} does not exist`);

  const id = newId();
  const descriptionTerms = indexTerms(input.description);
  const hash = simhash(descriptionTerms);
  const bands = simhashToBands(hash);
  const searchTerms = termsToText(
    indexTerms([input.subject, input.description, ...parties.map((p) => p.name)].join(' ')),
  );
  const flags = new Set<CaseFlag>(input.flags ?? []);
  const topOf = await topCategoryMap(ctx);

  const caseCategory = category;
  await inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(ctx, trx);
    const related = await findRelatedCases(trx, {
      caseId: id,
      parties,
      gridId: place.gridId,
      categoryCode: caseCategory.code,
      topCategoryCode: caseCategory.topCode,
      simhash: hash,
      bands,
      now,
      topCategoryOf: (code) => topOf.get(code) ?? code,
    });
    if (related.isRepeat) flags.add('repeat');
    const district = await districtCodeOf(tctx, org.path);
    const year = localYear(now);
    const seq = await q.nextCounterValue(trx, `case:${district}:${year}`);
    const row: Insertable<CasesTable> = {
      id,
      number: `${district}-${year}-${String(seq).padStart(6, '0')}`,
      channel: input.channel,
      categoryCode: caseCategory.code,
      petitionType: input.petitionType ?? null,
      subject: input.subject.trim(),
      description: input.description.trim(),
      occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : null,
      gridId: place.gridId,
      address: input.address?.trim() || null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      peopleInvolved: input.peopleInvolved ?? 1,
      amountFen: input.amountFen ?? null,
      risk: input.risk ?? 'low',
      isGroupIncident: flags.has('group_incident') ? 1 : 0,
      isRepeat: flags.has('repeat') ? 1 : 0,
      isUrgent: flags.has('urgent') ? 1 : 0,
      isSensitive: flags.has('sensitive') ? 1 : 0,
      status: INITIAL_STATUS,
      version: 1,
      registeredOrgId: org.id,
      registeredBy: ctx.actor?.userId ?? null,
      currentOrgId: org.id,
      visits: 0,
      searchTerms,
      simhash: simhashHex(hash),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const caseOrgs: CaseOrgsTable[] = [
      { caseId: id, orgId: org.id, relation: 'registered' },
      { caseId: id, orgId: org.id, relation: 'current' },
      ...(place.gridId ? [{ caseId: id, orgId: place.gridId, relation: 'place' as const }] : []),
    ];
    await q.insertCase(
      trx,
      row,
      caseOrgs,
      parties.map((p: PartyRow) => ({ ...p, caseId: id })),
    );
    await q.insertBands(trx, id, bands);
    await q.insertLinks(trx, related.links);
    await q.insertEvent(trx, {
      id: newId(),
      caseId: id,
      at: row.createdAt,
      type: 'registered',
      actorId: ctx.actor?.userId ?? null,
      actorName: ctx.actor?.displayName ?? null,
      orgId: org.id,
      fromStatus: null,
      toStatus: INITIAL_STATUS,
      note: null,
      data: JSON.stringify({ channel: input.channel, related: related.links.length }),
    });
    const route = await routeRegisteredCase(tctx, {
      id,
      number: row.number,
      subject: row.subject,
      channel: row.channel,
      categoryCode: row.categoryCode,
      gridId: place.gridId,
      peopleInvolved: row.peopleInvolved ?? 1,
      amountFen: row.amountFen ?? null,
      risk: row.risk,
      flags: [...flags],
      org,
    });
    await recordAudit(tctx, {
      action: 'case.register',
      targetType: 'case',
      targetId: id,
      detail: {
        number: row.number,
        channel: row.channel,
        parties: parties.length,
        ruleId: route?.ruleId ?? null,
      },
    });
  });
  ctx.log.info({ caseId: id }, 'case registered');
  return { id };
}

/** The case with parties (masked), attachments, related cases the caller may see, and its timeline. */
export async function getCase(ctx: ServiceContext, id: string) {
  const { actor } = await assertCaseVisible(ctx, id);
  const row = await q.selectCaseById(ctx.db, id);
  if (!row) throw new NotFound('Case');
  const [parties, attachments, links, events] = await Promise.all([
    q.selectParties(ctx.db, id),
    q.selectAttachments(ctx.db, id),
    q.selectLinks(ctx.db, id),
    q.selectEvents(ctx.db, id),
  ]);
  const linkOrgs = await q.selectOrgIdsOfCases(ctx.db, [...new Set(links.map((l) => l.caseId))]);
  const visibleLinked = await visibleCaseIds(ctx, actor, linkOrgs);
  const deadline = await caseDeadline(ctx, id);
  const actions = allowedActions(factsOf(row), actor, canActOn(actor, row.currentOrgPath));
  return toCaseView(
    row,
    {
      parties,
      attachments,
      events,
      links: links.filter((l) => visibleLinked.has(l.caseId)),
    },
    { allowedActions: actions, deadline },
  );
}

/** Of the given (caseId, orgId) pairs, the cases the actor may see. */
async function visibleCaseIds(
  ctx: ServiceContext,
  actor: Actor,
  pairs: { caseId: string; orgId: string }[],
): Promise<Set<string>> {
  const visible = new Set<string>();
  const paths = new Map<string, string | undefined>();
  for (const { caseId, orgId } of pairs) {
    if (visible.has(caseId)) continue;
    if (!paths.has(orgId)) paths.set(orgId, (await findOrgById(ctx, orgId))?.path);
    const path = paths.get(orgId);
    if (path && canAccessOrg(actor, path)) visible.add(caseId);
  }
  return visible;
}

/** Roles that may see a party's whole ID number and phone, with a reason (audited). */
export const REVEALING_ROLES = ['intake', 'grid_worker', 'dispatcher', 'mediator', 'handler'] as const;

/**
 * Returns a party's ID number and phone unmasked and writes who, when and why to the
 * audit trail (DESIGN.md §4: every unmasked read logged).
 */
export async function revealParty(ctx: ServiceContext, caseId: string, partyId: string, reason: string) {
  requireRole(ctx.actor, ...REVEALING_ROLES);
  await assertCaseVisible(ctx, caseId);
  const party = await q.selectParty(ctx.db, caseId, partyId);
  if (!party) throw new NotFound('Party');
  const revealed = {
    idNumber: party.idNumberEnc ? ctx.pii.decrypt(party.idNumberEnc) : null,
    phone: party.phoneEnc ? ctx.pii.decrypt(party.phoneEnc) : null,
    agentPhone: party.agentPhoneEnc ? ctx.pii.decrypt(party.agentPhoneEnc) : null,
  };
  await recordAudit(ctx, {
    action: 'party.reveal',
    targetType: 'case_party',
    targetId: partyId,
    detail: {
      caseId,
      reason,
      fields: Object.entries(revealed)
        .filter(([, v]) => v !== null)
        .map(([k]) => k),
    },
  });
  return revealed;
}

/** Who holds the case now and its headline, for other modules (no scope check: callers check). */
export async function findCaseSummary(ctx: ServiceContext, caseId: string) {
  return q.selectCaseSummary(ctx.db, caseId);
}

/**
 * Appends an event that does not change the status (supervision, visits, linkage
 * steps…) to the case's timeline, on the caller's transaction.
 */
export async function appendCaseEvent(
  ctx: ServiceContext,
  caseId: string,
  event: { type: string; note?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await q.insertEvent(ctx.db, {
    id: newId(),
    caseId,
    at: now,
    type: event.type,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? null,
    orgId: ctx.actor?.orgId ?? null,
    fromStatus: null,
    toStatus: null,
    note: event.note ?? null,
    data: event.data ? JSON.stringify(event.data) : null,
  });
  await q.touchCase(ctx.db, caseId, now);
}

/** The parties of a case as the API shows them (masked). No scope check: callers check. */
export async function listCaseParties(ctx: ServiceContext, caseId: string) {
  return (await q.selectParties(ctx.db, caseId)).map(toPartyView);
}

/**
 * The parties with their ID numbers and phones decrypted, for documents that must
 * carry them (agreements, court applications). The CALLER must write the audit row.
 */
export async function partiesForDocument(ctx: ServiceContext, caseId: string) {
  const rows = await q.selectParties(ctx.db, caseId);
  return rows.map((p) => ({
    ...toPartyView(p),
    idNumber: p.idNumberEnc ? ctx.pii.decrypt(p.idNumberEnc) : null,
    phone: p.phoneEnc ? ctx.pii.decrypt(p.phoneEnc) : null,
    agent: p.agentName
      ? { name: p.agentName, phone: p.agentPhoneEnc ? ctx.pii.decrypt(p.agentPhoneEnc) : null }
      : null,
  }));
}

/**
 * Counts one visit in person (跑动次数, DESIGN.md §4) on the case row, on the caller's
 * transaction. No scope check: the caller (feedback module) checks and records the visit.
 * @returns the new count.
 */
export async function countVisit(ctx: ServiceContext, caseId: string): Promise<number> {
  return q.incrementVisits(ctx.db, caseId, ctx.clock.now().toISOString());
}

/** How many events of `type` the case has, e.g. `resolve` (its resolutions so far). No scope check. */
export async function countCaseEvents(ctx: ServiceContext, caseId: string, type: string): Promise<number> {
  return q.countEventsOfType(ctx.db, caseId, type);
}

/** A gap-free numbered sequence under `key` (document numbers), on the caller's transaction. */
export async function nextSequence(ctx: ServiceContext, key: string): Promise<number> {
  return q.nextCounterValue(ctx.db, key);
}
