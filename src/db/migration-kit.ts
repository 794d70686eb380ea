/**
 * The only import a migration may have: small builders that keep columns portable
 * across SQLite and PostgreSQL (text ids, ISO text instants, 0/1 booleans).
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

export { sql } from 'kysely';
export type { Kysely };

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** `id text primary key` plus created_at/updated_at text columns. */
export function withIdAndTimestamps<T extends string>(
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id' | 'created_at' | 'updated_at'> {
  return table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/** SQL for a CHECK that `column` is one of `values`. */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} in (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}
