/**
 * Photos a citizen adds to their case from the portal (issue 6: "the other party, photos"),
 * when submitting or later from the tracking page. The proof (tracking code + phone digits)
 * is checked before any file is read; only images pass (recognised by content, as every
 * attachment is), each at most PORTAL_PHOTO_MAX_BYTES, at most PORTAL_PHOTOS_PER_REQUEST at
 * once and PORTAL_PHOTOS_PER_CASE in all. They are stored as the case's attachments, so staff
 * see them on the case page.
 */
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError, ValidationFailed } from '../../lib/errors.ts';
import {
  addCitizenAttachments,
  countCitizenAttachments,
  listCaseParties,
  type UploadedFile,
} from '../cases/index.ts';
import { openAccess, type PortalAccess } from './portal-access.ts';
import { UPLOAD_LIMIT, takeRateLimit } from './rate-limit.ts';

export const PORTAL_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PORTAL_PHOTOS_PER_REQUEST = 6;
export const PORTAL_PHOTOS_PER_CASE = 20;

/** The proof as it arrives in multipart fields (strings, maybe missing). */
export interface PhotoProofFields {
  trackingCode?: string;
  phoneLast4?: string;
}

function checkedProof(fields: PhotoProofFields) {
  const errors = [];
  const code = fields.trackingCode?.trim() ?? '';
  if (code.length < 1 || code.length > 40)
    errors.push({ pointer: '#/trackingCode', code: 'required', detail: 'trackingCode is required' });
  if (!/^[0-9]{4}$/.test(fields.phoneLast4 ?? ''))
    errors.push({ pointer: '#/phoneLast4', code: 'invalid', detail: 'phoneLast4 must be four digits' });
  if (errors.length) throw new ValidationFailed('Send trackingCode and phoneLast4 before the files', errors);
  return { trackingCode: code, phoneLast4: fields.phoneLast4! };
}

/**
 * Opens an upload: counts it against the address's upload limit, checks the proof and that
 * the case can take more photos. Call it before reading any file.
 * @throws too-many-requests; the portal 404 for a failed proof; ValidationFailed for missing
 *         proof fields; payload-too-large when the case holds PORTAL_PHOTOS_PER_CASE already.
 */
export async function openPhotoUpload(ctx: ServiceContext, fields: PhotoProofFields): Promise<PortalAccess> {
  const proof = checkedProof(fields);
  await takeRateLimit(ctx, UPLOAD_LIMIT, ctx.ip ?? 'unknown');
  const access = await openAccess(ctx, proof);
  if ((await countCitizenAttachments(ctx, access.caseId)) >= PORTAL_PHOTOS_PER_CASE) throw tooMany();
  return access;
}

function tooMany() {
  return new DomainError(
    'payload-too-large',
    `A case takes at most ${PORTAL_PHOTOS_PER_CASE} photos from the portal`,
    { errors: [{ pointer: '#/files', code: 'too-many', detail: 'too many photos for this case' }] },
  );
}

/**
 * Stores the photos on the case of `access` (one transaction, one event, one audit row).
 * @throws ValidationFailed without files; payload-too-large past the limits;
 *         unsupported-media-type for anything that is not an image by its content.
 */
export async function addPortalPhotos(ctx: ServiceContext, access: PortalAccess, files: UploadedFile[]) {
  if (files.length === 0)
    throw new ValidationFailed('No photo was sent', [
      { pointer: '#/files', code: 'required', detail: 'no files' },
    ]);
  const already = await countCitizenAttachments(ctx, access.caseId);
  if (files.length > PORTAL_PHOTOS_PER_REQUEST || already + files.length > PORTAL_PHOTOS_PER_CASE)
    throw tooMany();
  const party = (await listCaseParties(ctx, access.caseId)).find((p) => p.id === access.partyId);
  const citizen = { ...ctx, actor: null };
  const items = await addCitizenAttachments(
    citizen,
    access.caseId,
    files,
    { maxBytes: PORTAL_PHOTO_MAX_BYTES, kinds: ['image'] },
    `${party?.name ?? '当事人'}（网上）`,
  );
  return {
    items: items.map(({ id, fileName, mimeType, size, uploadedAt }) => ({
      id,
      fileName,
      mimeType,
      size,
      uploadedAt,
    })),
  };
}
