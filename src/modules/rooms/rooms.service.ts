/**
 * Messages and files of a mediation room (issue 6). Each message is one transaction: the
 * room's next seq, the row and the audit row, so the record of the mediation is complete
 * and ordered. Delivery to connected clients is the hub's business (room-hub.ts), after
 * commit. A member may use only the channels channels.ts grants them.
 */
import type { Readable } from 'node:stream';
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound, invalidField } from '../../lib/errors.ts';
import { detectFileType } from '../../lib/file-type.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { takeRateLimit, type RateLimit } from '../portal/index.ts';
import { canUseChannel, roomChannels } from './channels.ts';
import type { RoomScope } from './room-access.ts';
import * as q from './rooms.queries.ts';

export const MAX_TEXT = 2000;
/** A party's messages: 120 per 10 minutes in one room (typing fast in a heated caucus, not flooding). */
export const PARTY_MESSAGE_LIMIT: RateLimit = { name: 'room-message', limit: 120, windowMs: 10 * 60_000 };
/** A party's shared files: 20 per hour in one room. */
export const PARTY_FILE_LIMIT: RateLimit = { name: 'room-file', limit: 20, windowMs: 60 * 60_000 };

/** Counts a party's write against `limit` (staff are not limited). @throws too-many-requests. */
async function limitParty(ctx: ServiceContext, scope: RoomScope, limit: RateLimit): Promise<void> {
  if (scope.member.kind === 'party')
    await takeRateLimit(ctx, limit, `${scope.sessionId}:${scope.member.partyId}`);
}

/** A message as clients receive it. */
export function messageView(row: q.MessageRow) {
  return {
    seq: row.seq,
    channel: row.channel,
    kind: row.kind,
    body: row.body,
    author: { kind: row.authorKind, id: row.authorId, name: row.authorName },
    data: row.data ? (JSON.parse(row.data) as Record<string, unknown>) : null,
    createdAt: row.createdAt,
  };
}
export type MessageView = ReturnType<typeof messageView>;

/** @throws NotFound when the member may not use `channel` (its existence is not revealed). */
export function assertChannel(scope: RoomScope, channel: string): void {
  if (
    !canUseChannel(
      scope.member,
      channel,
      scope.parties.map((p) => p.id),
    )
  )
    throw new NotFound('Channel');
}

/** Who wrote: the staff user, or the party with their role in plain words. */
function author(scope: RoomScope) {
  const m = scope.member;
  if (m.kind === 'staff') return { authorKind: 'staff' as const, authorId: m.userId, authorName: m.name };
  const role = scope.parties.find((p) => p.id === m.partyId)?.role === 'applicant' ? '申请人' : '被申请人';
  return { authorKind: 'party' as const, authorId: m.partyId, authorName: `${role} ${m.name}` };
}

/** Audit fields naming a party as the portal does (`portal:<partyId>`); staff come from ctx.actor. */
export function auditActor(scope: RoomScope) {
  return scope.member.kind === 'party'
    ? { actorId: `portal:${scope.member.partyId}`, actorName: 'portal' }
    : {};
}

/**
 * Appends one message to a channel on the caller's transaction (or a new one) with its audit row.
 * @returns the stored message.
 */
export async function appendMessage(
  ctx: ServiceContext,
  scope: RoomScope,
  input: { channel: string; kind: q.MessageRow['kind']; body: string; data?: Record<string, unknown> },
): Promise<MessageView> {
  assertChannel(scope, input.channel);
  return inTransaction(ctx.db, async (trx) => {
    const seq = await q.takeNextSeq(trx, scope.sessionId);
    const row = {
      id: newId(),
      sessionId: scope.sessionId,
      seq,
      channel: input.channel,
      kind: input.kind,
      body: input.body,
      ...author(scope),
      data: input.data ? JSON.stringify(input.data) : null,
      createdAt: ctx.clock.now().toISOString(),
    };
    await q.insertMessage(trx, row);
    await recordAudit(withDb(ctx, trx), {
      action: `room.${input.kind}`,
      targetType: 'case',
      targetId: scope.caseId,
      ...auditActor(scope),
      detail: { sessionId: scope.sessionId, seq, channel: input.channel },
    });
    return messageView(row);
  });
}

/**
 * Posts a text message.
 * @throws ValidationFailed `#/text` for an empty or too long text; NotFound for a channel not the member's.
 */
