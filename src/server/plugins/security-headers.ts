/**
 * Security headers on every response (issue 6, "Security for the public side"): a Content
 * Security Policy that allows only what the built Vite application needs — its own scripts,
 * its own styles plus inline ones (Ant Design writes its CSS-in-JS into <style> tags), images
 * from itself, data: and blob: URLs, and connections back to itself over HTTP and WebSocket —
 * no framing by any site (clickjacking), no MIME sniffing, and no Referer to other sites.
 * A route that sets its own policy (the API docs page) keeps it.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (!reply.hasHeader(name)) reply.header(name, value);
  });
});
