import { describe, expect, it } from 'vitest';
import { COUNT_KEYS, RATE_KEYS } from './figure-definitions.ts';
import { headlineSentences, pointsPhrase, rateZh } from './report-text.ts';

const values = (over: Record<string, number | null>) =>
  ({
    ...Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])),
    ...Object.fromEntries(RATE_KEYS.map((k) => [k, null])),
    ...over,
  }) as Parameters<typeof headlineSentences>[0]['current'];

describe('report headline', () => {
  it('states the figures with their changes, as leaders read them', () => {
    const lines = headlineSentences({
      kind: 'monthly',
      current: values({ found: 120, accepted: 110, mediated: 100, mediatedSuccess: 95, successRate: 0.95 }),
      previous: values({ found: 100, mediated: 100, successRate: 0.9 }),
      lastYear: values({ found: 150, mediated: 80, successRate: 0.93 }),
    });
    expect(lines[0]).toBe('本月共排查矛盾纠纷120件，同比下降20.0%，环比上升20.0%；受理110件。');
    expect(lines[1]).toBe(
      '调处矛盾纠纷100件，同比上升25.0%，环比持平；其中调解成功95件，调解成功率95.0%（同比上升2.0个百分点）。',
    );
    expect(lines[2]).toContain('按时办结率暂无数据（同比无可比数据）');
  });

  it('says 当日 and 本周 for the daily and weekly reports', () => {
    const zero = values({});
    expect(headlineSentences({ kind: 'daily', current: zero, previous: zero, lastYear: zero })[0]).toMatch(
      /^当日共排查矛盾纠纷0件，同比无可比数据/,
    );
    expect(headlineSentences({ kind: 'weekly', current: zero, previous: zero, lastYear: zero })[0]).toMatch(
      /^本周/,
    );
  });

  it.each([
    [0.952, 0.94, '上升1.2个百分点'],
    [0.9, 0.95, '下降5.0个百分点'],
    [0.5, 0.5, '持平'],
    [null, 0.5, '无可比数据'],
  ])('points %s against %s: %s', (now, before, text) => expect(pointsPhrase(now, before)).toBe(text));

  it('writes a missing rate as 暂无数据', () => expect(rateZh(null)).toBe('暂无数据'));
});
