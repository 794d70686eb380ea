import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * The official State Council holiday schedules (国务院办公厅关于部分节假日安排的通知):
 * 2025 from 国办发明电〔2024〕12号, 2026 from 国办发明电〔2025〕7号. Copied from the
 * `chinese-days` npm package (1.5.7, dist/years/2025.json and 2026.json) and checked
 * against the notices in src/modules/calendar/official-calendar.test.ts; the dates agree.
 * Names follow the notices rather than the package's labels (the package labels
 * 2025-10-06 alone as 中秋 and the rest of the combined break as 国庆节; the notice names
 * the whole break 国庆节、中秋节). Frozen: later years come in later migrations or from
 * the admin (PUT /api/v1/calendar/:day).
 */
export const OFFICIAL_CALENDAR: readonly (readonly [
  day: string,
  kind: 'holiday' | 'workday',
  name: string,
])[] = [
  ['2025-01-01', 'holiday', '元旦'],
  ['2025-01-26', 'workday', '春节调休上班'],
  ['2025-01-28', 'holiday', '春节'],
  ['2025-01-29', 'holiday', '春节'],
  ['2025-01-30', 'holiday', '春节'],
  ['2025-01-31', 'holiday', '春节'],
  ['2025-02-01', 'holiday', '春节'],
  ['2025-02-02', 'holiday', '春节'],
  ['2025-02-03', 'holiday', '春节'],
  ['2025-02-04', 'holiday', '春节'],
  ['2025-02-08', 'workday', '春节调休上班'],
  ['2025-04-04', 'holiday', '清明节'],
  ['2025-04-05', 'holiday', '清明节'],
  ['2025-04-06', 'holiday', '清明节'],
  ['2025-04-27', 'workday', '劳动节调休上班'],
  ['2025-05-01', 'holiday', '劳动节'],
  ['2025-05-02', 'holiday', '劳动节'],
  ['2025-05-03', 'holiday', '劳动节'],
  ['2025-05-04', 'holiday', '劳动节'],
  ['2025-05-05', 'holiday', '劳动节'],
  ['2025-05-31', 'holiday', '端午节'],
  ['2025-06-01', 'holiday', '端午节'],
  ['2025-06-02', 'holiday', '端午节'],
  ['2025-09-28', 'workday', '国庆节、中秋节调休上班'],
  ['2025-10-01', 'holiday', '国庆节、中秋节'],
  ['2025-10-02', 'holiday', '国庆节、中秋节'],
  ['2025-10-03', 'holiday', '国庆节、中秋节'],
  ['2025-10-04', 'holiday', '国庆节、中秋节'],
  ['2025-10-05', 'holiday', '国庆节、中秋节'],
  ['2025-10-06', 'holiday', '国庆节、中秋节'],
  ['2025-10-07', 'holiday', '国庆节、中秋节'],
  ['2025-10-08', 'holiday', '国庆节、中秋节'],
  ['2025-10-11', 'workday', '国庆节、中秋节调休上班'],
  ['2026-01-01', 'holiday', '元旦'],
  ['2026-01-02', 'holiday', '元旦'],
  ['2026-01-03', 'holiday', '元旦'],
  ['2026-01-04', 'workday', '元旦调休上班'],
  ['2026-02-14', 'workday', '春节调休上班'],
  ['2026-02-15', 'holiday', '春节'],
  ['2026-02-16', 'holiday', '春节'],
  ['2026-02-17', 'holiday', '春节'],
  ['2026-02-18', 'holiday', '春节'],
  ['2026-02-19', 'holiday', '春节'],
  ['2026-02-20', 'holiday', '春节'],
  ['2026-02-21', 'holiday', '春节'],
  ['2026-02-22', 'holiday', '春节'],
  ['2026-02-23', 'holiday', '春节'],
  ['2026-02-28', 'workday', '春节调休上班'],
  ['2026-04-04', 'holiday', '清明节'],
  ['2026-04-05', 'holiday', '清明节'],
  ['2026-04-06', 'holiday', '清明节'],
  ['2026-05-01', 'holiday', '劳动节'],
  ['2026-05-02', 'holiday', '劳动节'],
  ['2026-05-03', 'holiday', '劳动节'],
  ['2026-05-04', 'holiday', '劳动节'],
  ['2026-05-05', 'holiday', '劳动节'],
  ['2026-05-09', 'workday', '劳动节调休上班'],
  ['2026-06-19', 'holiday', '端午节'],
  ['2026-06-20', 'holiday', '端午节'],
  ['2026-06-21', 'holiday', '端午节'],
  ['2026-09-20', 'workday', '国庆节调休上班'],
  ['2026-09-25', 'holiday', '中秋节'],
  ['2026-09-26', 'holiday', '中秋节'],
  ['2026-09-27', 'holiday', '中秋节'],
  ['2026-10-01', 'holiday', '国庆节'],
  ['2026-10-02', 'holiday', '国庆节'],
  ['2026-10-03', 'holiday', '国庆节'],
  ['2026-10-04', 'holiday', '国庆节'],
  ['2026-10-05', 'holiday', '国庆节'],
  ['2026-10-06', 'holiday', '国庆节'],
  ['2026-10-07', 'holiday', '国庆节'],
  ['2026-10-10', 'workday', '国庆节调休上班'],
];

/** The district calendar: exceptions to "Monday–Friday work, Saturday–Sunday rest". */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(oneOf('kind', ['holiday', 'workday']))))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql.raw(oneOf('source', ['official', 'admin']))))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = '2026-11-25T00:00:00.000Z';
  await db
    .insertInto('calendar_days')
    .values(
      OFFICIAL_CALENDAR.map(([day, kind, name]) => ({
        day,
        kind,
        name,
        source: 'official',
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_days').execute();
}
