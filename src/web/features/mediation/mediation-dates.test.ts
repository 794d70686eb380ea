import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarRange,
  daysUntil,
  groupByDay,
  judicialWindowEnd,
  shanghaiDay,
  shanghaiTime,
} from './mediation-dates.ts';

describe('Shanghai days', () => {
  it('puts an instant after 16:00 UTC on the next Shanghai day', () => {
    expect(shanghaiDay('2026-03-04T16:30:00.000Z')).toBe('2026-03-05');
    expect(shanghaiDay('2026-03-04T15:59:00.000Z')).toBe('2026-03-04');
    expect(shanghaiTime('2026-03-04T16:30:00.000Z')).toBe('00:30');
    expect(shanghaiDay('not a date')).toBeUndefined();
  });

  it('counts calendar days across months and years', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysUntil('2026-03-02', '2026-01-31')).toBe(30);
    expect(judicialWindowEnd('2026-02-01')).toBe('2026-03-03');
  });
});

describe('calendarRange', () => {
  it('covers a week before the month and two weeks after it, from Shanghai midnight', () => {
    expect(calendarRange(2026, 3)).toEqual({
      from: '2026-02-21T16:00:00.000Z',
      to: '2026-04-14T16:00:00.000Z',
    });
    expect(calendarRange(2026, 12).to).toBe('2027-01-14T16:00:00.000Z');
  });
});

describe('groupByDay', () => {
  it('groups sessions by their Shanghai day in time order', () => {
    const days = groupByDay([
      { id: 'late', startsAt: '2026-03-05T06:00:00.000Z' },
      { id: 'early', startsAt: '2026-03-05T01:00:00.000Z' },
      { id: 'night', startsAt: '2026-03-05T17:00:00.000Z' },
    ]);
    expect([...days.keys()]).toEqual(['2026-03-05', '2026-03-06']);
    expect(days.get('2026-03-05')?.map((s) => s.id)).toEqual(['early', 'late']);
  });
});
