import { describe, expect, it } from 'vitest';
import { localDate, localDayEnd, localDayStart, localYear, parseLocalDateTime } from './time.ts';

describe('Asia/Shanghai time', () => {
  it('puts 2025-12-31T16:30Z in the local year 2026', () => {
    expect(localYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
    expect(localDate(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
  });
  it('gives the UTC bounds of a local day', () => {
    expect(localDayStart('2026-03-02')).toBe('2026-03-01T16:00:00.000Z');
    expect(localDayEnd('2026-03-02')).toBe('2026-03-02T16:00:00.000Z');
  });
});

describe('parseLocalDateTime', () => {
  it.each([
    ['2025-06-03 10:20', '2025-06-03T02:20:00.000Z'],
    ['2025/6/3 10:20:30', '2025-06-03T02:20:30.000Z'],
    ['2025年6月3日', '2025-06-02T16:00:00.000Z'],
    ['2025-06-03T10:20:00Z', '2025-06-03T10:20:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseLocalDateTime(text)?.toISOString()).toBe(iso);
  });
  it.each(['2025-02-30', 'yesterday', '2025-13-01 10:00'])('refuses %s', (text) => {
    expect(parseLocalDateTime(text)).toBeUndefined();
  });
});
