import { describe, expect, it } from 'vitest';
import {
  amountInCapitals,
  amountInFigures,
  amountText,
  chineseNumeral,
  subItemMarker,
  termMarker,
} from './chinese-numerals.ts';

describe('chineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [10000, '一万'],
    [10010, '一万零一十'],
    [100000, '十万'],
    [110000, '十一万'],
    [1000001, '一百万零一'],
    [100000000, '一亿'],
    [100000001, '一亿零一'],
    [1000000000000, '一万亿'],
  ])('writes %i as %s', (n, words) => {
    expect(chineseNumeral(n)).toBe(words);
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('termMarker', () => {
  it.each([
    [1, '一、'],
    [2, '二、'],
    [10, '十、'],
    [12, '十二、'],
    [21, '二十一、'],
  ])('numbers term %i as %s', (n, marker) => {
    expect(termMarker(n)).toBe(marker);
  });

  it('refuses term 0', () => {
    expect(() => termMarker(0)).toThrow(RangeError);
  });
});

describe('subItemMarker', () => {
  it.each([
    [1, '（一）'],
    [11, '（十一）'],
  ])('numbers item %i as %s', (n, marker) => {
    expect(subItemMarker(n)).toBe(marker);
  });

  it('refuses item 0', () => {
    expect(() => subItemMarker(0)).toThrow(RangeError);
  });
});

describe('amountInCapitals', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [32, '叁角贰分'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [400000, '肆仟元整'],
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [100005, '壹仟元零伍分'],
    [100050, '壹仟元伍角'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [10010000, '壹拾万零壹佰元整'],
    [10700053, '壹拾万柒仟元伍角叁分'],
    [100000000, '壹佰万元整'],
    [10000000000, '壹亿元整'],
    [10000000100, '壹亿零壹元整'],
    [32500000000, '叁亿贰仟伍佰万元整'],
  ])('spells %i fen as %s', (fen, words) => {
    expect(amountInCapitals(fen)).toBe(words);
  });

  it.each([-100, 12.5, Number.POSITIVE_INFINITY])('rejects %s', (fen) => {
    expect(() => amountInCapitals(fen)).toThrow(RangeError);
  });
});

describe('amountInFigures', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [400000, '4,000.00'],
    [1234567, '12,345.67'],
    [123456789012, '1,234,567,890.12'],
  ])('writes %i fen as %s', (fen, figures) => {
    expect(amountInFigures(fen)).toBe(figures);
  });
});

describe('amountText', () => {
  it('writes figures and capitals together', () => {
    expect(amountText(400000)).toBe('人民币4,000.00元（肆仟元整）');
  });
});
