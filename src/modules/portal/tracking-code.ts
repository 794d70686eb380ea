/**
 * Tracking codes (查询码) handed to a citizen who submits a dispute online (issue 6): short
 * enough to read out over the phone, unguessable (crypto random, never sequential), and
 * stored only as a SHA-256 hash, so a copy of the database does not hand out live codes.
 */
import { randomBytes } from 'node:crypto';
import { sha256 } from '../../lib/crypto.ts';

/**
 * Digits and capitals without look-alikes: no 0/O, 1/I/L, and no U (Crockford's base 32
 * drops it too). 30 symbols, so 10 characters carry log2(30^10) ≈ 49 bits.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

/** Largest multiple of the alphabet size below 256: bytes at or above it are redrawn (no modulo bias). */
const UNBIASED_LIMIT = 256 - (256 % CODE_ALPHABET.length);

/**
 * A fresh code. `random` is injectable for tests; it must return cryptographically random
 * bytes in production (the default).
 */
export function generateTrackingCode(random: (n: number) => Uint8Array = randomBytes): string {
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of random(CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
      if (code.length === CODE_LENGTH) break;
    }
  }
  return code;
}

/**
 * The code as a person typed it, made canonical: capitals, without spaces or dashes.
 * @returns undefined when it cannot be a code (wrong length or foreign characters).
 */
export function normaliseTrackingCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** What is stored and looked up: the hex SHA-256 of the canonical code. */
export function hashTrackingCode(code: string): string {
  return sha256(`fengqiao-tracking:${code}`);
}
