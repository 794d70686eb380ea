/** Valid-looking identifiers for tests (computed, never real people). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** An 18-character ID number with a correct GB 11643 check digit. */
export function idNumber(region = '330106', birth = '19850312', seq = 123): string {
  const base = `${region}${birth}${String(seq).padStart(3, '0')}`;
  const sum = [...base].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, 0);
  return base + CHECK[sum % 11];
}

/** A random mainland mobile number (distinct across calls with overwhelming likelihood). */
export function mobile(): string {
  return `139${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
}
