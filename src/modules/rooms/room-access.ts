/**
 * Who enters a mediation room (issue 6). Staff: the case must be in their scope (404
 * otherwise, as everywhere), and they must be one of the session's mediators or hold a
 * mediator/handler role in the organisation that holds the case (the mediation module's
 * rule). Citizens: the tracking-code proof of /portal/track (same lock-out counting, via
 * portal `openAccess`) buys a short-lived ticket good for that one room; the phone digits
 * never travel in a URL and the ticket opens nothing else.
 */
import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError, Forbidden, NotFound, Unauthenticated } from '../../lib/errors.ts';
import { randomToken } from '../../lib/ids.ts';
import { hasRole, isInSubtree, requireActor } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseSummary, listCaseParties } from '../cases/index.ts';
import { listSessions } from '../mediation/index.ts';
import {
  asPortalReader,
  openAccess,
  portalNotFound,
  type PortalAccess,
  type ProofBody,
} from '../portal/index.ts';
import type { RoomMember } from './channels.ts';
import * as q from './rooms.queries.ts';

export const TICKET_TTL_MS = 30 * 60_000;
export const PORTAL_PROOF = 'tracking_code+phone_last4';

/** A room as one member sees it: the case, the session, the invited parties and who they are. */
export interface RoomScope {
  caseId: string;
  sessionId: string;
  parties: { id: string; name: string; role: string }[];
  mediators: { userId: string; name: string }[];
  member: RoomMember;
  /** The tracking-code access a party entered by. */
  accessId?: string;
}

const hashTicket = (token: string) => createHash('sha256').update(`fengqiao-room:${token}`).digest('hex');

async function sessionOf(ctx: ServiceContext, caseId: string, sessionId: string) {
  const session = (await listSessions(ctx, caseId)).find((s) => s.id === sessionId);
  if (!session) throw new NotFound('Session');
  if (!session.isOnline)
    throw new DomainError('conflict', 'The session is not an online mediation (网上调解) session');
  return session;
}

async function scopeOf(
  ctx: ServiceContext,
  caseId: string,
  session: Awaited<ReturnType<typeof sessionOf>>,
  member: RoomMember,
): Promise<Omit<RoomScope, 'accessId'>> {
  const parties = (await listCaseParties(ctx, caseId))
    .filter((p) => session.inviteePartyIds.includes(p.id))
    .map((p) => ({ id: p.id, name: p.name, role: p.role }));
  await q.insertRoomIfMissing(ctx.db, {
    sessionId: session.id,
    caseId,
    createdAt: ctx.clock.now().toISOString(),
  });
  const mediators = session.mediators.map((m) => ({ userId: m.userId, name: m.name }));
  return { caseId, sessionId: session.id, parties, mediators, member };
}

/**
 * A staff member enters the room of an online session.
 * @throws NotFound outside scope or for an unknown session; Forbidden for staff who do not mediate it.
 */
export async function joinAsStaff(
  ctx: ServiceContext,
  caseId: string,
  sessionId: string,
): Promise<RoomScope> {
  const actor = requireActor(ctx.actor);
  const session = await sessionOf(ctx, caseId, sessionId);
  const isMediator = session.mediators.some((m) => m.userId === actor.userId);
  if (!isMediator) {
    const summary = (await findCaseSummary(ctx, caseId))!;
    if (!hasRole(actor, 'mediator', 'handler') || !isInSubtree(actor.orgPath, summary.currentOrgPath))
      throw new Forbidden('Only the session’s mediators and the handling organisation’s mediators may join');
  }
  return scopeOf(ctx, caseId, session, { kind: 'staff', userId: actor.userId, name: actor.displayName });
}

async function partyScope(ctx: ServiceContext, access: PortalAccess, sessionId: string): Promise<RoomScope> {
  const reader = asPortalReader(ctx, access);
  const session = (await listSessions(reader, access.caseId)).find((s) => s.id === sessionId);
  if (!session || !session.isOnline || !session.inviteePartyIds.includes(access.partyId))
    throw portalNotFound();
  const party = (await listCaseParties(reader, access.caseId)).find((p) => p.id === access.partyId)!;
  const member: RoomMember = { kind: 'party', partyId: party.id, name: party.name };
  return { ...(await scopeOf(reader, access.caseId, session, member)), accessId: access.id };
}

/**
 * A party enters the room with a fresh tracking-code proof (what a confirmation records).
 * @throws the portal 404 for a failed proof, an unknown session or one that does not invite the party.
 */
export async function joinWithProof(
  ctx: ServiceContext,
  sessionId: string,
  proof: ProofBody,
): Promise<RoomScope> {
  return partyScope(ctx, await openAccess(ctx, proof), sessionId);
}

/**
 * Issues a citizen's room ticket for the proof, good for TICKET_TTL_MS and for this one room.
 * @throws the portal 404 for a failed proof, an unknown session or one that does not invite the party.
 */
export async function issueRoomTicket(ctx: ServiceContext, sessionId: string, proof: ProofBody) {
  const scope = await joinWithProof(ctx, sessionId, proof);
  const access = {
    id: scope.accessId!,
    caseId: scope.caseId,
    partyId: (scope.member as { partyId: string }).partyId,
  };
  const ticket = randomToken(24);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + TICKET_TTL_MS).toISOString();
  await q.insertTicket(ctx.db, {
    tokenHash: hashTicket(ticket),
    sessionId,
    caseId: access.caseId,
    partyId: access.partyId,
    accessId: access.id,
    expiresAt,
    createdAt: now.toISOString(),
  });
  await recordAudit(ctx, {
    action: 'room.ticket',
    targetType: 'case',
    targetId: access.caseId,
    actorId: `portal:${access.partyId}`,
    actorName: 'portal',
    detail: { sessionId, partyId: access.partyId, accessId: access.id, proof: PORTAL_PROOF },
  });
  return { ticket, expiresAt, sessionId, caseId: scope.caseId };
}

/**
 * The room a citizen's ticket opens.
 * @throws Unauthenticated for an unknown or expired ticket.
 */
export async function joinWithTicket(ctx: ServiceContext, ticket: string): Promise<RoomScope> {
  const row = ticket ? await q.selectTicket(ctx.db, hashTicket(ticket)) : undefined;
  if (!row || row.expiresAt <= ctx.clock.now().toISOString())
    throw new Unauthenticated('The room ticket is unknown or expired: prove the tracking code again');
  const summary = await findCaseSummary(ctx, row.caseId);
  if (!summary) throw new Unauthenticated('The room ticket is unknown or expired');
  const access: PortalAccess = {
    id: row.accessId,
    caseId: row.caseId,
    partyId: row.partyId,
    rootOrgId: summary.currentOrgPath.split('/').filter(Boolean)[0]!,
  };
  return partyScope(ctx, access, row.sessionId);
}
