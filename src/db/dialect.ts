/**
 * The few dialect-specific fragments (STYLE.md §8). Everything else is portable SQL
 * built with Kysely; anything here is tested on both databases.
 */
import { PostgresAdapter, type Kysely, type SelectQueryBuilder } from 'kysely';

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Locks the selected rows until the transaction ends on PostgreSQL. SQLite needs no
 * row lock: a write transaction already holds the database's single writer lock, and
 * Kysely runs one transaction at a time on the connection.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  db: Kysely<any>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate() : query;
}

/** Runs `fn` in a transaction, joining the current one when `db` already is one. */
export async function inTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
