import { describe, expect, it } from 'vitest';
import { intervalMs, retryDelayMs, slotKey, slotStart } from './schedule.ts';

describe('job schedule', () => {
  it.each([
    [{ seconds: 10 }, 10_000],
    [{ minutes: 1 }, 60_000],
    [{ minutes: 60 }, 3_600_000],
  ])('period %o lasts %i ms', (every, ms) => {
    expect(intervalMs(every)).toBe(ms);
  });

  it('refuses periods under a second', () => {
    expect(() => intervalMs({ seconds: 0.5 })).toThrow(/at least 1 s/);
  });

  it.each([
    ['2026-03-02T01:00:00.000Z', 10_000, '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T01:00:09.999Z', 10_000, '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T01:00:10.000Z', 10_000, '2026-03-02T01:00:10.000Z'],
    ['2026-03-02T01:00:59.000Z', 60_000, '2026-03-02T01:00:00.000Z'],
    ['2026-03-02T01:01:00.001Z', 60_000, '2026-03-02T01:01:00.000Z'],
  ])('at %s a %i ms period is in the slot starting %s', (now, period, start) => {
    expect(slotStart(new Date(now), period).toISOString()).toBe(start);
  });

  it('keys a slot by job name and slot start', () => {
    expect(slotKey('deadline-sweep', new Date('2026-03-02T01:01:00.000Z'))).toBe(
      'deadline-sweep:2026-03-02T01:01:00.000Z',
    );
  });

  it.each([
    [1, 30_000],
    [2, 120_000],
    [3, 480_000],
    [4, 1_920_000],
    [5, 3_600_000],
    [9, 3_600_000],
  ])('waits after failed attempt %i for %i ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});
