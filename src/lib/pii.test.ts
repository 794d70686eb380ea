import { describe, expect, it } from 'vitest';
import { deriveKey, keyedHash } from './crypto.ts';
import { createPiiCipher, maskIdNumber, maskPhone } from './pii.ts';

const SECRET = 'test-secret-with-enough-entropy-0123456789';
const cipher = createPiiCipher(SECRET);

/** Flips one bit of one base64url part of a token (1 = IV, 2 = tag, 3 = ciphertext). */
function tamper(token: string, part: 1 | 2 | 3): string {
  const parts = token.split(':');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0]! ^= 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join(':');
}

describe('createPiiCipher: encryption', () => {
  it.each([
    '110101199003071234',
    '13812345678',
    '张三丰',
    '北京市东城区某某街道12号院3单元 🏠',
    '',
    'x'.repeat(10_000),
  ])('round-trips %j', (plain) => {
    expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
  });

  it('writes v1:<iv>:<tag>:<ciphertext> with a 12-byte IV and a 16-byte tag', () => {
    const token = cipher.encrypt('13812345678');
    const [version, iv, tag, ciphertext] = token.split(':');
    expect(version).toBe('v1');
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(ciphertext!, 'base64url')).toHaveLength(11);
    expect(token).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]*$/);
  });

  it('never contains the plain text', () => {
    expect(cipher.encrypt('110101199003071234')).not.toContain('110101');
  });

  it('gives a different token each time for the same value', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => cipher.encrypt('13812345678')));
    expect(tokens.size).toBe(20);
  });

  it('reads tokens written by another cipher built from the same secret', () => {
    expect(createPiiCipher(SECRET).decrypt(cipher.encrypt('张三'))).toBe('张三');
  });

  it.each([1, 2, 3] as const)('throws when part %i of the token was altered', (part) => {
    const token = cipher.encrypt('110101199003071234');
    expect(() => cipher.decrypt(tamper(token, part))).toThrow(/authentication/);
  });

  it('throws on a token made with another secret', () => {
    const token = createPiiCipher('another-secret').encrypt('13812345678');
    expect(() => cipher.decrypt(token)).toThrow(/authentication/);
  });

  it.each([
    '',
    '13812345678',
    'v2:a:b:c',
    'v1:a:b',
    'v1:a:b:c:d',
    'v1:!!:??:..',
    'v1:AAAA:AAAAAAAAAAAAAAAAAAAAAA:AAAA',
  ])('throws on the malformed token %j', (token) => {
    expect(() => cipher.decrypt(token)).toThrow(/Malformed/);
  });

  it('throws when the tag is truncated', () => {
    const [version, iv, tag, ciphertext] = cipher.encrypt('13812345678').split(':');
    const shortTag = Buffer.from(tag!, 'base64url').subarray(0, 12).toString('base64url');
    expect(() => cipher.decrypt([version, iv, shortTag, ciphertext].join(':'))).toThrow(/Malformed/);
  });
});

describe('createPiiCipher: lookupHash', () => {
  it('is stable for a value and across cipher instances', () => {
    const hash = cipher.lookupHash('110101199003071234');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.lookupHash('110101199003071234')).toBe(hash);
    expect(createPiiCipher(SECRET).lookupHash('110101199003071234')).toBe(hash);
  });

  it('is the keyed hash under the pii-lookup-v1 key', () => {
    expect(cipher.lookupHash('13812345678')).toBe(
      keyedHash(deriveKey(SECRET, 'pii-lookup-v1'), '13812345678'),
    );
  });

  it('differs under another secret', () => {
    expect(createPiiCipher('another-secret').lookupHash('13812345678')).not.toBe(
      cipher.lookupHash('13812345678'),
    );
  });

  it('differs between values', () => {
    expect(cipher.lookupHash('13812345678')).not.toBe(cipher.lookupHash('13812345679'));
  });

  it.each([' 11010519491231002x ', '11010519491231002X', '１１０１０５１９４９１２３１００２ｘ'])(
    'normalises %j before hashing',
    (value) => {
      expect(cipher.lookupHash(value)).toBe(cipher.lookupHash('11010519491231002X'));
    },
  );

  it('uses a key independent of the encryption key', () => {
    expect(cipher.lookupHash('13812345678')).not.toBe(
      keyedHash(deriveKey(SECRET, 'pii-encryption-v1'), '13812345678'),
    );
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '110101********1234'],
    ['11010519491231002X', '110105********002X'],
    ['11010519491231002x', '110105********002X'],
    [' 110101199003071234 ', '110101********1234'],
    ['11010119900307123', '110101********123'],
    ['110101900307123', '11010********23'],
    ['123456789012', '123********2'],
    ['123456789', '1********'],
    ['12345678', '********'],
    ['1234', '****'],
    ['', ''],
    ['1101011990030712345678', '110101************5678'],
  ])('masks %j as %j', (id, expected) => {
    expect(maskIdNumber(id)).toBe(expected);
  });

  it.each(['110101199003071234', '11010119900307123', '110101900307123', '1234567890', '12'])(
    'never shows more than 6 + 4 characters nor fewer than 8 stars for %j',
    (id) => {
      const masked = maskIdNumber(id);
      const stars = masked.split('').filter((ch) => ch === '*').length;
      expect(masked).toHaveLength(id.length);
      expect(id.length - stars).toBeLessThanOrEqual(10);
      expect(stars).toBeGreaterThanOrEqual(Math.min(8, id.length));
    },
  );
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['8613812345678', '138****5678'],
    ['010-12345678', '010****5678'],
    ['12345678', '12****78'],
    ['12345', '1****'],
    ['1234', '****'],
    ['', ''],
  ])('masks %j as %j', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected);
  });

  it('never shows more than 3 + 4 characters', () => {
    const masked = maskPhone('0086138123456789');
    expect(masked.replaceAll('*', '').length).toBeLessThanOrEqual(7);
  });
});
