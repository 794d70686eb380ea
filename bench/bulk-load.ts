/**
 * What the bench does to its database around seeding, so that what is measured afterwards
 * runs under the application's own settings:
 * - SQLite: everything in one transaction, with a page cache (4 GiB at most) that holds it,
 *   on the bench's connection only: with the default 2 MiB cache and a commit per batch,
 *   random UUID keys make every batch rewrite most pages of every index. The cache is put
 *   back afterwards and the WAL checkpointed and truncated. No ANALYZE: the application
 *   never runs one.
 * - PostgreSQL: VACUUM ANALYZE after loading, which autovacuum does in production (this
 *   server may run with autovacuum off; the bench prints its setting).
 */
import { sql } from 'kysely';
import type { BenchDatabase } from './database.ts';

export interface BulkLoad {
  /** Batches of the seeder per transaction. */
  batchesPerTransaction: number;
  /** Puts the connection's settings back. */
  end(): Promise<void>;
}

export async function beginBulkLoad(bench: BenchDatabase): Promise<BulkLoad> {
  if (bench.dialect === 'postgres') return { batchesPerTransaction: 1, end: async () => {} };
  const { rows } = await sql<{ cacheSize: number }>`pragma cache_size`.execute(bench.db);
  const previous = Number(rows[0]?.cacheSize ?? -2000);
  await sql.raw('pragma cache_size = -4194304').execute(bench.db);
  return {
    batchesPerTransaction: Number.POSITIVE_INFINITY,
    end: async () => {
      await sql.raw(`pragma cache_size = ${previous}`).execute(bench.db);
    },
  };
}

/** Leaves the database as a long-running installation would be; returns a note on what was done. */
export async function settleAfterLoad(bench: BenchDatabase): Promise<string> {
  if (bench.dialect === 'postgres') {
    const { rows } = await sql<{ autovacuum: string }>`show autovacuum`.execute(bench.db);
    await sql`vacuum analyze`.execute(bench.db);
    return `VACUUM ANALYZE run (server autovacuum = ${rows[0]?.autovacuum ?? '?'})`;
  }
  await sql`pragma wal_checkpoint(truncate)`.execute(bench.db);
  return 'WAL checkpointed; no ANALYZE (the application runs none)';
}
