import { describe, expect, it } from 'vitest';
import { indexTerms } from './search-terms.ts';
import {
  hammingDistance,
  parseSimhashHex,
  simhash,
  simhashHex,
  simhashToBands,
  termHash64,
} from './simhash.ts';

const MASK = (1n << 64n) - 1n;

/** FNV-1a 64 in BigInt, straight from the specification. */
function fnv1a64Reference(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & MASK;
  return hash;
}

/** MurmurHash3 fmix64 in BigInt. */
function fmix64Reference(k: bigint): bigint {
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & MASK;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & MASK;
  return k ^ (k >> 33n);
}

function termHashBig(term: string): bigint {
  const [hi, lo] = termHash64(term);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

const WAGES =
  '申请人张某某反映：其于2023年3月受雇于某建筑劳务公司，在城东新区安置房项目从事钢筋工作，双方口头约定日工资350元。' +
  '工程完工后，公司以项目方未结算工程款为由，至今拖欠其及同班组工友共计11人工资合计86400元，多次讨要未果，' +
  '请求街道人民调解委员会协调督促公司尽快支付。';

const UNRELATED = [
  '某小区居民李某反映，楼上住户王某家中卫生间长期渗水，导致其家中天花板发霉、墙皮脱落，多次上门沟通未果，王某拒绝维修和赔偿，双方矛盾逐渐激化，申请社区调解委员会组织调解，要求对方修复防水层并赔偿损失约五千元。',
  '刘某与陈某系夫妻关系，婚后因家庭琐事及子女抚养问题经常发生争吵，近期陈某提出离婚，双方对房产分割和孩子抚养权存在较大分歧，刘某情绪激动，村委会担心矛盾升级，请求镇人民调解委员会介入调解，稳定双方情绪。',
  '某村村民赵某与邻居孙某因宅基地界址发生纠纷，赵某翻建房屋时院墙向孙某一侧延伸约半米，孙某认为侵占其宅基地，双方多次争执并发生推搡，村干部调解未果，申请镇司法所组织测量并依据土地使用证明确界址，化解双方矛盾。',
  '业主周某反映，某物业服务公司近两年来电梯经常故障、小区绿化无人养护、公共区域卫生较差，但物业费却上涨了百分之二十，部分业主以拒交物业费方式抗议，物业公司则采取停水停电等手段催缴，双方矛盾突出，请求街道协调处理。',
  '申请人吴某驾驶电动自行车在人民路与建设路交叉口与钱某驾驶的小型轿车发生碰撞，吴某右腿骨折住院治疗二十余天，交警认定钱某负主要责任，双方就医疗费、误工费及护理费等赔偿数额协商不成，申请交通事故人民调解委员会调解。',
  '某村二十余户村民反映，村委会将集体所有的一百二十亩耕地流转给某农业公司种植苗木，但流转费用至今未按合同约定发放到户，部分村民怀疑村干部截留挪用，多次到镇政府反映问题，要求公开账目并足额发放土地流转费。',
];

const textHash = (text: string): bigint => simhash(indexTerms(text));

describe('termHash64', () => {
  it.each([
    ['', 0xcbf29ce484222325n],
    ['a', 0xaf63dc4c8601ec8cn],
    ['foobar', 0x85944171f73967e8n],
  ])('reference FNV-1a 64 of %j is the published value', (text, expected) => {
    expect(fnv1a64Reference(text)).toBe(expected);
  });

  it.each(['', 'a', 'foobar', '工资', '拖欠', '𠮷', 'abc12', 'ǅé', '农民工工资'.repeat(20)])(
    'equals fmix64(FNV-1a 64) computed with BigInt for %j',
    (term) => {
      expect(termHashBig(term)).toBe(fmix64Reference(fnv1a64Reference(term)));
    },
  );

  it('returns unsigned 32-bit halves', () => {
    for (const term of indexTerms(WAGES)) {
      for (const half of termHash64(term)) {
        expect(Number.isInteger(half) && half >= 0 && half < 2 ** 32).toBe(true);
      }
    }
  });
});

describe('simhash', () => {
  it('gives 0 for no terms', () => {
    expect(simhash([])).toBe(0n);
  });

  it('is the term hash itself for a single term', () => {
    expect(simhash(['工资'])).toBe(termHashBig('工资'));
  });

  it('fits in 64 bits', () => {
    const hash = textHash(WAGES);
    expect(hash >= 0n && hash <= MASK).toBe(true);
  });

  it('does not depend on term order', () => {
    const terms = indexTerms(WAGES);
    expect(simhash([...terms].reverse())).toBe(simhash(terms));
  });

  it('puts identical texts at distance 0', () => {
    expect(hammingDistance(textHash(WAGES), textHash(`${WAGES}`))).toBe(0);
  });

  // Observed with this implementation: 7, 4, 4, 7, 6, 6 bits (a 137-character description).
  it.each([
    ['多次讨要未果', '经多次催要仍未支付'],
    ['钢筋工作', '木工工作'],
    ['张某某', '王某某'],
    ['城东新区安置房项目', '城西工业园厂房项目'],
    ['请求街道人民调解委员会协调督促公司尽快支付', '请求街道调解'],
    ['双方口头约定日工资350元。', ''],
  ])('keeps a near-duplicate (%s → %s) within 8 bits', (from, to) => {
    const edited = WAGES.replace(from, to);
    expect(edited).not.toBe(WAGES);
    expect(hammingDistance(textHash(WAGES), textHash(edited))).toBeLessThanOrEqual(8);
  });

  // Observed: 21–36 bits, mean 28, between these unrelated disputes of the same register.
  it('puts unrelated dispute descriptions at least 20 bits apart', () => {
    const texts = [WAGES, ...UNRELATED];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        expect(hammingDistance(textHash(texts[i]!), textHash(texts[j]!))).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe('hammingDistance', () => {
  it.each([
    [0n, 0n, 0],
    [0n, 1n, 1],
    [0n, MASK, 64],
    [0xf0f0n, 0x0ff0n, 8],
    [1n << 63n, 1n, 2],
    [MASK, 0x00000000ffffffffn, 32],
  ])('distance(%s, %s) = %i', (a, b, expected) => {
    expect(hammingDistance(a, b)).toBe(expected);
    expect(hammingDistance(b, a)).toBe(expected);
  });
});

describe('simhashToBands', () => {
  it('splits into four 16-bit bands, most significant first', () => {
    expect(simhashToBands(0x0123456789abcdefn)).toEqual(['0:0123', '1:4567', '2:89ab', '3:cdef']);
    expect(simhashToBands(0n)).toEqual(['0:0000', '1:0000', '2:0000', '3:0000']);
  });

  it.each([
    [1, ['0:0123456789abcdef']],
    [2, ['0:01234567', '1:89abcdef']],
    [8, ['0:01', '1:23', '2:45', '3:67', '4:89', '5:ab', '6:cd', '7:ef']],
  ])('supports %i bands', (bands, expected) => {
    expect(simhashToBands(0x0123456789abcdefn, bands)).toEqual(expected);
  });

  it.each([0, 3, 5, 65, 1.5])('rejects %s bands', (bands) => {
    expect(() => simhashToBands(1n, bands)).toThrow(RangeError);
  });

  it('shares at least one band between hashes within distance 3 (pigeonhole)', () => {
    let seed = 42;
    const random64 = (): bigint => {
      let value = 0n;
      for (let i = 0; i < 4; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        value = (value << 16n) | BigInt(seed >>> 16);
      }
      return value;
    };
    for (let trial = 0; trial < 500; trial++) {
      const hash = random64();
      let other = hash;
      const flips = trial % 4;
      for (let i = 0; i < flips; i++) other ^= 1n << BigInt((trial * 7 + i * 23) % 64);
      expect(hammingDistance(hash, other)).toBeLessThanOrEqual(3);
      const shared = simhashToBands(hash).filter((band) => simhashToBands(other).includes(band));
      expect(shared.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('can miss at distance 4, which is why the bound is bands − 1', () => {
    const hash = 0n;
    const other = (1n << 0n) | (1n << 16n) | (1n << 32n) | (1n << 48n);
    expect(simhashToBands(hash).filter((band) => simhashToBands(other).includes(band))).toEqual([]);
  });
});

describe('simhashHex / parseSimhashHex', () => {
  it.each([0n, 1n, 0x0123456789abcdefn, MASK])('round-trips %s through 16 hex characters', (hash) => {
    const hex = simhashHex(hash);
    expect(hex).toMatch(/^[0-9a-f]{16}$/);
    expect(parseSimhashHex(hex)).toBe(hash);
  });

  it('pads with zeros', () => {
    expect(simhashHex(255n)).toBe('00000000000000ff');
  });

  it('accepts upper-case hex', () => {
    expect(parseSimhashHex('0123456789ABCDEF')).toBe(0x0123456789abcdefn);
  });

  it.each(['', 'ff', '0123456789abcdef0', '0123456789abcdeg', '0x23456789abcdef', ' 123456789abcdef'])(
    'rejects %j',
    (hex) => {
      expect(() => parseSimhashHex(hex)).toThrow(RangeError);
    },
  );
});
