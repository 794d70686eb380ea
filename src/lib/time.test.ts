import { describe, expect, it } from 'vitest';
import { localDate, localDayEnd, localDayStart, localYear } from './time.ts';

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
