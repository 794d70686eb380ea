/** The room migrations (202611251700–1703) go down and up again on both databases. */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';

const FIRST = '202611251700_create_rooms';
const BEFORE = Object.keys(MIGRATIONS)
  .sort()
  .filter((name) => name < FIRST)
  .at(-1)!;
const TABLES = ['rooms', 'room_messages', 'room_files', 'room_tickets', 'room_drafts', 'room_confirmations'];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function countRows(table: string): Promise<number | 'missing'> {
  try {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    return Number(rows[0]!.n);
  } catch {
    return 'missing';
  }
}

describe('room migrations', () => {
  it('drop every room table going down and create them again going up', async () => {
    for (const table of TABLES) expect(await countRows(table)).toBe(0);
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => MIGRATIONS } });
    const down = await migrator.migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    for (const table of TABLES) expect(await countRows(table)).toBe('missing');
    await migrateToLatest(t.db);
    for (const table of TABLES) expect(await countRows(table)).toBe(0);
  });
});
