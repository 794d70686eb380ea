/**
 * Chinese numerals as documents write them: ordinary numerals for counts and term numbers
 * (一、二、…、十一、…) and the capital numerals (大写) that banks and agreements require for
 * amounts of money, so a figure cannot be altered by adding a stroke.
 */

const LOWER_DIGITS = '零一二三四五六七八九';
const LOWER_UNITS = ['', '十', '百', '千'] as const;
const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const CAPITAL_UNITS = ['', '拾', '佰', '仟'] as const;

interface NumeralSet {
  digits: string;
  units: readonly string[];
}

const LOWER: NumeralSet = { digits: LOWER_DIGITS, units: LOWER_UNITS };
const CAPITAL: NumeralSet = { digits: CAPITAL_DIGITS, units: CAPITAL_UNITS };

/** 1–9999 in words; zeros between digits are read as one 零, trailing zeros not at all. */
function belowTenThousand(n: number, set: NumeralSet): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += set.digits[0];
    pendingZero = false;
    out += set.digits[digit]! + set.units[place]!;
  }
  return out;
}

/** A positive integer in words with 万 and 亿 sections (亿 recursing for 万亿 and beyond). */
function positiveInWords(n: number, set: NumeralSet): string {
  if (n >= 1e8) {
    const low = n % 1e8;
    const high = positiveInWords(Math.floor(n / 1e8), set) + '亿';
    return low === 0 ? high : high + (low < 1e7 ? set.digits[0] : '') + positiveInWords(low, set);
  }
  if (n >= 1e4) {
    const low = n % 1e4;
    const high = belowTenThousand(Math.floor(n / 1e4), set) + '万';
    return low === 0 ? high : high + (low < 1000 ? set.digits[0] : '') + belowTenThousand(low, set);
  }
  return belowTenThousand(n, set);
}

function assertCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what} must be a non-negative safe integer: ${n}`);
}

/**
 * A non-negative integer in ordinary Chinese numerals: 0 → 零, 10 → 十, 11 → 十一,
 * 110 → 一百一十, 1001 → 一千零一, 100000 → 十万. A leading 一十 is written 十, as people
 * say it. Throws a RangeError for negative or non-integer input.
 */
export function chineseNumeral(n: number): string {
  assertCount(n, 'a numeral');
  if (n === 0) return LOWER_DIGITS[0]!;
  const words = positiveInWords(n, LOWER);
  return words.startsWith('一十') ? words.slice(1) : words;
}

/** The marker of the n-th (1-based) numbered term or heading: 1 → "一、", 12 → "十二、". */
export function termMarker(n: number): string {
  if (n < 1) throw new RangeError(`terms are numbered from 1: ${n}`);
  return `${chineseNumeral(n)}、`;
}

/** The marker of the n-th (1-based) item under a numbered heading: 1 → "（一）". */
export function subItemMarker(n: number): string {
  if (n < 1) throw new RangeError(`items are numbered from 1: ${n}`);
  return `（${chineseNumeral(n)}）`;
}

/**
 * An amount of money in fen, spelled in capital numerals (大写) by the People's Bank of China
 * rules for filling in vouchers: 元 then 整 when there are no 角 or 分; 壹拾 keeps its 壹;
 * a run of zeros inside the figure is one 零; when 角 is zero and 分 is not, 零 follows 元
 * (100005 → 壹仟元零伍分). 整 is not written after 角 or 分 (the rules make it optional after
 * 角). Zero is 零元整. Throws a RangeError for negative or non-integer amounts.
 */
export function amountInCapitals(fen: number): string {
  assertCount(fen, 'an amount in fen');
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? positiveInWords(yuan, CAPITAL) + '元' : '';
  if (jiao === 0 && cents === 0) return out + '整';
  if (jiao > 0) out += CAPITAL_DIGITS[jiao]! + '角';
  else if (yuan > 0) out += CAPITAL_DIGITS[0];
  if (cents > 0) out += CAPITAL_DIGITS[cents]! + '分';
  return out;
}

/** An amount in fen as figures with thousands separators and two decimals: 400000 → "4,000.00". */
export function amountInFigures(fen: number): string {
  assertCount(fen, 'an amount in fen');
  const yuan = Math.floor(fen / 100).toString();
  const grouped = yuan.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${grouped}.${String(fen % 100).padStart(2, '0')}`;
}

/** An amount as agreements write it, in figures and capitals: "人民币4,000.00元（肆仟元整）". */
export function amountText(fen: number): string {
  return `人民币${amountInFigures(fen)}元（${amountInCapitals(fen)}）`;
}
