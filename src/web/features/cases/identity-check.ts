/**
 * Live checks of parties' identifiers in the browser, mirroring the server's rules (src/lib/identity.ts,
 * src/modules/cases/parties.ts) so a typing mistake shows at once. The server stays the authority: it
 * checks again and its answer is shown against the same fields. Each `check…` returns null when valid, or
 * the server's `errors[].code` for the problem, so both paths find the same catalogue text.
 */

/** Why an ID number was rejected, as the server's `errors[].code`. */
export type IdNumberCode = 'invalid-format' | 'invalid-birth-date' | 'invalid-checksum';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';
const ID_FORMAT = /^[1-9]\d{16}[\dX]$/;
/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** NFKC (full-width → ASCII), trimmed and upper-cased (x → X), as the server stores it. */
export function normaliseIdNumber(id: string): string {
  return id.normalize('NFKC').trim().toUpperCase();
}

/** The GB 11643-1999 check character (ISO 7064 MOD 11-2) of the first 17 digits; throws without them. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}/.test(first17)) throw new RangeError('an ID number check needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `today` as YYYYMMDD in Asia/Shanghai, whatever the browser's time zone. */
function chinaDateKey(today: Date): string {
  return new Date(today.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Checks an 18-character resident ID number (GB 11643-1999): 17 digits and a digit or X, a region code
 * not starting with 0, a real birth date from 1900-01-01 to today (Shanghai), then the check character.
 * An impossible date is reported before a wrong check character, as the server does.
 */
export function checkIdNumber(id: string, today: Date = new Date()): IdNumberCode | null {
  const value = normaliseIdNumber(id);
  if (!ID_FORMAT.test(value)) return 'invalid-format';
  const birth = value.slice(6, 14);
  const [year, month, day] = [birth.slice(0, 4), birth.slice(4, 6), birth.slice(6, 8)].map(Number);
  if (!isRealDate(year ?? 0, month ?? 0, day ?? 0) || birth < '19000101' || birth > chinaDateKey(today)) {
    return 'invalid-birth-date';
  }
  return idNumberCheckChar(value) === value[17] ? null : 'invalid-checksum';
}

/** Full-width digits to ASCII, spaces and dashes dropped, a leading +86 (or 86 before 11 digits) dropped. */
export function normaliseMobile(phone: string): string {
  const compact = phone.normalize('NFKC').replace(/[\s\-–—]/g, '');
  if (compact.startsWith('+86')) return compact.slice(3);
  if (/^86\d{11}$/.test(compact)) return compact.slice(2);
  return compact;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/**
 * Checks a phone number: a person (and an agent) must give a mainland mobile number (11 digits starting
 * 13–19); an organisation may give a landline (区号-号码[-分机]) instead.
 */
export function checkPhone(phone: string, kind: 'person' | 'organisation' = 'person'): 'invalid' | null {
  if (MOBILE.test(normaliseMobile(phone))) return null;
  if (kind === 'organisation' && LANDLINE.test(phone.replace(/\s+/g, ''))) return null;
  return 'invalid';
}

/** The 31 characters of GB 32100-2015 (no I, O, S, V, Z), each worth its index. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CREDIT_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Checks a unified social credit code (GB 32100-2015): its alphabet, shape and MOD 31 check character. */
export function checkCreditCode(code: string): 'invalid-format' | 'invalid-checksum' | null {
  const value = code.normalize('NFKC').trim().toUpperCase();
  if (!CREDIT_FORMAT.test(value)) return 'invalid-format';
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CHARS.indexOf(value[i] ?? '') * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === value[17] ? null : 'invalid-checksum';
}
