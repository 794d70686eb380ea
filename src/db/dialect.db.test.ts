import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/db.ts';
import { jsonText, localBucket, type BucketUnit } from './dialect.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function bucket(value: string, unit: BucketUnit, kind: 'instant' | 'date') {
  const res = await sql<{ b: string }>`select ${localBucket(t.db, sql.lit(value), unit, kind)} as b`.execute(
    t.db,
  );
  return res.rows[0]!.b;
}

describe('localBucket: Asia/Shanghai day, ISO week (Monday) and month', () => {
  it.each([
    // instant (UTC)               day            week (Monday)   month
    ['2026-03-01T16:00:00.000Z', '2026-03-02', '2026-03-02', '2026-03'],
    ['2026-03-01T15:59:59.999Z', '2026-03-01', '2026-02-23', '2026-03'],
    ['2026-02-28T16:00:00.000Z', '2026-03-01', '2026-02-23', '2026-03'],
    ['2026-01-31T15:59:59.000Z', '2026-01-31', '2026-01-26', '2026-01'],
    ['2025-12-31T16:30:00.000Z', '2026-01-01', '2025-12-29', '2026-01'],
    ['2026-03-08T03:00:00.000Z', '2026-03-08', '2026-03-02', '2026-03'],
  ])('instant %s → %s, week of %s, %s', async (at, day, week, month) => {
    expect(await bucket(at, 'day', 'instant')).toBe(day);
    expect(await bucket(at, 'week', 'instant')).toBe(week);
    expect(await bucket(at, 'month', 'instant')).toBe(month);
  });

  it.each([
    ['2026-03-08', '2026-03-02', '2026-03'],
    ['2026-03-09', '2026-03-09', '2026-03'],
    ['2026-01-01', '2025-12-29', '2026-01'],
  ])('local date %s → week of %s, %s (no shift)', async (day, week, month) => {
    expect(await bucket(day, 'day', 'date')).toBe(day);
    expect(await bucket(day, 'week', 'date')).toBe(week);
    expect(await bucket(day, 'month', 'date')).toBe(month);
  });
});

describe('jsonText', () => {
  it('reads a top-level key as text and gives null when absent', async () => {
    const doc = JSON.stringify({ deadlineLevel: 'red', label: '办结' });
    const res = await sql<{ a: string | null; b: string | null; c: string | null }>`select ${jsonText(
      t.db,
      sql.lit(doc),
      'deadlineLevel',
    )} as a, ${jsonText(t.db, sql.lit(doc), 'missing')} as b, ${jsonText(t.db, sql.lit(doc), 'label')} as c`.execute(
      t.db,
    );
    expect(res.rows[0]).toEqual({ a: 'red', b: null, c: '办结' });
  });

  it('refuses a key that is not a plain identifier', () => {
    expect(() => jsonText(t.db, sql.lit('{}'), "x') or 1=1 --")).toThrow(RangeError);
  });
});
