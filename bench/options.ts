/**
 * Bench options from the command line, or the environment for CI:
 *   --size N        cases present for search and related-case detection (BENCH_SIZE, default 200,000)
 *   --dialect D     sqlite, postgres or both (BENCH_DIALECT, default both)
 *   --quick         a smoke run: 5,000 cases, 500 registrations (BENCH_QUICK=1)
 *   --requests N    registrations over HTTP, and again directly (BENCH_REQUESTS, default 5,000)
 *   --seconds N     time cap of each registration run (BENCH_SECONDS, default 15; 8 with --quick)
 *   --seed N        the data generator's seed (BENCH_SEED, default 20261125)
 *   --only P        run only part P: search (search, related cases, registration) or stats
 *                   (BENCH_ONLY, default both parts)
 *   --stats-size N  cases of the statistics part (BENCH_STATS_SIZE, default 1,000,000; 20,000 with --quick)
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), an
 * account that may create databases; the bench makes a fresh one and drops it.
 */
import { parseArgs } from 'node:util';
import type { Dialect } from './database.ts';

export interface BenchOptions {
  size: number;
  dialects: Dialect[];
  isQuick: boolean;
  requests: number;
  /** Each registration run stops after its requests or this many seconds. */
  registrationSeconds: number;
  warmupRequests: number;
  concurrency: number;
  /** Measured search queries (each query of the set, repeated), unless `phaseSeconds` runs out first. */
  searchQueries: number;
  relatedSamples: number;
  /** Time cap of the search phase and of each related-case pass. */
  phaseSeconds: number;
  /** Registrations spread over this many days before now. */
  days: number;
  seed: number;
  postgresUrl: string;
  /** Which parts run. */
  parts: ('search' | 'stats')[];
  statsSize: number;
  /** Measured runs of each statistics call. */
  statsRepeats: number;
}

export const HELP = `npm run bench -- [--size N] [--dialect sqlite|postgres|both] [--quick] [--requests N] [--seconds N] [--seed N] [--only search|stats] [--stats-size N]`;

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${text}"`);
  return value;
}

export function readOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string' },
      dialect: { type: 'string' },
      quick: { type: 'boolean' },
      requests: { type: 'string' },
      seconds: { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' },
      'stats-size': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const isQuick = values.quick === true || ['1', 'true', 'yes'].includes(env.BENCH_QUICK ?? '');
  const dialect = values.dialect ?? env.BENCH_DIALECT ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(dialect))
    throw new Error(`--dialect must be sqlite, postgres or both, got "${dialect}"`);
  const only = values.only ?? env.BENCH_ONLY;
  if (only !== undefined && !['search', 'stats'].includes(only))
    throw new Error(`--only must be search or stats, got "${only}"`);
  const requests = positive('--requests', values.requests ?? env.BENCH_REQUESTS, isQuick ? 500 : 5_000);
  return {
    size: positive('--size', values.size ?? env.BENCH_SIZE, isQuick ? 5_000 : 200_000),
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as Dialect],
    isQuick,
    requests,
    registrationSeconds: positive('--seconds', values.seconds ?? env.BENCH_SECONDS, isQuick ? 8 : 15),
    warmupRequests: Math.min(200, Math.ceil(requests / 10)),
    concurrency: 16,
    searchQueries: 220,
    relatedSamples: isQuick ? 200 : 300,
    phaseSeconds: isQuick ? 15 : 30,
    days: 730,
    seed: positive('--seed', values.seed ?? env.BENCH_SEED, 20261125),
    postgresUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    parts: only ? [only as 'search' | 'stats'] : ['search', 'stats'],
    statsSize: positive(
      '--stats-size',
      values['stats-size'] ?? env.BENCH_STATS_SIZE,
      isQuick ? 20_000 : 1_000_000,
    ),
    statsRepeats: isQuick ? 5 : 20,
  };
}
