/**
 * The seeded calendar against the State Council notices themselves, and the
 * `chinese-days` package (the seed's source) against the same notices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR } from '../../db/migrations/202611251100_create_calendar_days.ts';
import { shiftDay } from './working-days.ts';

type Kind = 'holiday' | 'workday';

/** [first day, last day, kind, name in the seed] as the notices state them. */
const NOTICES: Record<string, [string, string, Kind, string][]> = {
  // 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号)
  '2025': [
    ['2025-01-01', '2025-01-01', 'holiday', '元旦'],
    ['2025-01-28', '2025-02-04', 'holiday', '春节'],
    ['2025-01-26', '2025-01-26', 'workday', '春节调休上班'],
    ['2025-02-08', '2025-02-08', 'workday', '春节调休上班'],
    ['2025-04-04', '2025-04-06', 'holiday', '清明节'],
    ['2025-05-01', '2025-05-05', 'holiday', '劳动节'],
    ['2025-04-27', '2025-04-27', 'workday', '劳动节调休上班'],
    ['2025-05-31', '2025-06-02', 'holiday', '端午节'],
    ['2025-10-01', '2025-10-08', 'holiday', '国庆节、中秋节'],
    ['2025-09-28', '2025-09-28', 'workday', '国庆节、中秋节调休上班'],
    ['2025-10-11', '2025-10-11', 'workday', '国庆节、中秋节调休上班'],
  ],
  // 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号)
  '2026': [
    ['2026-01-01', '2026-01-03', 'holiday', '元旦'],
    ['2026-01-04', '2026-01-04', 'workday', '元旦调休上班'],
    ['2026-02-15', '2026-02-23', 'holiday', '春节'],
    ['2026-02-14', '2026-02-14', 'workday', '春节调休上班'],
    ['2026-02-28', '2026-02-28', 'workday', '春节调休上班'],
    ['2026-04-04', '2026-04-06', 'holiday', '清明节'],
    ['2026-05-01', '2026-05-05', 'holiday', '劳动节'],
    ['2026-05-09', '2026-05-09', 'workday', '劳动节调休上班'],
    ['2026-06-19', '2026-06-21', 'holiday', '端午节'],
    ['2026-09-25', '2026-09-27', 'holiday', '中秋节'],
    ['2026-10-01', '2026-10-07', 'holiday', '国庆节'],
    ['2026-09-20', '2026-09-20', 'workday', '国庆节调休上班'],
    ['2026-10-10', '2026-10-10', 'workday', '国庆节调休上班'],
  ],
};

/** Every day the notices of `year` name, with its kind and name, sorted by day. */
function noticeDays(year: string): [string, Kind, string][] {
  const days: [string, Kind, string][] = [];
  for (const [from, to, kind, name] of NOTICES[year]!) {
    for (let d = from; d <= to; d = shiftDay(d, 1)) days.push([d, kind, name]);
  }
  return days.sort((a, b) => a[0].localeCompare(b[0]));
}

function packageYear(year: string): { holidays: Record<string, string>; workdays: Record<string, string> } {
  const pkg = createRequire(import.meta.url).resolve('chinese-days/package.json');
  return JSON.parse(readFileSync(join(dirname(pkg), 'dist', 'years', `${year}.json`), 'utf8'));
}

describe.each(['2025', '2026'])('the official calendar of %s', (year) => {
  it('is seeded exactly as the notice states: every holiday and every 调休 working day, nothing more', () => {
    const seeded = OFFICIAL_CALENDAR.filter(([day]) => day.startsWith(year)).map(([d, k, n]) => [d, k, n]);
    expect(seeded).toEqual(noticeDays(year));
  });

  it('agrees with the chinese-days package it was copied from', () => {
    const data = packageYear(year);
    const fromPackage = [
      ...Object.keys(data.holidays).map((d) => [d, 'holiday']),
      ...Object.keys(data.workdays).map((d) => [d, 'workday']),
    ].sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(fromPackage).toEqual(noticeDays(year).map(([d, k]) => [d, k]));
  });
});

it('seeds each day once', () => {
  const days = OFFICIAL_CALENDAR.map(([d]) => d);
  expect(new Set(days).size).toBe(days.length);
});
