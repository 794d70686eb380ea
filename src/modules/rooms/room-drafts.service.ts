/**
 * Draft agreements in a room (issue 6): the mediator posts a draft into the joint channel
 * (from an agreement record of the case, or as text), each invited party confirms it in
 * the room, and the confirmation is recorded with its time and the tracking-code proof
 * that made it (which party, when, by which portal access) — on the case's timeline too.
 */
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Conflict, Forbidden, ValidationFailed, invalidField } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import { appendCaseEvent } from '../cases/index.ts';
import { getAgreement } from '../mediation/index.ts';
import { JOINT } from './channels.ts';
import { PORTAL_PROOF, type RoomScope } from './room-access.ts';
import * as q from './rooms.queries.ts';
import { appendMessage, type MessageView } from './rooms.service.ts';

export interface DraftContent {
  title: string;
  text: string;
  agreementNumber: string | null;
  terms: { obligation: string; amountFen: number | null; dueDate: string | null }[];
}

async function draftContent(
  ctx: ServiceContext,
  scope: RoomScope,
  input: { agreementId?: string; text?: string },
): Promise<DraftContent> {
  if (!input.agreementId === !input.text?.trim())
    throw new ValidationFailed('Give either agreementId or text', [
      { pointer: '#/agreementId', code: 'one-of', detail: 'give exactly one of agreementId and text' },
    ]);
  if (!input.agreementId)
    return { title: '调解协议草案', text: input.text!.trim(), agreementNumber: null, terms: [] };
  const agreement = await getAgreement(ctx, scope.caseId, input.agreementId).catch(() => {
    throw invalidField('#/agreementId', 'unknown', 'not an agreement of this case');
  });
  return {
    title: '调解协议草案',
    text: [agreement.facts, agreement.disputedMatters].filter(Boolean).join('\n'),
    agreementNumber: agreement.number,
    terms: agreement.terms.map((t) => ({
      obligation: t.obligation,
      amountFen: t.amountFen,
      dueDate: t.dueDate,
    })),
  };
}

/**
 * The mediator posts a draft agreement into the joint channel.
 * @throws Forbidden for a party; ValidationFailed naming agreementId/text.
 */
export async function postDraft(
  ctx: ServiceContext,
  scope: RoomScope,
  input: { agreementId?: string; text?: string },
): Promise<MessageView> {
  if (scope.member.kind !== 'staff') throw new Forbidden('Only the mediator posts a draft agreement');
  const content = await draftContent(ctx, scope, input);
  const id = newId();
  return inTransaction(ctx.db, async (trx) => {
    await q.insertDraft(trx, {
      id,
      sessionId: scope.sessionId,
      agreementId: input.agreementId ?? null,
      content: JSON.stringify(content),
      postedBy: scope.member.kind === 'staff' ? scope.member.userId : '',
      postedAt: ctx.clock.now().toISOString(),
    });
    return appendMessage(withDb(ctx, trx), scope, {
      channel: JOINT,
      kind: 'draft',
      body: content.text,
      data: { draftId: id, ...content },
    });
  });
}

/**
 * A party confirms a draft of their room. The scope must come from a fresh tracking-code
 * proof (room-access `joinWithProof`), whose access row is recorded as the proof.
 * @throws Forbidden for staff; NotFound for a draft of another room; Conflict when already confirmed.
 */
export async function confirmDraft(
  ctx: ServiceContext,
  scope: RoomScope,
  draftId: string,
): Promise<MessageView> {
  const member = scope.member;
  if (member.kind !== 'party' || !scope.accessId)
    throw new Forbidden('Only a party confirms a draft agreement');
  const draft = await q.selectDraft(ctx.db, draftId);
  if (!draft || draft.sessionId !== scope.sessionId)
    throw invalidField('#/draftId', 'unknown', 'not a draft of this room');
  const confirmedAt = ctx.clock.now().toISOString();
  return inTransaction(ctx.db, async (trx) => {
    const done = await q.selectConfirmationsOf(trx, [draftId]);
    if (done.some((c) => c.partyId === member.partyId))
      throw new Conflict('You have already confirmed this draft');
    await q.insertConfirmation(trx, {
      id: newId(),
      draftId,
      partyId: member.partyId,
      accessId: scope.accessId!,
      proof: PORTAL_PROOF,
      ip: ctx.ip,
      confirmedAt,
    });
    const tctx = withDb({ ...ctx, actor: null }, trx);
    await appendCaseEvent(tctx, scope.caseId, {
      type: 'room_draft_confirmed',
      note: `${member.name}在网上调解室确认协议草案`,
      data: { sessionId: scope.sessionId, draftId, partyId: member.partyId, proof: PORTAL_PROOF },
    });
    return appendMessage(withDb(ctx, trx), scope, {
      channel: JOINT,
      kind: 'confirmation',
      body: `${member.name}确认了协议草案`,
      data: { draftId, partyId: member.partyId, confirmedAt, proof: PORTAL_PROOF },
    });
  });
}

/** The room's drafts with who confirmed each, when and by which proof. */
export async function listDrafts(ctx: ServiceContext, scope: RoomScope) {
  const drafts = await q.selectDraftsOfRoom(ctx.db, scope.sessionId);
  const confirmations = await q.selectConfirmationsOf(
    ctx.db,
    drafts.map((d) => d.id),
  );
  return drafts.map((d) => ({
    id: d.id,
    agreementId: d.agreementId,
    postedAt: d.postedAt,
    content: JSON.parse(d.content) as DraftContent,
    confirmations: confirmations
      .filter((c) => c.draftId === d.id)
      .map((c) => ({
        partyId: c.partyId,
        partyName: scope.parties.find((p) => p.id === c.partyId)?.name ?? '',
        confirmedAt: c.confirmedAt,
        proof: c.proof,
      })),
  }));
}
