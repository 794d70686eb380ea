/**
 * Checks of Chinese identifiers recorded for parties (DESIGN.md §4): resident ID numbers
 * (GB 11643-1999), mainland mobile numbers and unified social credit codes (GB 32100-2015).
 * Each `check…` returns null when valid, or a short code for `FieldError.code`; it normalises
 * its input first, so callers store the matching `normalise…` result.
 */

/** Why a resident ID number was rejected. */
export type IdNumberProblem = 'format' | 'checksum' | 'birth-date';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';
const ID_FORMAT = /^[1-9]\d{16}[\dX]$/;
/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** NFKC (full-width → ASCII), trim and upper-case (x → X): the stored form of an ID number. */
export function normaliseIdNumber(id: string): string {
  return id.normalize('NFKC').trim().toUpperCase();
}

/**
 * The GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits of an ID
 * number. Throws a RangeError unless given at least 17 leading digits.
 */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}/.test(first17)) throw new RangeError('an ID number check needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `today` as YYYYMMDD in Asia/Shanghai, whatever the server's time zone. */
function chinaDateKey(today: Date): string {
  return new Date(today.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Validates an 18-character mainland resident ID number: 17 digits then a digit or X (x is
 * accepted), a region code not starting with 0, a real birth date from 1900-01-01 to `today`
 * (taken in Asia/Shanghai), and the MOD 11-2 check character. The birth date is checked
 * before the check character, so an impossible date is reported as such. Legacy 15-digit
 * numbers are rejected as 'format'.
 */
export function checkIdNumber(id: string, today: Date = new Date()): IdNumberProblem | null {
  const value = normaliseIdNumber(id);
  if (!ID_FORMAT.test(value)) return 'format';
  const birth = value.slice(6, 14);
  const [year, month, day] = [birth.slice(0, 4), birth.slice(4, 6), birth.slice(6, 8)].map(Number) as [
    number,
    number,
    number,
  ];
  if (!isRealDate(year, month, day) || birth < '19000101' || birth > chinaDateKey(today)) return 'birth-date';
  if (idNumberCheckChar(value) !== value[17]) return 'checksum';
  return null;
}

/** The birth date (`YYYY-MM-DD`) written in an ID number, or undefined if it has the wrong shape. */
export function birthDateFromIdNumber(id: string): string | undefined {
  const value = normaliseIdNumber(id);
  if (!ID_FORMAT.test(value)) return undefined;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** Gender from the 17th digit (odd → male, even → female), or undefined if the shape is wrong. */
export function genderFromIdNumber(id: string): 'male' | 'female' | undefined {
  const value = normaliseIdNumber(id);
  if (!ID_FORMAT.test(value)) return undefined;
  return Number(value[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * The stored form of a mobile number: NFKC (full-width digits → ASCII), spaces and dashes
 * removed, and a leading +86 (or 86, when 13 digits remain) dropped. Does not validate.
 */
export function normaliseMobile(phone: string): string {
  const compact = phone.normalize('NFKC').replace(/[\s\-–—]/g, '');
  if (compact.startsWith('+86')) return compact.slice(3);
  if (/^86\d{11}$/.test(compact)) return compact.slice(2);
  return compact;
}

/** Validates a mainland mobile number: after `normaliseMobile`, 11 digits starting 13–19. */
export function checkMobile(phone: string): 'format' | null {
  return /^1[3-9]\d{9}$/.test(normaliseMobile(phone)) ? null : 'format';
}

/** The 31 characters of GB 32100-2015 (no I, O, S, V, Z), each worth its index. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CREDIT_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** NFKC (full-width → ASCII), trim and upper-case: the stored form of a credit code. */
export function normaliseCreditCode(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

/**
 * The GB 32100-2015 check character for the first 17 characters of a credit code:
 * 31 − (Σ value × weight mod 31), with 31 written as 0. Throws a RangeError on a character
 * outside the code's alphabet or fewer than 17 characters.
 */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length < 17) throw new RangeError('a credit code check needs 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CHARS.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`not a credit code character: ${first17[i]}`);
    sum += value * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * Validates an 18-character unified social credit code (GB 32100-2015): the code's
 * alphabet, a 6-digit region code in positions 3–8, and the MOD 31 check character.
 */
export function checkCreditCode(code: string): 'format' | 'checksum' | null {
  const value = normaliseCreditCode(code);
  if (!CREDIT_FORMAT.test(value)) return 'format';
  return creditCodeCheckChar(value) === value[17] ? null : 'checksum';
}
