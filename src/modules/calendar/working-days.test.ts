import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR } from '../../db/migrations/202611251100_create_calendar_days.ts';
import {
  addWorkingDays,
  buildCalendar,
  isValidDay,
  isWorkingDay,
  shiftDay,
  workingDaysBetween,
} from './working-days.ts';

const calendar = buildCalendar(OFFICIAL_CALENDAR.map(([day, kind]) => ({ day, kind })));
const empty = buildCalendar([]);

describe('isWorkingDay on the official calendar', () => {
  it.each([
    ['2025-09-26', true, 'an ordinary Friday'],
    ['2025-09-27', false, 'an ordinary Saturday'],
    ['2025-09-28', true, 'Sunday worked for National Day (调休)'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-06', false, 'Mid-autumn inside the National Day break'],
    ['2025-10-08', false, 'last day of the break, a Wednesday'],
    ['2025-10-09', true, 'first Thursday after the break'],
    ['2025-10-11', true, 'Saturday worked for National Day (调休)'],
    ['2025-10-12', false, 'an ordinary Sunday'],
    ['2026-02-14', true, 'Saturday worked before the Spring Festival'],
    ['2026-02-16', false, 'Spring Festival eve, a Monday'],
    ['2026-02-23', false, 'last day of the Spring Festival break, a Monday'],
    ['2026-02-24', true, 'first Tuesday after the Spring Festival'],
    ['2026-02-28', true, 'Saturday worked after the Spring Festival'],
    ['2026-01-04', true, 'Sunday worked for New Year'],
    ['2027-01-04', true, 'a Monday in a year without data follows the weekday rule'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(isWorkingDay(day, calendar)).toBe(expected);
  });
});

describe('addWorkingDays (the start day is not counted)', () => {
  it.each([
    ['2025-09-30', 3, '2025-10-11', 'across National Day 2025: 10/9, 10/10, 10/11 (a 调休 Saturday)'],
    ['2025-09-26', 1, '2025-09-28', 'Friday + 1 is the 调休 Sunday'],
    ['2025-09-26', 2, '2025-09-29', 'then Monday'],
    ['2026-02-13', 1, '2026-02-14', 'Friday + 1 is the 调休 Saturday before the Spring Festival'],
    ['2026-02-13', 2, '2026-02-24', 'then straight over the nine-day break'],
    ['2026-02-10', 15, '2026-03-09', 'fifteen working days across the Spring Festival'],
    ['2026-03-02', 3, '2026-03-05', 'an ordinary week'],
    ['2026-03-06', 1, '2026-03-09', 'Friday + 1 is Monday'],
    ['2026-03-06', 0, '2026-03-06', 'zero days is the start day'],
  ])('%s + %i working days = %s (%s)', (start, n, due) => {
    expect(addWorkingDays(start, n, calendar)).toBe(due);
    expect(workingDaysBetween(start, due, calendar)).toBe(n);
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays('2026-03-02', -1, calendar)).toThrow(RangeError);
  });

  it('gives up on a calendar without any working day', () => {
    const allHolidays = buildCalendar(
      Array.from({ length: 4000 }, (_, i) => ({ day: shiftDay('2030-01-01', i), kind: 'holiday' as const })),
    );
    expect(() => addWorkingDays('2030-01-01', 1, allHolidays)).toThrow(/ten years/);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-09-30', '2025-10-08', 0, calendar],
    ['2025-09-27', '2025-10-11', 6, calendar],
    ['2026-02-13', '2026-02-28', 6, calendar],
    ['2026-03-02', '2026-03-02', 0, calendar],
    ['2026-03-09', '2026-03-02', -5, calendar],
    ['2025-09-30', '2025-10-08', 6, empty],
  ])('(%s, %s] holds %i working days', (a, b, n, cal) => {
    expect(workingDaysBetween(a, b, cal)).toBe(n);
  });
});

describe('isValidDay', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['tomorrow', false],
  ])('%s → %s', (day, ok) => {
    expect(isValidDay(day)).toBe(ok);
  });
});
