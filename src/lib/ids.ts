import { randomBytes, randomUUID } from 'node:crypto';

/** Primary keys are random UUIDs: portable across both databases and safe across processes. */
export function newId(): string {
  return randomUUID();
}

/** A URL-safe random token of `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
