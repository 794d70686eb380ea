import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../lib/errors.ts';
import { latestDuePeriod, parseReportPeriod, periodZh, reportPeriodOf } from './report-periods.ts';

describe('report periods', () => {
  it.each([
    ['daily', '2026-03-05', '2026-03-05', '2026-03-05'],
    ['weekly', '2026-03-05', '2026-03-02', '2026-03-08'],
    ['weekly', '2026-03-08', '2026-03-02', '2026-03-08'],
    ['weekly', '2026-03-02', '2026-03-02', '2026-03-08'],
    ['monthly', '2026-02-14', '2026-02-01', '2026-02-28'],
  ] as const)('%s holding %s: %s to %s', (kind, day, from, to) => {
    expect(reportPeriodOf(kind, day)).toEqual({ from, to });
  });

  it.each([
    // kind, today, hour → the latest period due
    ['daily', '2026-03-05', 8, '2026-03-04', '2026-03-04'],
    ['daily', '2026-03-05', 7, '2026-03-03', '2026-03-03'],
    ['weekly', '2026-03-09', 8, '2026-03-02', '2026-03-08'], // Monday 08:00: last week
    ['weekly', '2026-03-09', 7, '2026-02-23', '2026-03-01'], // Monday before 08:00: the week before
    ['weekly', '2026-03-12', 15, '2026-03-02', '2026-03-08'],
    ['monthly', '2026-04-01', 8, '2026-03-01', '2026-03-31'],
    ['monthly', '2026-04-01', 7, '2026-02-01', '2026-02-28'],
    ['monthly', '2026-01-01', 9, '2025-12-01', '2025-12-31'],
  ] as const)('%s on %s at %d:00 → %s to %s', (kind, today, hour, from, to) => {
    expect(latestDuePeriod(kind, today, hour)).toEqual({ from, to });
  });

  it.each([
    ['monthly', '2026-03', { from: '2026-03-01', to: '2026-03-31' }],
    ['monthly', '2026-03-15', { from: '2026-03-01', to: '2026-03-31' }],
    ['weekly', '2026-03-04', { from: '2026-03-02', to: '2026-03-08' }],
    ['daily', '2026-03-04', { from: '2026-03-04', to: '2026-03-04' }],
  ] as const)('%s period "%s"', (kind, text, period) =>
    expect(parseReportPeriod(kind, text)).toEqual(period),
  );

  it.each([
    ['monthly', '2026-13'],
    ['daily', '2026-03'],
    ['weekly', 'last week'],
    ['daily', '2026-02-30'],
  ] as const)('%s period "%s" is refused naming #/period', (kind, text) => {
    try {
      parseReportPeriod(kind, text);
      expect.unreachable();
    } catch (err) {
      expect((err as DomainError).errors?.[0]?.pointer).toBe('#/period');
    }
  });

  it.each([
    ['daily', { from: '2026-03-05', to: '2026-03-05' }, '2026年3月5日'],
    ['weekly', { from: '2026-03-02', to: '2026-03-08' }, '2026年3月2日至3月8日'],
    ['weekly', { from: '2025-12-29', to: '2026-01-04' }, '2025年12月29日至2026年1月4日'],
    ['monthly', { from: '2026-03-01', to: '2026-03-31' }, '2026年3月'],
  ] as const)('%s %j reads %s', (kind, p, text) => expect(periodZh(kind, p)).toBe(text));
});
