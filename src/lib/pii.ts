/**
 * Protection of parties' sensitive personal information (DESIGN.md §4: ID numbers and phones
 * are stored encrypted and shown masked; PIPL Art. 28 and 51). Each value is stored three
 * ways: an AES-256-GCM token (`…_enc`) readable only with FENGQIAO_SECRET, a keyed hash
 * (`…_hash`) for exact lookup without decrypting, and a masked form (`…_masked`) for display.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deriveKey, keyedHash } from './crypto.ts';
import { normaliseMobile } from './identity.ts';

/** Encrypts, decrypts and hashes personal data under keys derived from one secret. */
export interface PiiCipher {
  /** A fresh `v1:<iv>:<tag>:<ciphertext>` token (base64url parts); never the same twice. */
  encrypt(plain: string): string;
  /** The plain text of a token; throws if it is malformed or was altered or made with another key. */
  decrypt(token: string): string;
  /** Hex HMAC-SHA-256 of the normalised value (NFKC, trimmed, upper-case) for exact lookup. */
  lookupHash(plain: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Generic lookup normalisation, so `11010519491231002x` and its full-width or padded forms
 * hash alike. Kind-specific forms (`normaliseMobile` strips +86) are the caller's job.
 */
function normaliseForLookup(plain: string): string {
  return plain.normalize('NFKC').trim().toUpperCase();
}

/**
 * Builds the cipher for `secret` (FENGQIAO_SECRET). Encryption uses AES-256-GCM with the key
 * `deriveKey(secret, 'pii-encryption-v1')` and a random 12-byte IV per value; lookup hashes
 * use the independent key `deriveKey(secret, 'pii-lookup-v1')`, so they reveal nothing
 * without the secret and cannot be used to decrypt. Changing the secret makes every stored
 * token unreadable and every stored hash unmatched.
 */
export function createPiiCipher(secret: string): PiiCipher {
  const encryptionKey = deriveKey(secret, 'pii-encryption-v1');
  const lookupKey = deriveKey(secret, 'pii-lookup-v1');
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
      return [VERSION, ...parts].join(':');
    },
    decrypt(token) {
      const parts = token.split(':');
      if (parts.length !== 4 || parts[0] !== VERSION || !parts.every((part) => BASE64URL.test(part))) {
        throw new Error('Malformed personal-data token');
      }
      const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64url')) as [
        Buffer,
        Buffer,
        Buffer,
      ];
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES)
        throw new Error('Malformed personal-data token');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new Error('Personal-data token failed authentication', { cause });
      }
    },
    lookupHash(plain) {
      return keyedHash(lookupKey, normaliseForLookup(plain));
    },
  };
}

/**
 * Shows at most `head` leading and `tail` trailing characters and stars the rest, always
 * hiding at least `minHidden`. Shorter values show proportionally less; the length is kept.
 */
function maskMiddle(value: string, head: number, tail: number, minHidden: number): string {
  const chars = Array.from(value);
  const visible = Math.min(head + tail, Math.max(0, chars.length - minHidden));
  const shownTail = Math.floor((visible * tail) / (head + tail));
  const shownHead = visible - shownTail;
  return [
    chars.slice(0, shownHead).join(''),
    '*'.repeat(chars.length - visible),
    chars.slice(chars.length - shownTail).join(''),
  ].join('');
}

/**
 * Masks an ID number for display: the first 6 (region) and last 4 characters stay, the
 * 8 between (the birth date in an 18-character number) become stars: `110101********1234`.
 * At least 8 characters are always starred, so short or malformed input reveals less.
 */
export function maskIdNumber(id: string): string {
  return maskMiddle(id.normalize('NFKC').trim().toUpperCase(), 6, 4, 8);
}

/**
 * Masks a phone number for display after `normaliseMobile`: the first 3 and last 4 digits
 * stay, the 4 between become stars: `138****5678`. At least 4 characters are always starred.
 */
export function maskPhone(phone: string): string {
  return maskMiddle(normaliseMobile(phone), 3, 4, 4);
}
