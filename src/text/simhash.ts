/**
 * 64-bit SimHash (Charikar 2002) for finding near-duplicate case descriptions at registration
 * (repeat petitions, the same dispute filed twice). Texts whose term sets overlap heavily get
 * hashes a small Hamming distance apart; unrelated texts land near 32 bits apart.
 *
 * Hashes are stored (`cases.simhash`, `case_simhash_bands`), so `termHash64` and the bit order
 * are part of the storage format: changing either means recomputing every stored hash.
 */

/** Bits in a hash. */
export const SIMHASH_BITS = 64;

const MASK_64 = (1n << 64n) - 1n;
const TWO_32 = 0x1_0000_0000;

/** Low 64 bits of (ah·2³²+al)·(bh·2³²+bl), in unsigned 32-bit halves, without BigInt. */
function mul64(ah: number, al: number, bh: number, bl: number): [number, number] {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = Math.floor(mid / 0x10000) + Math.floor(p01 / 0x10000) + Math.floor(p10 / 0x10000) + a1 * b1;
  return [(carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0, lo];
}

/**
 * FNV-1a 64 over the UTF-8 bytes of `term`, then MurmurHash3's fmix64 finalizer, as
 * `[high 32 bits, low 32 bits]`. The finalizer matters: raw FNV-1a leaves the bits of short
 * terms sharing characters correlated, which pulled unrelated texts to ~15 bits apart.
 */
export function termHash64(term: string): [number, number] {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const addByte = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    // × 0x100000001b3 = × 2⁴⁰ + × 0x1b3
    const low = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / TWO_32) + (lo << 8)) >>> 0;
    lo = low >>> 0;
  };
  for (const ch of term) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) addByte(cp);
    else if (cp < 0x800) {
      addByte(0xc0 | (cp >> 6));
      addByte(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      addByte(0xe0 | (cp >> 12));
      addByte(0x80 | ((cp >> 6) & 0x3f));
      addByte(0x80 | (cp & 0x3f));
    } else {
      addByte(0xf0 | (cp >> 18));
      addByte(0x80 | ((cp >> 12) & 0x3f));
      addByte(0x80 | ((cp >> 6) & 0x3f));
      addByte(0x80 | (cp & 0x3f));
    }
  }
  // fmix64: k ^= k >>> 33 (which is lo ^= hi >>> 1); k *= C1; k ^= k >>> 33; k *= C2; k ^= k >>> 33
  lo = (lo ^ (hi >>> 1)) >>> 0;
  [hi, lo] = mul64(hi, lo, 0xff51afd7, 0xed558ccd);
  lo = (lo ^ (hi >>> 1)) >>> 0;
  [hi, lo] = mul64(hi, lo, 0xc4ceb9fe, 0x1a85ec53);
  lo = (lo ^ (hi >>> 1)) >>> 0;
  return [hi, lo];
}

/**
 * The SimHash of a list of terms (normally `indexTerms(description)`): bit i is set when more
 * terms have bit i set in their `termHash64` than not (ties → 0). A term listed twice counts
 * twice. No terms → 0n. Runs in O(terms).
 */
export function simhash(terms: string[]): bigint {
  const votes = new Int32Array(SIMHASH_BITS);
  for (const term of terms) {
    const [hi, lo] = termHash64(term);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += ((lo >>> bit) & 1) * 2 - 1;
      votes[bit + 32]! += ((hi >>> bit) & 1) * 2 - 1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit]! > 0) lo |= 1 << bit;
    if (votes[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

function popCount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two 64-bit hashes (bits above 64 are ignored). */
export function hammingDistance(a: bigint, b: bigint): number {
  const x = (a ^ b) & MASK_64;
  return popCount32(Number(x >> 32n)) + popCount32(Number(x & 0xffffffffn));
}

/**
 * Splits a hash into `bands` equal bit ranges, most significant first, as `'<band>:<hex>'`
 * (4 bands → `'0:ab12'` … `'3:…'`). By pigeonhole, two hashes at Hamming distance below
 * `bands` agree exactly on at least one band, so looking up a new case's bands finds every
 * stored case within distance `bands - 1` (3 for the default); candidates are then filtered
 * by `hammingDistance`. Throws a RangeError when `bands` does not divide 64.
 */
export function simhashToBands(hash: bigint, bands = 4): string[] {
  if (!Number.isInteger(bands) || bands < 1 || SIMHASH_BITS % bands !== 0) {
    throw new RangeError(`bands must divide ${SIMHASH_BITS}, got ${bands}`);
  }
  const width = SIMHASH_BITS / bands;
  const digits = Math.ceil(width / 4);
  const mask = (1n << BigInt(width)) - 1n;
  const value = hash & MASK_64;
  return Array.from({ length: bands }, (_, band) => {
    const shift = BigInt(SIMHASH_BITS - width * (band + 1));
    return `${band}:${((value >> shift) & mask).toString(16).padStart(digits, '0')}`;
  });
}

/** A hash as 16 lowercase hex characters, the form stored in `cases.simhash`. */
export function simhashHex(hash: bigint): string {
  return (hash & MASK_64).toString(16).padStart(16, '0');
}

/** Reads a hash written by `simhashHex`; throws a RangeError unless given exactly 16 hex characters. */
export function parseSimhashHex(hex: string): bigint {
  if (!/^[0-9a-f]{16}$/i.test(hex))
    throw new RangeError(`not a 16-hex-digit simhash: ${JSON.stringify(hex)}`);
  return BigInt(`0x${hex}`);
}
