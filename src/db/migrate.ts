/** Runs the migrations with Kysely's migrator: at start, in `fengqiao migrate` and per test database. */
import { Migrator, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return (result.results ?? []).map((r) => `${r.direction} ${r.migrationName}: ${r.status}`);
}

/** Migrates to the latest version; returns one line per migration applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return check(await migrator(db).migrateToLatest());
}

/** Rolls every migration back (CI runs up → down → up). */
export async function migrateDownAll(db: Db): Promise<string[]> {
  const lines: string[] = [];
  for (;;) {
    const result = await migrator(db).migrateDown();
    const applied = check(result);
    if (applied.length === 0) return lines;
    lines.push(...applied);
  }
}
