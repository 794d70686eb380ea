import { describe, expect, it } from 'vitest';
import { chineseDate, chineseDateTime, chineseTime, chineseTimeSpan } from './chinese-dates.ts';

describe('chineseDate', () => {
  it.each([
    ['2026-03-02', '2026年3月2日'],
    ['2026-12-31', '2026年12月31日'],
    ['2026-03-02T01:00:00.000Z', '2026年3月2日'],
    ['2026-03-01T16:30:00.000Z', '2026年3月2日'],
    ['2026-03-02T15:59:59.999Z', '2026年3月2日'],
    ['2026-03-02T16:00:00.000Z', '2026年3月3日'],
    ['2026-03-02T09:00:00+08:00', '2026年3月2日'],
  ])('writes %s as %s in Asia/Shanghai', (value, text) => {
    expect(chineseDate(value)).toBe(text);
  });

  it('takes a Date as an instant', () => {
    expect(chineseDate(new Date('2025-12-31T16:00:00Z'))).toBe('2026年1月1日');
  });

  it.each(['2026-02-30', 'yesterday', ''])('rejects %j', (value) => {
    expect(() => chineseDate(value)).toThrow(RangeError);
  });
});

describe('chineseTime and chineseDateTime', () => {
  it.each([
    ['2026-03-02T01:05:00Z', '9时05分', '2026年3月2日9时05分'],
    ['2026-03-01T16:00:00Z', '0时00分', '2026年3月2日0时00分'],
    ['2026-03-02T06:30:00Z', '14时30分', '2026年3月2日14时30分'],
  ])('writes %s as %s', (value, time, dateTime) => {
    expect(chineseTime(value)).toBe(time);
    expect(chineseDateTime(value)).toBe(dateTime);
  });
});

describe('chineseTimeSpan', () => {
  it.each([
    ['2026-03-02T01:00:00Z', undefined, '2026年3月2日9时00分'],
    ['2026-03-02T01:00:00Z', '2026-03-02T02:30:00Z', '2026年3月2日9时00分至10时30分'],
    ['2026-03-02T14:00:00Z', '2026-03-02T17:00:00Z', '2026年3月2日22时00分至2026年3月3日1时00分'],
  ])('writes %s to %s as %s', (start, end, text) => {
    expect(chineseTimeSpan(start, end)).toBe(text);
  });
});
