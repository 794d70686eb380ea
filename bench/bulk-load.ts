/**
 * What the bench does to its database around seeding, so that loading is quick and what
 * is measured afterwards runs under the application's own settings and indexes:
 * - SQLite: everything in one transaction, with a page cache (4 GiB at most) that holds it,
 *   on the bench's connection only: with the default 2 MiB cache and a commit per batch,
 *   random UUID keys make every batch rewrite most pages of every index. The cache is put
 *   back afterwards and the WAL checkpointed and truncated. No ANALYZE: the application
 *   never runs one.
 * - PostgreSQL: the secondary indexes of the tables being loaded are dropped and rebuilt
 *   afterwards from their own definitions (as pg_restore does; constraint indexes stay),
 *   then VACUUM ANALYZE, which autovacuum does in production (this server may run with
 *   autovacuum off; the bench prints its setting).
 */
import { sql } from 'kysely';
import type { BenchDatabase } from './database.ts';

const LOADED_TABLES = [
  'cases',
  'case_orgs',
  'case_parties',
  'case_simhash_bands',
  'case_events',
  'audit_log',
];

export interface BulkLoad {
  /** Batches of the seeder per transaction. */
  batchesPerTransaction: number;
  /** Puts the connection's settings and the indexes back. */
  end(): Promise<void>;
}

export async function beginBulkLoad(bench: BenchDatabase): Promise<BulkLoad> {
  if (bench.dialect === 'postgres') return dropSecondaryIndexes(bench);
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

async function dropSecondaryIndexes(bench: BenchDatabase): Promise<BulkLoad> {
  const { rows: indexes } = await sql<{ indexname: string; indexdef: string }>`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = any(${LOADED_TABLES})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
    order by i.indexname`.execute(bench.db);
  for (const { indexname } of indexes) await sql`drop index ${sql.id(indexname)}`.execute(bench.db);
  return {
    batchesPerTransaction: 1,
    end: () =>
      bench.db.connection().execute(async (conn) => {
        await sql`set maintenance_work_mem = '512MB'`.execute(conn);
        for (const { indexdef } of indexes) await sql.raw(indexdef).execute(conn);
        await sql`reset maintenance_work_mem`.execute(conn);
      }),
  };
}

/** Leaves the database as a long-running installation would be; returns a note on what was done. */
export async function settleAfterLoad(bench: BenchDatabase): Promise<string> {
  if (bench.dialect === 'postgres') {
    const { rows } = await sql<{ autovacuum: string }>`show autovacuum`.execute(bench.db);
    await sql`vacuum analyze`.execute(bench.db);
    return `indexes rebuilt, VACUUM ANALYZE run (server autovacuum = ${rows[0]?.autovacuum ?? '?'})`;
  }
  await sql`pragma wal_checkpoint(truncate)`.execute(bench.db);
  return 'WAL checkpointed; no ANALYZE (the application runs none)';
}
