/** Builds the service context for a request (the bridge from HTTP to domain code). */
import type { FastifyRequest } from 'fastify';
import type { ServiceContext } from '../lib/context.ts';

export function ctxOf(request: FastifyRequest): ServiceContext {
  const { db, clock, pii, files } = request.server.deps;
  return {
    db,
    clock,
    pii,
    files,
    actor: request.actor,
    log: request.log,
    requestId: request.id,
    ip: request.ip,
    emailEnabled: request.server.deps.config.mail.smtpUrl !== null,
  };
}
