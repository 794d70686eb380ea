import { describe, expect, it } from 'vitest';
import {
  COUNT_FIGURES,
  COUNT_KEYS,
  FIGURE_DEFINITIONS,
  RATE_FIGURES,
  type CountValues,
} from './figure-definitions.ts';
import { rate, ratesOf, countFigure, isCountKey } from './figure-values.ts';

const zero = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as CountValues;

describe('figure definitions', () => {
  it('have unique keys, a Chinese name and both definitions', () => {
    const keys = FIGURE_DEFINITIONS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of FIGURE_DEFINITIONS) {
      expect(f.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.definitionZh.length).toBeGreaterThan(5);
      expect(f.definition.length).toBeGreaterThan(5);
    }
  });

  it('build every rate from count figures', () => {
    for (const r of RATE_FIGURES) {
      expect(isCountKey(r.numerator)).toBe(true);
      expect(isCountKey(r.denominator)).toBe(true);
    }
  });

  it('include the figures the issue asks for', () => {
    const keys = FIGURE_DEFINITIONS.map((f) => f.key);
    for (const k of [
      'found',
      'accepted',
      'mediated',
      'mediatedSuccess',
      'successRate',
      'resolved',
      'resolvedOnTime',
      'onTimeRate',
      'overdue',
      'ratings',
      'satisfactionRate',
      'zeroVisitRate',
      'oneVisitRate',
      'courtReferralsClosed',
      'preLitigationRate',
    ])
      expect(keys).toContain(k);
  });

  it('look up count figures by key', () => {
    expect(countFigure('overdue').dateKind).toBe('now');
    expect(isCountKey('successRate')).toBe(false);
    expect(COUNT_FIGURES.length).toBe(COUNT_KEYS.length);
  });
});

describe('rates', () => {
  it.each([
    [3, 4, 0.75],
    [0, 5, 0],
    [5, 5, 1],
    [0, 0, null],
  ])('%d / %d → %s', (n, d, expected) => expect(rate(n, d)).toBe(expected));

  it('ratesOf computes each rate from its numerator and denominator', () => {
    const counts = { ...zero, mediated: 4, mediatedSuccess: 3, resolved: 5, zeroVisit: 2, oneVisit: 1 };
    expect(ratesOf(counts)).toEqual({
      successRate: 0.75,
      onTimeRate: 0,
      satisfactionRate: null,
      zeroVisitRate: 0.4,
      oneVisitRate: 0.2,
      preLitigationRate: null,
    });
  });
});
