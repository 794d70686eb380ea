import { describe, expect, it } from 'vitest';
import { changeOf, changePhrase, percent } from './stats-labels.ts';

describe('changes between periods', () => {
  it.each([
    [12, 10, 0.2, '上升20.0%'],
    [9, 12, -0.25, '下降25.0%'],
    [10, 10, 0, '持平'],
    [5, 0, null, '无可比数据'],
    [null, 3, null, '无可比数据'],
  ])('%s against %s', (now, before, change, phrase) => {
    expect(changeOf(now, before)).toBe(change);
    expect(changePhrase(now, before)).toBe(phrase);
  });

  it.each([
    [0.952, '95.2%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [null, '—'],
    [2 / 3, '66.7%'],
  ])('percent(%s) = %s', (value, text) => expect(percent(value)).toBe(text));
});
