import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './calendar.api.ts';
import { dayKind, exceptionRuns, monthWeeks } from './month-grid.ts';

const day = (date: string, kind: CalendarDay['kind'], name: string): CalendarDay => ({
  day: date,
  kind,
  name,
  source: 'official',
  updatedAt: '2026-11-25T00:00:00.000Z',
});

describe('month grid', () => {
  it('lays out October 2025 from Monday: the 1st is a Wednesday', () => {
    const weeks = monthWeeks(2025, 10);
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, { day: '2025-10-01', date: 1, weekday: 3 }]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().find((cell) => cell?.date === 31)?.weekday).toBe(5);
  });

  it('handles February of a leap year and a month starting on Monday', () => {
    expect(monthWeeks(2028, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(monthWeeks(2025, 9)[0]![0]).toEqual({ day: '2025-09-01', date: 1, weekday: 1 });
  });

  it('says what kind of day a date is: the exception first, then the weekday rule', () => {
    expect(dayKind(6, day('2025-09-28', 'workday', '国庆节调休'))).toBe('workday');
    expect(dayKind(3, day('2025-10-01', 'holiday', '国庆节'))).toBe('holiday');
    expect(dayKind(7, undefined)).toBe('weekend');
    expect(dayKind(2, undefined)).toBe('weekday');
  });

  it('groups consecutive days of one holiday into a run', () => {
    const items = [
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) =>
        day(`2025-10-${d}`, 'holiday', '国庆节、中秋节'),
      ),
      day('2025-10-11', 'workday', '国庆节调休上班'),
      day('2025-09-28', 'workday', '国庆节调休上班'),
    ];
    expect(exceptionRuns(items, 2025, 10)).toEqual([
      { kind: 'holiday', name: '国庆节、中秋节', first: '2025-10-01', last: '2025-10-08' },
      { kind: 'workday', name: '国庆节调休上班', first: '2025-10-11', last: '2025-10-11' },
    ]);
  });
});
