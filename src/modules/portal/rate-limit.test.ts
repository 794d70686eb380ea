import { describe, expect, it } from 'vitest';
import { windowStart } from './rate-limit.ts';

describe('windowStart', () => {
  const tenMinutes = 10 * 60_000;
  it.each([
    ['2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T01:09:59.999Z', '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T01:10:00.000Z', '2026-03-02T01:10:00.000Z'],
    ['2026-03-02T01:17:30.000Z', '2026-03-02T01:10:00.000Z'],
  ])('puts %s in the ten-minute window from %s', (at, start) => {
    expect(new Date(windowStart(Date.parse(at), tenMinutes)).toISOString()).toBe(start);
  });
});
