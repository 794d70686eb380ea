import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkIdNumber,
  checkPhone,
  idNumberCheckChar,
  normaliseIdNumber,
  normaliseMobile,
} from './identity-check.ts';

const TODAY = new Date('2026-01-05T02:00:00.000Z');

/** A valid ID number, its check character computed here independently of the module under test. */
function makeId(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
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

  it('computes the GB 11643 check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(() => idNumberCheckChar('1101')).toThrow(RangeError);
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
    expect(checkIdNumber(id, TODAY)).toBe('invalid-format');
  });

  it.each([
    ['19990231', 'February 31st'],
    ['19990229', 'February 29th of a common year'],
    ['19001301', 'month 13'],
    ['19901200', 'day 0'],
    ['18991231', 'before 1900'],
    ['20260106', 'tomorrow in China'],
  ])('rejects a birth date of %s (%s) before looking at the check character', (birth) => {
    expect(checkIdNumber(makeId('110101', birth, '123'), TODAY)).toBe('invalid-birth-date');
  });

  it('takes today in Asia/Shanghai, not in the browser’s zone', () => {
    const id = makeId('110101', '20260105', '123');
    expect(checkIdNumber(id, new Date('2026-01-04T17:00:00Z'))).toBeNull();
    expect(checkIdNumber(id, new Date('2026-01-04T15:59:59Z'))).toBe('invalid-birth-date');
  });

  it('rejects a wrong check character', () => {
    const id = makeId('110101', '19900307', '123');
    const wrong = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
    expect(checkIdNumber(wrong, TODAY)).toBe('invalid-checksum');
    expect(checkIdNumber('110105194912310021', TODAY)).toBe('invalid-checksum');
  });

  it('normalises as the server stores', () => {
    expect(normaliseIdNumber(' １１０１０５１９４９１２３１００２ｘ ')).toBe('11010519491231002X');
  });
});

describe('checkPhone', () => {
  it.each(['13812345678', '+86 138 1234 5678', '8613812345678', '１９９１２３４５６７８', '166-1234-5678'])(
    'accepts the mobile %s',
    (phone) => {
      expect(checkPhone(phone)).toBeNull();
    },
  );

  it.each(['12812345678', '1381234567', '138123456789', '0571-87654321', 'abc', '+1 138 1234 5678'])(
    'rejects %s for a person',
    (phone) => {
      expect(checkPhone(phone, 'person')).toBe('invalid');
    },
  );

  it('accepts a landline for an organisation only', () => {
    expect(checkPhone('0571-87654321', 'organisation')).toBeNull();
    expect(checkPhone('010 12345678-123', 'organisation')).toBeNull();
    expect(checkPhone('0571-87654321', 'person')).toBe('invalid');
    expect(checkPhone('571-87654321', 'organisation')).toBe('invalid');
  });

  it('normalises mobiles', () => {
    expect(normaliseMobile('+86 138-1234-5678')).toBe('13812345678');
  });
});

describe('checkCreditCode', () => {
  it.each(['91350100M000100Y43', '914403001922038216', ' 91350100m000100y43 '])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toBeNull();
  });

  it.each(['91350100M000100Y4', '91350100M000100I43', '913501A0M000100Y43', ''])(
    'rejects %j as format',
    (code) => {
      expect(checkCreditCode(code)).toBe('invalid-format');
    },
  );

  it.each(['91350100M000100Y44', '914403001922038217'])('rejects %s as checksum', (code) => {
    expect(checkCreditCode(code)).toBe('invalid-checksum');
  });
});
