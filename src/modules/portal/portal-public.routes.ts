/**
 * The portal's lists for the submission form and its photo upload (issue 6), under
 * /api/v1/portal, no staff account: categories, grids, the grid at a position, and
 * multipart photo uploads carrying the tracking-code proof in fields before the files.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { ValidationFailed } from '../../lib/errors.ts';
import { ctxOf } from '../../server/context.ts';
import type { UploadedFile } from '../cases/index.ts';
import {
  addPortalPhotos,
  openPhotoUpload,
  PORTAL_PHOTO_MAX_BYTES,
  PORTAL_PHOTOS_PER_REQUEST,
  type PhotoProofFields,
} from './portal-photos.service.ts';
import { listPortalCategories, listPortalGrids, locatePortalGrid } from './portal-places.service.ts';
import {
  LocatedGridSchema,
  LocateQuerySchema,
  PortalCategoryListSchema,
  PortalGridListSchema,
  PortalPhotoListSchema,
} from './portal-public.schemas.ts';

/**
 * Reads the multipart body: the proof fields first, checked (with the rate limit) before the
 * first file is read, so a wrong proof costs no upload.
 */
async function readPhotoUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new ValidationFailed('Send the photos as multipart/form-data', [
      { pointer: '#/files', code: 'required', detail: 'no files' },
    ]);
  const ctx = ctxOf(request);
  const fields: PhotoProofFields = {};
  const files: UploadedFile[] = [];
  let access;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === 'trackingCode' || part.fieldname === 'phoneLast4')
        fields[part.fieldname] = String(part.value);
      continue;
    }
    access ??= await openPhotoUpload(ctx, fields);
    files.push({ fileName: part.filename, data: await part.toBuffer() });
  }
  return { ctx, access: access ?? (await openPhotoUpload(ctx, fields)), files };
}

export const portalPublicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['portal'];
  const config = { public: true };
  await app.register(multipart, {
    limits: { fileSize: PORTAL_PHOTO_MAX_BYTES, files: PORTAL_PHOTOS_PER_REQUEST, fields: 4, fieldSize: 200 },
  });
  app.get(
    '/portal/categories',
    {
      config,
      schema: {
        tags,
        summary: 'Dispute categories to choose from',
        security: [],
        response: { 200: PortalCategoryListSchema },
      },
    },
    async (request) => listPortalCategories(ctxOf(request)),
  );
  app.get(
    '/portal/grids',
    {
      config,
      schema: {
        tags,
        summary: 'Grids (网格) where a dispute may have happened',
        security: [],
        response: { 200: PortalGridListSchema },
      },
    },
    async (request) => listPortalGrids(ctxOf(request)),
  );
  app.get(
    '/portal/grids/locate',
    {
      config,
      schema: {
        tags,
        summary: 'The grid at a position (the phone’s location), or null',
        security: [],
        querystring: LocateQuerySchema,
        response: { 200: LocatedGridSchema },
      },
    },
    async (request) => locatePortalGrid(ctxOf(request), request.query.lat, request.query.lng),
  );
  app.post(
    '/portal/photos',
    {
      config,
      schema: {
        tags,
        summary:
          'Add photos to the citizen’s case (multipart: fields trackingCode and phoneLast4, then files "files"); images only',
        security: [],
        response: { 201: PortalPhotoListSchema },
      },
    },
    async (request, reply) => {
      const { ctx, access, files } = await readPhotoUpload(request);
      return reply.code(201).send(await addPortalPhotos(ctx, access, files));
    },
  );
};
