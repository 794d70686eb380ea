import type { Db } from '../../db/database.ts';
import type { CalendarDaysTable } from '../../db/tables.ts';

/** Every calendar exception (a few dozen a year: callers load them all). */
export function selectAllCalendarDays(db: Db) {
  return db.selectFrom('calendarDays').selectAll().orderBy('day').execute();
}

export function selectCalendarYear(db: Db, year: number) {
  return db
    .selectFrom('calendarDays')
    .selectAll()
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
}

export function selectCalendarDay(db: Db, day: string) {
  return db.selectFrom('calendarDays').selectAll().where('day', '=', day).executeTakeFirst();
}

/** Inserts or replaces the exception for `row.day`. */
export async function upsertCalendarDay(db: Db, row: CalendarDaysTable): Promise<void> {
  await db
    .insertInto('calendarDays')
    .values(row)
    .onConflict((oc) =>
      oc.column('day').doUpdateSet({
        kind: row.kind,
        name: row.name,
        source: row.source,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}

export async function deleteCalendarDay(db: Db, day: string): Promise<number> {
  const res = await db.deleteFrom('calendarDays').where('day', '=', day).executeTakeFirst();
  return Number(res.numDeletedRows);
}
