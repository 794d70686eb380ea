import { describe, expect, it } from 'vitest';
import {
  birthDateFromIdNumber,
  checkCreditCode,
  checkIdNumber,
  checkMobile,
  creditCodeCheckChar,
  genderFromIdNumber,
  idNumberCheckChar,
  normaliseCreditCode,
  normaliseIdNumber,
  normaliseMobile,
} from './identity.ts';

const TODAY = new Date('2026-01-05T02:00:00.000Z');

/** A valid ID number from a region, a birth date and a 3-digit sequence, check char computed by hand. */
function makeId(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Replaces the check character with a different one. */
function withWrongCheck(id: string): string {
  const wrong = id.endsWith('0') ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

describe('checkIdNumber', () => {
  it.each([
    '11010519491231002X',
    '11010519491231002x',
    '  11010519491231002X  ',
    '１１０１０５１９４９１２３１００２ｘ',
    makeId('110101', '19900307', '123'),
    makeId('440305', '20000229', '456'),
    makeId('320102', '19000101', '001'),
    makeId('650102', '20260105', '998'),
  ])('accepts %s', (id) => {
    expect(checkIdNumber(id, TODAY)).toBeNull();
  });

  it('computes the same check characters as the hand-written helper', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('11010119900307123')).toBe(makeId('110101', '19900307', '123')[17]);
  });

  it.each([
    ['11010519491231002', '17 characters'],
    ['11010519491231002X1', '19 characters'],
    ['', 'empty'],
    ['01010519491231002X', 'region code starting with 0'],
    ['1101051949123100AX', 'a letter among the digits'],
    ['11010519491231002Y', 'a check letter other than X'],
    ['110105194912310', 'a legacy 15-digit number'],
    ['110105 19491231 002X', 'inner spaces'],
  ])('rejects %j (%s) as format', (id) => {
    expect(checkIdNumber(id, TODAY)).toBe('format');
  });

  it.each([
    ['19990231', 'February 31st'],
    ['19990229', 'February 29th of a common year'],
    ['19001301', 'month 13'],
    ['19901200', 'day 0'],
    ['18991231', 'before 1900'],
    ['20260106', 'tomorrow in China'],
    ['20990101', 'the future'],
  ])('rejects a birth date of %s (%s)', (birth) => {
    expect(checkIdNumber(makeId('110101', birth, '123'), TODAY)).toBe('birth-date');
  });

  it('takes today in Asia/Shanghai, not UTC', () => {
    const id = makeId('110101', '20260105', '123');
    // 2026-01-04T17:00Z is already 01:00 on 5 January in Beijing.
    expect(checkIdNumber(id, new Date('2026-01-04T17:00:00Z'))).toBeNull();
    expect(checkIdNumber(id, new Date('2026-01-04T15:59:59Z'))).toBe('birth-date');
  });

  it.each([
    withWrongCheck('11010519491231002X'),
    withWrongCheck(makeId('110101', '19900307', '123')),
    '110105194912310021',
  ])('rejects %s with a wrong check character', (id) => {
    expect(checkIdNumber(id, TODAY)).toBe('checksum');
  });

  it('reports a single-digit typo as a checksum error', () => {
    const id = makeId('110101', '19900307', '123');
    const typo = `${id.slice(0, 15)}${(Number(id[15]) + 1) % 10}${id.slice(16)}`;
    expect(checkIdNumber(typo, TODAY)).toBe('checksum');
  });
});

describe('ID number details', () => {
  it.each([
    [' 11010519491231002x', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X'],
    ['110101199003071234', '110101199003071234'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normaliseIdNumber(raw)).toBe(expected);
  });

  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    [makeId('110101', '19900307', '123'), '1990-03-07', 'male'],
    [makeId('440305', '20000229', '451'), '2000-02-29', 'male'],
    [makeId('440305', '20000229', '468'), '2000-02-29', 'female'],
  ] as const)('reads %s as born %s, %s', (id, birth, gender) => {
    expect(birthDateFromIdNumber(id)).toBe(birth);
    expect(genderFromIdNumber(id)).toBe(gender);
  });

  it.each(['', '1101051949123100', 'abc'])('gives undefined details for %j', (id) => {
    expect(birthDateFromIdNumber(id)).toBeUndefined();
    expect(genderFromIdNumber(id)).toBeUndefined();
  });

  it('rejects a short prefix when computing a check character', () => {
    expect(() => idNumberCheckChar('1101')).toThrow(RangeError);
  });
});

describe('mobile numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['86-138-1234-5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['  19912345678 ', '19912345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['010-12345678', '01012345678'],
  ])('normalises %j to %s', (raw, expected) => {
    expect(normaliseMobile(raw)).toBe(expected);
  });

  it.each(['13812345678', '+86 138 1234 5678', '8613812345678', '15000000000', '19912345678', '16612345678'])(
    'accepts %j',
    (phone) => {
      expect(checkMobile(phone)).toBeNull();
    },
  );

  it.each([
    '',
    '1381234567',
    '138123456789',
    '12812345678',
    '10012345678',
    '23812345678',
    '010-12345678',
    '1381234567a',
    '+1 138 1234 5678',
    '+8612812345678',
    '(+86)13812345678',
  ])('rejects %j', (phone) => {
    expect(checkMobile(phone)).toBe('format');
  });
});

describe('unified social credit codes', () => {
  it.each([
    '91350100M000100Y43',
    '914403001922038216',
    ' 91350100m000100y43 ',
    `91110108MA01ABCD0${creditCodeCheckChar('91110108MA01ABCD0')}`,
  ])('accepts %j', (code) => {
    expect(checkCreditCode(code)).toBeNull();
  });

  it.each([
    ['91350100M000100Y4', '17 characters'],
    ['91350100M000100Y430', '19 characters'],
    ['91350100M000100I43', 'the letter I'],
    ['91350100M000100O43', 'the letter O'],
    ['91350100M000100S43', 'the letter S'],
    ['91350100M000100Z43', 'the letter Z'],
    ['913501A0M000100Y43', 'a letter in the region code'],
    ['91350100M000100Y4-', 'punctuation'],
    ['', 'empty'],
  ])('rejects %j (%s) as format', (code) => {
    expect(checkCreditCode(code)).toBe('format');
  });

  it.each(['91350100M000100Y44', '91350100M000100Y4Y', '914403001922038217', '91350100M000101Y43'])(
    'rejects %s with a wrong check character',
    (code) => {
      expect(checkCreditCode(code)).toBe('checksum');
    },
  );

  it('writes a check value of 31 as 0 and 30 as Y', () => {
    // Search a base whose weighted sum is ≡ 0 (check 31 → '0') and one ≡ 1 (check 30 → 'Y').
    const found = new Map<string, string>();
    for (let n = 0; n < 2000 && found.size < 2; n++) {
      const base = `9135010000000${String(n).padStart(4, '0')}`;
      const check = creditCodeCheckChar(base);
      if (check === '0' || check === 'Y') found.set(check, base);
    }
    expect([...found.keys()].sort()).toEqual(['0', 'Y']);
    for (const [check, base] of found) expect(checkCreditCode(base + check)).toBeNull();
  });

  it('normalises to trimmed upper case', () => {
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normaliseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('rejects characters outside the alphabet when computing a check character', () => {
    expect(() => creditCodeCheckChar('91350100M000100I4')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('9135')).toThrow(RangeError);
  });
});
