/**
 * Made-up people for the demo cases: common Chinese names, ID numbers with real birth
 * dates and a correct GB 11643 check digit (src/lib/identity.ts), and mobile numbers that
 * pass validation. Drawn from the seeded generator, so every seed makes the same people.
 */
import { idNumberCheckChar } from '../lib/identity.ts';
import type { Rng } from '../lib/prng.ts';

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林',
  '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '蒋', '沈', '俞', '楼',
]; // prettier-ignore

const GIVEN = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英',
  '霞', '平', '刚', '桂英', '建华', '建国', '志强', '海燕', '晓东', '国平', '永红', '丽华', '春梅', '金凤',
  '红梅', '建军', '文杰', '子轩', '雨桐', '浩然', '欣怡', '思远', '德明', '玉兰', '根法', '水根', '彩凤',
]; // prettier-ignore

/** Region codes of the province around the demo district (Zhejiang) and of migrant workers' home counties. */
const REGIONS = [
  '330106',
  '330108',
  '330110',
  '330681',
  '330602',
  '330781',
  '341221',
  '511623',
  '412726',
  '432524',
];

const MOBILE_PREFIXES = [
  '139',
  '138',
  '137',
  '136',
  '135',
  '158',
  '159',
  '188',
  '187',
  '151',
  '152',
  '177',
  '181',
  '199',
];

export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
  gender: 'male' | 'female';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An ID number for someone born between 1950 and 2003 (a real calendar day). */
export function demoIdNumber(rng: Rng, gender: 'male' | 'female', region = rng.pick(REGIONS)): string {
  const year = rng.int(1950, 2003);
  const month = rng.int(1, 12);
  const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  // The 17th digit is odd for men, even for women.
  const order = rng.int(0, 49) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `${region}${year}${pad(month)}${pad(day)}${pad(rng.int(0, 9), 1)}${pad(order)}`;
  return first17 + idNumberCheckChar(first17);
}

export function demoMobile(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${pad(rng.int(0, 9999), 4)}${pad(rng.int(0, 9999), 4)}`;
}

export function demoPerson(rng: Rng, region?: string): DemoPerson {
  const gender = rng.chance(0.5) ? 'male' : 'female';
  return {
    name: rng.pick(SURNAMES) + rng.pick(GIVEN),
    idNumber: demoIdNumber(rng, gender, region),
    phone: demoMobile(rng),
    gender,
  };
}

/** Migrant workers' home counties (安徽, 四川, 河南, 湖南), for wage-arrears applicants. */
export const MIGRANT_REGIONS = REGIONS.slice(6);