export async function postMessage(
  ctx: ServiceContext,
  scope: RoomScope,
  input: { channel: string; text: string },
) {
  const text = input.text.trim();
  if (!text) throw invalidField('#/text', 'required', 'text must not be empty');
  if (text.length > MAX_TEXT)
    throw invalidField('#/text', 'too-long', `text is longer than ${MAX_TEXT} characters`);
  await limitParty(ctx, scope, PARTY_MESSAGE_LIMIT);
  return appendMessage(ctx, scope, { channel: input.channel, kind: 'text', body: text });
}

/** Messages of the member's channels after `afterSeq`, in order (the HTTP fallback of the socket's replay). */
export async function listMessages(ctx: ServiceContext, scope: RoomScope, channel: string, afterSeq: number) {
  assertChannel(scope, channel);
  const rows = await q.selectMessagesAfter(ctx.db, scope.sessionId, afterSeq, {
    channels: [channel],
    limit: 500,
  });
  return rows.map(messageView);
}

export interface UploadLimits {
  maxBytes: number;
  kinds: readonly string[];
}

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f"<>|:*?]/g, '_').slice(0, 200) || 'file';
}

/**
 * Shares a file into a channel: the same checks as case attachments (size; kind by content,
 * not by name), stored by SHA-256, then a `file` message referencing it.
 * @throws payload-too-large / unsupported-media-type naming `#/file`; NotFound for a channel not the member's.
 */
export async function shareFile(
  ctx: ServiceContext,
  scope: RoomScope,
  input: { channel: string; fileName: string; data: Buffer },
  limits: UploadLimits,
) {
  assertChannel(scope, input.channel);
  await limitParty(ctx, scope, PARTY_FILE_LIMIT);
  const pointer = '#/file';
  if (input.data.length > limits.maxBytes)
    throw new DomainError('payload-too-large', `${input.fileName} is too large`, {
      errors: [
        { pointer, code: 'too-large', detail: `larger than ${Math.round(limits.maxBytes / 1048576)} MiB` },
      ],
    });
  const type = detectFileType(input.data);
  if (!type || !limits.kinds.includes(type.kind))
    throw new DomainError('unsupported-media-type', `${input.fileName} is not an accepted kind of file`, {
      errors: [{ pointer, code: 'type', detail: 'the content is not an accepted kind of file' }],
    });
  const stored = await ctx.files.put(input.data);
  const file = {
    id: newId(),
    sessionId: scope.sessionId,
    channel: input.channel,
    sha256: stored.sha256,
    size: stored.size,
    mimeType: type.mime,
    fileName: cleanFileName(input.fileName),
    uploadedAt: ctx.clock.now().toISOString(),
  };
  return inTransaction(ctx.db, async (trx) => {
    await q.insertFile(trx, file);
    return appendMessage(withDb(ctx, trx), scope, {
      channel: input.channel,
      kind: 'file',
      body: file.fileName,
      data: { fileId: file.id, size: file.size, mimeType: file.mimeType },
    });
  });
}

/**
 * Opens a shared file for a member of its channel.
 * @throws NotFound for another room's file or a channel the member does not hold.
 */
export async function openFile(
  ctx: ServiceContext,
  scope: RoomScope,
  fileId: string,
): Promise<{ fileName: string; mimeType: string; size: number; stream: Readable }> {
  const file = await q.selectFile(ctx.db, scope.sessionId, fileId);
  if (
    !file ||
    !canUseChannel(
      scope.member,
      file.channel,
      scope.parties.map((p) => p.id),
    )
  )
    throw new NotFound('File');
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    size: file.size,
    stream: ctx.files.open(file.sha256),
  };
}

/** What a member needs to draw the room: who they are, the channels they hold, the parties, the mediators. */
export function roomView(scope: RoomScope) {
  const partyIds = scope.parties.map((p) => p.id);
  return {
    caseId: scope.caseId,
    sessionId: scope.sessionId,
    me:
      scope.member.kind === 'staff'
        ? { kind: 'staff' as const, id: scope.member.userId, name: scope.member.name }
        : { kind: 'party' as const, id: scope.member.partyId, name: scope.member.name },
    channels: roomChannels(partyIds).filter((c) => canUseChannel(scope.member, c, partyIds)),
    parties: scope.parties,
    mediators: scope.mediators.map((m) => ({ name: m.name })),
  };
}
