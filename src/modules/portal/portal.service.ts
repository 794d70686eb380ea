/**
 * The public portal (issue 6): a citizen brings a dispute online without a staff account,
 * gets a tracking code, follows the case, downloads the documents meant for them and rates
 * the result. Everything after submission is opened by `openAccess` (tracking code + phone
 * digits) and scoped to that one case and that one party.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { ValidationFailed, type FieldError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseSummary, getCase, listCaseParties, registerCase } from '../cases/index.ts';
import { partyRatingState, saveRating } from '../feedback/index.ts';
import { agreementDocument, listAgreements, listSessions } from '../mediation/index.ts';
import { findGridAt, findOrgById, listRootOrgs } from '../orgs/index.ts';
import { asPortalReader, openAccess } from './portal-access.ts';
import type { PortalCaseBody, PortalRatingBody, ProofBody } from './portal.schemas.ts';
import * as q from './portal.queries.ts';
import { STATUS_TEXT, citizenTimeline, upcomingSessions } from './portal-view.ts';
import { SUBMIT_LIMIT, takeRateLimit } from './rate-limit.ts';
import { generateTrackingCode, hashTrackingCode } from './tracking-code.ts';

const rootOf = (path: string) => path.split('/').filter(Boolean)[0]!;

/** The applicant submitting online must be identifiable as at the window (issue 6). */
function applicantErrors(body: PortalCaseBody): FieldError[] {
  const p = body.parties[0]!;
  const errors: FieldError[] = [];
  const bad = (field: string, code: string, detail: string) =>
    errors.push({ pointer: `#/parties/0/${field}`, code, detail: `parties[0].${field} ${detail}` });
  if (p.kind !== 'person') bad('kind', 'invalid', 'must be person: the applicant submitting online');
  if (p.role !== 'applicant') bad('role', 'invalid', 'must be applicant: the first party submits the case');
  if (!p.phone?.trim()) bad('phone', 'required', 'is required: it proves ownership of the tracking code');
  if (!p.idNumber?.trim()) bad('idNumber', 'required', 'is required');
  return errors;
}

/**
 * The district that registers an online case (there is no staff member): the district of
 * the chosen grid, else of the grid at the given position, else the only district there is.
 */
async function registeringDistrict(ctx: ServiceContext, body: PortalCaseBody, errors: FieldError[]) {
  if (body.gridId) {
    const grid = await findOrgById(ctx, body.gridId);
    if (grid?.type === 'grid') return rootOf(grid.path);
    errors.push({ pointer: '#/gridId', code: 'unknown', detail: 'gridId is not a grid' });
    return undefined;
  }
  if (body.lat !== undefined && body.lng !== undefined) {
    const gridId = await findGridAt(ctx, body.lat, body.lng);
    const grid = gridId ? await findOrgById(ctx, gridId) : undefined;
    if (grid) return rootOf(grid.path);
  }
  const roots = await listRootOrgs(ctx);
  if (roots.length === 1) return roots[0]!.id;
  errors.push({ pointer: '#/gridId', code: 'required', detail: 'choose the grid where it happened' });
  return undefined;
}

/**
 * Registers a citizen's online submission (channel `online`) for the district, and the
 * tracking code that opens it to the applicant (parties[0]), in one transaction.
 * @returns the code (shown once: only its hash is kept) and the case number.
 * @throws too-many-requests past the address's limit; ValidationFailed naming every bad field.
 */
export async function submitCase(ctx: ServiceContext, body: PortalCaseBody) {
  await takeRateLimit(ctx, SUBMIT_LIMIT, ctx.ip ?? 'unknown');
  const citizen = { ...ctx, actor: null };
  const errors = applicantErrors(body);
  const district = await registeringDistrict(citizen, body, errors);
  if (errors.length || !district) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
  return inTransaction(ctx.db, async (trx) => {
    const tctx = withDb(citizen, trx);
    const { id } = await registerCase(tctx, { ...body, channel: 'online' }, { orgId: district });
    const applicant = (await listCaseParties(tctx, id))[0]!;
    let code = generateTrackingCode();
    while (await q.selectAccessByHash(trx, hashTrackingCode(code))) code = generateTrackingCode();
    const accessId = newId();
    await q.insertAccess(trx, {
      id: accessId,
      caseId: id,
      partyId: applicant.id,
      codeHash: hashTrackingCode(code),
      failedAttempts: 0,
      lockedUntil: null,
      createdAt: ctx.clock.now().toISOString(),
    });
    await recordAudit(tctx, {
      action: 'portal.submit',
      targetType: 'case',
      targetId: id,
      actorName: 'portal',
      detail: { accessId, partyId: applicant.id },
    });
    const summary = (await findCaseSummary(tctx, id))!;
    return { trackingCode: code, caseNumber: summary.number };
  });
}

/**
 * The citizen's view of their case (see portal-view.ts for what is left out).
 * @throws the portal 404 for any failed proof; too-many-requests past the limit.
 */
export async function trackCase(ctx: ServiceContext, proof: ProofBody) {
  const access = await openAccess(ctx, proof);
  const reader = asPortalReader(ctx, access);
  const [caseView, sessions, agreements] = await Promise.all([
    getCase(reader, access.caseId),
    listSessions(reader, access.caseId),
    listAgreements(reader, access.caseId),
  ]);
  const party = caseView.parties.find((p) => p.id === access.partyId)!;
  return {
    number: caseView.number,
    subject: caseView.subject,
    category: caseView.category.nameZh,
    registeredAt: caseView.createdAt,
    status: caseView.status,
    statusText: STATUS_TEXT[caseView.status] ?? caseView.status,
    handledBy: caseView.currentOrg.name,
    you: { name: party.name, role: party.role },
    sessions: upcomingSessions(sessions, access.partyId, ctx.clock.now()),
    documents: agreements
      .filter((a) => a.form === 'written')
      .map((a) => ({
        agreementId: a.id,
        title: '人民调解协议书',
        number: a.number,
        effectiveOn: a.effectiveOn,
        url: `/api/v1/portal/agreements/${a.id}/document`,
      })),
    rating: await partyRatingState(ctx, access.caseId, access.partyId, caseView.status),
    timeline: citizenTimeline(caseView.events, { partyId: access.partyId, sessions, agreements }),
  };
}

/**
 * The citizen rates the resolution of their case (source `portal`): the same rules as a
 * return call — resolved or archived only, once per resolution, "不满意" sent for review.
 */
export async function rateFromPortal(ctx: ServiceContext, input: PortalRatingBody) {
  const access = await openAccess(ctx, input);
  const rating = await saveRating({ ...ctx, actor: null }, access.caseId, {
    partyId: access.partyId,
    rating: input.rating,
    comment: input.comment,
    source: 'portal',
  });
  return {
    rating: rating.rating,
    comment: rating.comment,
    resolutionSeq: rating.resolutionSeq,
    createdAt: rating.createdAt,
  };
}

/**
 * A written agreement of the citizen's case as .docx: the copy each party holds (人民调解法
 * art. 29), so it carries every party's particulars as the signed paper does. Audited as
 * the portal reader of that party.
 * @throws the portal 404 for a failed proof; NotFound for an agreement of another case.
 */
export async function portalAgreementDocument(ctx: ServiceContext, agreementId: string, proof: ProofBody) {
  const access = await openAccess(ctx, proof);
  return agreementDocument(asPortalReader(ctx, access), access.caseId, agreementId);
}
