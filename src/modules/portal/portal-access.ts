/**
 * Proof of ownership on the portal (issue 6): the tracking code plus the last four digits of
 * the party's mobile number (there is no SMS gateway): the applicant's, or another party's
 * of the same case, who then sees the case as that party (the respondent joining online
 * mediation with the code the centre gave them). Every failure — a malformed code,
 * an unknown code, wrong digits, a locked code — answers the SAME 404 problem, so the portal
 * never tells whether a code exists. Five wrong tries in a row lock the code for an hour;
 * while locked even the right digits get that same 404 (not 423, which would confirm the
 * code exists), and the lock lifts by itself. Each request first counts against the
 * address's rate limit.
 */
import { inTransaction } from '../../db/dialect.ts';
import type { Actor, ServiceContext } from '../../lib/context.ts';
import { DomainError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseSummary, listCaseParties } from '../cases/index.ts';
import * as q from './portal.queries.ts';
import { TRACK_LIMIT, takeRateLimit } from './rate-limit.ts';
import { hashTrackingCode, normaliseTrackingCode } from './tracking-code.ts';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MS = 60 * 60_000;

/** The one answer to every failed proof. */
export const PORTAL_NOT_FOUND_DETAIL =
  '未找到与查询码和手机号后四位相符的案件 (no case matches this tracking code and phone number)';

export function portalNotFound(): DomainError {
  return new DomainError('not-found', PORTAL_NOT_FOUND_DETAIL);
}

export interface PortalAccess {
  id: string;
  caseId: string;
  partyId: string;
  /** The district the case belongs to (root of its organisations' paths). */
  rootOrgId: string;
}

/**
 * Who reads on the citizen's behalf once the proof holds: scoped to the case's district so
 * the case services' visibility check passes, holding no role so every staff write refuses
 * it, and named after the party so audit rows (document downloads) say who it was.
 */
export function portalReader(access: PortalAccess): Actor {
  return {
    userId: `portal:${access.partyId}`,
    username: 'portal',
    displayName: '当事人（网上）',
    orgId: access.rootOrgId,
    orgPath: `/${access.rootOrgId}/`,
    roles: [],
    via: 'system',
  };
}

/** The same context, acting as the portal reader of `access`. */
export function asPortalReader(ctx: ServiceContext, access: PortalAccess): ServiceContext {
  return { ...ctx, actor: portalReader(access) };
}

async function countFailure(ctx: ServiceContext, access: q.AccessRow): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const failed = await q.incrementFailedAttempts(trx, access.id);
    if (failed < MAX_FAILED_ATTEMPTS) return;
    const lockedUntil = new Date(ctx.clock.now().getTime() + LOCK_MS).toISOString();
    await q.setLock(trx, access.id, { failedAttempts: 0, lockedUntil });
    await recordAudit(
      { ...ctx, db: trx },
      {
        action: 'portal.lock',
        targetType: 'case',
        targetId: access.caseId,
        actorName: 'portal',
        detail: { accessId: access.id, lockedUntil },
      },
    );
    ctx.log.warn({ caseId: access.caseId, lockedUntil }, 'tracking code locked after wrong phone digits');
  });
}

/**
 * Checks the proof and returns what it opens.
 * @throws too-many-requests (429) past the address's limit; the portal 404 for every failure.
 */
export async function openAccess(
  ctx: ServiceContext,
  proof: { trackingCode: string; phoneLast4: string },
): Promise<PortalAccess> {
  await takeRateLimit(ctx, TRACK_LIMIT, ctx.ip ?? 'unknown');
  const code = normaliseTrackingCode(proof.trackingCode);
  const access = code ? await q.selectAccessByHash(ctx.db, hashTrackingCode(code)) : undefined;
  if (!access) throw portalNotFound();
  const now = ctx.clock.now().toISOString();
  if (access.lockedUntil && access.lockedUntil > now) throw portalNotFound();
  // The masked phone keeps the last four digits (lib/pii maskPhone): no decryption needed.
  // The code opens its own party first; the other parties of the case (the respondent
  // invited to an online mediation) prove themselves with the same code and THEIR digits.
  const matches = (p: { phone: string | null }) => !!p.phone && p.phone.slice(-4) === proof.phoneLast4;
  const parties = await listCaseParties(ctx, access.caseId);
  const party =
    parties.find((p) => p.id === access.partyId && matches(p)) ??
    parties.find((p) => p.kind === 'person' && matches(p));
  if (!party) {
    await countFailure(ctx, access);
    throw portalNotFound();
  }
  if (access.failedAttempts > 0 || access.lockedUntil)
    await q.setLock(ctx.db, access.id, { failedAttempts: 0, lockedUntil: null });
  const summary = await findCaseSummary(ctx, access.caseId);
  if (!summary) throw portalNotFound();
  const rootOrgId = summary.currentOrgPath.split('/').filter(Boolean)[0]!;
  return { id: access.id, caseId: access.caseId, partyId: party.id, rootOrgId };
}
