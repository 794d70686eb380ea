import { describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors.ts';
import {
  addMonths,
  bucketKeys,
  lastYearPeriod,
  periodDays,
  previousPeriod,
  rangeOf,
  resolvePeriod,
} from './period.ts';

describe('resolvePeriod', () => {
  it.each([
    [{}, { from: '2026-03-01', to: '2026-03-15' }],
    [{ to: '2026-02-10' }, { from: '2026-02-01', to: '2026-02-10' }],
    [
      { from: '2026-01-05', to: '2026-01-05' },
      { from: '2026-01-05', to: '2026-01-05' },
    ],
  ])('%j on 2026-03-15 → %j', (input, expected) => {
    expect(resolvePeriod(input, '2026-03-15')).toEqual(expected);
  });

  it.each([
    [{ from: '2026-3-1', to: '2026-03-05' }, '#/querystring/from'],
    [{ from: '2026-02-30', to: '2026-03-05' }, '#/querystring/from'],
    [{ to: 'yesterday' }, '#/querystring/to'],
    [{ from: '2026-03-06', to: '2026-03-05' }, '#/querystring/from'],
    [{ from: '2010-01-01', to: '2026-03-05' }, '#/querystring/from'],
  ])('%j is refused naming %s', (input, pointer) => {
    try {
      resolvePeriod(input, '2026-03-15');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).errors?.[0]?.pointer).toBe(pointer);
    }
  });
});

describe('comparison periods', () => {
  it.each([
    // period                          previous                          last year
    [
      ['2026-03-01', '2026-03-31'],
      ['2026-02-01', '2026-02-28'],
      ['2025-03-01', '2025-03-31'],
    ],
    [
      ['2024-03-01', '2024-03-31'],
      ['2024-02-01', '2024-02-29'],
      ['2023-03-01', '2023-03-31'],
    ],
    [
      ['2024-02-01', '2024-02-29'],
      ['2024-01-01', '2024-01-31'],
      ['2023-02-01', '2023-02-28'],
    ],
    [
      ['2026-01-01', '2026-03-31'],
      ['2025-10-01', '2025-12-31'],
      ['2025-01-01', '2025-03-31'],
    ],
    [
      ['2026-03-02', '2026-03-08'],
      ['2026-02-23', '2026-03-01'],
      ['2025-03-02', '2025-03-08'],
    ],
    [
      ['2026-03-05', '2026-03-05'],
      ['2026-03-04', '2026-03-04'],
      ['2025-03-05', '2025-03-05'],
    ],
    [
      ['2026-03-01', '2026-03-15'],
      ['2026-02-14', '2026-02-28'],
      ['2025-03-01', '2025-03-15'],
    ],
    [
      ['2024-02-29', '2024-02-29'],
      ['2024-02-28', '2024-02-28'],
      ['2023-02-28', '2023-02-28'],
    ],
  ])('%j: previous %j, last year %j', ([from, to], [pf, pt], [lf, lt]) => {
    const p = { from: from!, to: to! };
    expect(previousPeriod(p)).toEqual({ from: pf, to: pt });
    expect(lastYearPeriod(p)).toEqual({ from: lf, to: lt });
  });

  it('a day-based previous period has the same length', () => {
    const p = { from: '2026-03-01', to: '2026-03-15' };
    expect(periodDays(previousPeriod(p))).toBe(periodDays(p));
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s %+d → %s', (day, n, expected) => expect(addMonths(day, n)).toBe(expected));
});

describe('rangeOf', () => {
  it('covers the local days as UTC instants', () => {
    expect(rangeOf({ from: '2026-03-01', to: '2026-03-31' })).toMatchObject({
      fromAt: '2026-02-28T16:00:00.000Z',
      toAt: '2026-03-31T16:00:00.000Z',
    });
  });
});

describe('bucketKeys', () => {
  const p = { from: '2026-02-26', to: '2026-03-03' };
  it.each([
    ['day', ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03']],
    ['week', ['2026-02-23', '2026-03-02']],
    ['month', ['2026-02', '2026-03']],
  ] as const)('%s', (unit, keys) => expect(bucketKeys(p, unit)).toEqual(keys));
});
