/**
 * Attachments of a case: photos, scans, PDF, Word and audio, recognised by content (not
 * by name), stored once per content under their SHA-256, listed and downloaded only
 * within scope.
 */
import type { Readable } from 'node:stream';
import { inTransaction } from '../../db/dialect.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound } from '../../lib/errors.ts';
import { detectFileType } from '../../lib/file-type.ts';
import { newId } from '../../lib/ids.ts';
import { requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { attachmentUrl } from './case-view.ts';
import * as q from './cases.queries.ts';
import { assertCaseVisible, REGISTERING_ROLES } from './cases.service.ts';

export interface UploadLimits {
  maxBytes: number;
  kinds: readonly string[];
}

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f"<>|:*?]/g, '_').slice(0, 200) || 'file';
}

/**
 * Adds files to a case. Every file is checked first (size, kind by content); one bad
 * file refuses the whole upload and nothing is written.
 * @throws DomainError payload-too-large / unsupported-media-type naming the file.
 */
export async function addAttachments(
  ctx: ServiceContext,
  caseId: string,
  files: UploadedFile[],
  limits: UploadLimits,
) {
  const actor = requireRole(ctx.actor, ...REGISTERING_ROLES, 'dispatcher', 'leader');
  await assertCaseVisible(ctx, caseId);
  return storeAttachments(ctx, caseId, files, limits, {
    userId: actor.userId,
    name: actor.displayName,
    orgId: actor.orgId,
  });
}

/**
 * Adds a citizen's photos to their case from the public portal (issue 6). The caller has
 * proven ownership (tracking code + phone digits) and passes the limits it allows; the rows
 * carry no uploader (no staff account) and the event names the citizen's side.
 * @throws DomainError payload-too-large / unsupported-media-type naming the file.
 */
export async function addCitizenAttachments(
  ctx: ServiceContext,
  caseId: string,
  files: UploadedFile[],
  limits: UploadLimits,
  citizenName: string,
) {
  return storeAttachments(ctx, caseId, files, limits, { userId: null, name: citizenName, orgId: null });
}

interface Uploader {
  userId: string | null;
  name: string;
  orgId: string | null;
}

/** How many files the citizen has added to the case on the portal (the portal caps them). */
export async function countCitizenAttachments(ctx: ServiceContext, caseId: string): Promise<number> {
  return q.countCitizenAttachments(ctx.db, caseId);
}

async function storeAttachments(
  ctx: ServiceContext,
  caseId: string,
  files: UploadedFile[],
  limits: UploadLimits,
  uploader: Uploader,
) {
  const checked = files.map((f, i) => {
    const pointer = `#/files/${i}`;
    if (f.data.length > limits.maxBytes)
      throw new DomainError(
        'payload-too-large',
        `${f.fileName} is larger than ${Math.round(limits.maxBytes / 1048576)} MiB`,
        {
          errors: [{ pointer, code: 'too-large', detail: `${f.fileName} is too large` }],
        },
      );
    const type = detectFileType(f.data);
    if (!type || !limits.kinds.includes(type.kind))
      throw new DomainError(
        'unsupported-media-type',
        `${f.fileName} is not an accepted ${limits.kinds.join('/')} file`,
        {
          errors: [
            { pointer, code: 'type', detail: `${f.fileName}: the content is not an accepted kind of file` },
          ],
        },
      );
    return { ...f, type };
  });
  const stored = [];
  for (const f of checked) stored.push({ ...f, ...(await ctx.files.put(f.data)) });

  const now = ctx.clock.now().toISOString();
  const rows = stored.map((f) => ({
    id: newId(),
    caseId,
    sha256: f.sha256,
    size: f.size,
    mimeType: f.type.mime,
    fileName: cleanFileName(f.fileName),
    uploadedBy: uploader.userId,
    uploadedAt: now,
  }));
  await inTransaction(ctx.db, async (trx) => {
    for (const row of rows) await q.insertAttachment(trx, row);
    await q.touchCase(trx, caseId, now);
    await q.insertEvent(trx, {
      id: newId(),
      caseId,
      at: now,
      type: 'attachment_added',
      actorId: uploader.userId,
      actorName: uploader.name,
      orgId: uploader.orgId,
      fromStatus: null,
      toStatus: null,
      note: rows.map((r) => r.fileName).join('、'),
      data: JSON.stringify({ attachments: rows.map((r) => r.id) }),
    });
    await recordAudit(withDb(ctx, trx), {
      action: 'case.attach',
      targetType: 'case',
      targetId: caseId,
      ...(uploader.userId ? {} : { actorName: uploader.name }),
      detail: { files: rows.map((r) => ({ id: r.id, sha256: r.sha256, size: r.size })) },
    });
  });
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    sha256: r.sha256,
    uploadedAt: r.uploadedAt,
    url: attachmentUrl(caseId, r.id),
  }));
}

/** Opens an attachment for download. @throws NotFound outside scope. */
export async function openAttachment(
  ctx: ServiceContext,
  caseId: string,
  attachmentId: string,
): Promise<{ fileName: string; mimeType: string; size: number; stream: Readable }> {
  await assertCaseVisible(ctx, caseId);
  const row = await q.selectAttachment(ctx.db, caseId, attachmentId);
  if (!row) throw new NotFound('Attachment');
  return {
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    stream: ctx.files.open(row.sha256),
  };
}
