/** What the staff and citizen room routes share: the hub on the app, reading one upload, sending a file. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { ValidationFailed } from '../../lib/errors.ts';
import { RoomHub } from './room-hub.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's room deliveries (set by roomsRoutes). */
    roomHub: RoomHub;
  }
}

/** Creates this app's hub once and stops it when the app closes. */
export function installHub(app: FastifyInstance): RoomHub {
  const hub = new RoomHub(app.deps.db, app.log);
  app.decorate('roomHub', hub);
  app.addHook('onClose', async () => hub.close());
  return hub;
}

/** The one file of a multipart upload (field `file`). @throws ValidationFailed `#/file` when none came. */
export async function readUpload(request: FastifyRequest): Promise<{ fileName: string; data: Buffer }> {
  const none = () =>
    new ValidationFailed('Send one file as multipart/form-data', [
      { pointer: '#/file', code: 'required', detail: 'no file' },
    ]);
  if (!request.isMultipart()) throw none();
  const part = await request.file();
  if (!part) throw none();
  return { fileName: part.filename, data: await part.toBuffer() };
}

export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; mimeType: string; size: number; stream: Readable },
) {
  return reply
    .type(file.mimeType)
    .header('content-length', file.size)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.stream);
}
