/**
 * The few dialect-specific fragments (STYLE.md §8). Everything else is portable SQL
 * built with Kysely; anything here is tested on both databases.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';

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

/**
 * Claims rows for this process only (the job runner, the outbox). PostgreSQL: `FOR UPDATE
 * SKIP LOCKED`, so concurrent claimers take different rows without waiting for each other.
 * SQLite has no row locks and needs none: run the claim inside `inWriteTransaction`, whose
 * writer lock keeps every other process out until the claimed rows are marked.
 */
export function forUpdateSkipLocked<DB, TB extends keyof DB, O>(
  db: Kysely<any>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate().skipLocked() : query;
}

/**
 * A transaction that holds the write lock from its first statement: `BEGIN IMMEDIATE` on
 * SQLite, where a deferred transaction that read first and then writes fails with
 * SQLITE_BUSY when another process wrote in between (a claim is exactly read-then-write);
 * an ordinary transaction on PostgreSQL. Joins the current transaction when `db` is one.
 * `fn` must not open a nested transaction.
 */
export async function inWriteTransaction<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction || isPostgres(db)) return inTransaction(db, fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}

/** Runs `fn` in a transaction, joining the current one when `db` already is one. */
export async function inTransaction<DB, T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/**
 * Full-text match of cases by search terms (src/text): SQLite FTS5 or a PostgreSQL
 * tsvector ('simple' configuration). Adds the join that filters to matching cases and
 * returns the relevance expression, higher is better, as a double on both databases.
 */
export function joinCaseTextSearch<QB extends SelectQueryBuilder<any, any, any>>(
  db: Kysely<any>,
  query: QB,
  terms: string[],
): { query: QB; rank: RawBuilder<number> } {
  if (isPostgres(db)) {
    const tsquery = terms.map((t) => `'${t}'`).join(' & ');
    const joined = query.innerJoin(
      sql`(select to_tsquery('simple', ${tsquery}) as query)`.as('fts'),
      (join: any) => join.on(sql`cases.search_vector @@ fts.query`),
    ) as QB;
    return { query: joined, rank: sql<number>`ts_rank(cases.search_vector, fts.query)::float8` };
  }
  const match = terms.map((t) => `"${t}"`).join(' ');
  const joined = query.innerJoin(
    sql`(select rowid as fts_rowid, -bm25(cases_fts) as fts_rank from cases_fts where cases_fts match ${match})`.as(
      'fts',
    ),
    (join: any) => join.on(sql`fts.fts_rowid = cases.rowid`),
  ) as QB;
  return { query: joined, rank: sql<number>`fts.fts_rank` };
}

/** Calendar buckets of the statistics (DESIGN.md §5), always in Asia/Shanghai. */
export type BucketUnit = 'day' | 'week' | 'month';

/**
 * The Asia/Shanghai bucket of a column, as text: `YYYY-MM-DD` for a day, the Monday
 * `YYYY-MM-DD` starting an ISO week, `YYYY-MM` for a month. `kind` says what the column
 * holds: an instant (ISO-8601 UTC text, shifted by +8 hours, the zone has no daylight
 * saving) or a local date (`YYYY-MM-DD`, taken as it is).
 */
export function localBucket(
  db: Kysely<any>,
  column: RawBuilder<unknown> | ReturnType<typeof sql.ref>,
  unit: BucketUnit,
  kind: 'instant' | 'date',
): RawBuilder<string> {
  if (isPostgres(db)) {
    const local =
      kind === 'instant'
        ? sql`((${column})::timestamptz at time zone 'Asia/Shanghai')`
        : sql`((${column})::date)::timestamp`;
    if (unit === 'week') return sql<string>`to_char(date_trunc('week', ${local}), 'YYYY-MM-DD')`;
    return sql<string>`to_char(${local}, ${sql.lit(unit === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM')})`;
  }
  const shift = kind === 'instant' ? sql`, '+8 hours'` : sql``;
  if (unit === 'week') return sql<string>`date(${column}${shift}, 'weekday 0', '-6 days')`;
  return sql<string>`strftime(${sql.lit(unit === 'day' ? '%Y-%m-%d' : '%Y-%m')}, ${column}${shift})`;
}

/**
 * The text value of a top-level key of a JSON text column (`null` when absent):
 * `json_extract` on SQLite, `->>` on PostgreSQL. `key` is a plain identifier.
 */
export function jsonText(
  db: Kysely<any>,
  column: RawBuilder<unknown> | ReturnType<typeof sql.ref>,
  key: string,
): RawBuilder<string | null> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new RangeError(`not a plain JSON key: ${key}`);
  return isPostgres(db)
    ? sql<string | null>`((${column})::jsonb ->> ${sql.lit(key)})`
    : sql<string | null>`json_extract(${column}, ${sql.lit(`$.${key}`)})`;
}
