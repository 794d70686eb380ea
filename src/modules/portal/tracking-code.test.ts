import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  generateTrackingCode,
  hashTrackingCode,
  normaliseTrackingCode,
} from './tracking-code.ts';

describe('tracking codes', () => {
  it('are 10 characters of an alphabet without look-alikes', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01ILOU]/);
    for (let i = 0; i < 200; i++) expect(generateTrackingCode()).toMatch(/^[2-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('are not sequential: a thousand draws are all different', () => {
    expect(new Set(Array.from({ length: 1000 }, () => generateTrackingCode())).size).toBe(1000);
  });

  it('redraw bytes that would bias the alphabet (≥ 240)', () => {
    const bytes = [255, 240, 0, 1, 29, 30, 239, 59, 100, 200, 31, 2];
    const code = generateTrackingCode(() => Uint8Array.from(bytes));
    // 255 and 240 are skipped; the rest map modulo 30.
    expect(code).toBe([0, 1, 29, 0, 29, 29, 10, 20, 1, 2].map((i) => CODE_ALPHABET[i]).join(''));
    expect(code).toHaveLength(CODE_LENGTH);
  });

  it.each([
    ['ab2cd-3ef4g', 'AB2CD3EF4G'],
    [' AB2C D3EF 4G ', 'AB2CD3EF4G'],
    ['AB2CD3EF4', undefined],
    ['AB2CD3EF4GH', undefined],
    ['AB2CD3EF4O', undefined],
    ['AB2CD3EF41', undefined],
    ['不是查询码不是查询码不是', undefined],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseTrackingCode(input)).toBe(expected);
  });

  it('hash as 64 hex characters, one per code', () => {
    expect(hashTrackingCode('AB2CD3EF4G')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTrackingCode('AB2CD3EF4G')).not.toBe(hashTrackingCode('AB2CD3EF4H'));
  });
});
