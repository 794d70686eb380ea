/**
 * `npm run bench`: how fast Fengqiao registers and finds cases, on SQLite and PostgreSQL.
 * Prints figures and ratios beside the aims; asserts nothing (DEVELOPERS: speed is
 * measured by benchmarks, never by timed assertions in tests). Options: bench/options.ts.
 * Everything runs on 127.0.0.1 in fresh databases that are dropped at the end.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { probePostgres } from './database.ts';
import { benchDialect, type Track } from './bench-dialect.ts';
import { HELP, readOptions } from './options.ts';
import { printSummary, type DialectResult } from './report.ts';
import { int, seconds } from './stats.ts';
import { benchStats, printStatsSummary, type StatsBenchResult } from './stats-bench.ts';

const cleanups = new Set<() => Promise<void>>();
const track: Track = (cleanup) => {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
};

async function cleanUpAndExit(signal: string): Promise<void> {
  console.error(`\n${signal}: stopping the server and dropping the bench database…`);
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
  process.exit(130);
}
process.once('SIGINT', () => void cleanUpAndExit('SIGINT'));
process.once('SIGTERM', () => void cleanUpAndExit('SIGTERM'));

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${HELP}`);
    process.exit(2);
  }
  const started = performance.now();
  console.log('Fengqiao bench');
  console.log(
    `  ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${int(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
      `${options.isQuick ? 'quick run, ' : ''}${int(options.size)} cases, ${int(options.requests)} registrations, seed ${options.seed}`,
  );
  console.log(`  load average at start: ${loadAverage()} (other work on this machine skews every figure)`);
  const results: DialectResult[] = [];
  const statsResults: StatsBenchResult[] = [];
  for (const dialect of options.dialects) {
    if (dialect === 'postgres') {
      const problem = await probePostgres(options.postgresUrl);
      if (problem) {
        console.log(
          `\n=== PostgreSQL ===\n  skipped: PostgreSQL is unreachable at ${options.postgresUrl.replace(/\/\/[^@]*@/, '//…@')} (${problem})`,
        );
        continue;
      }
    }
    if (options.parts.includes('search')) results.push(await benchDialect(dialect, options, track));
    if (options.parts.includes('stats'))
      statsResults.push(
        await benchStats(
          dialect,
          {
            size: options.statsSize,
            seed: options.seed,
            postgresUrl: options.postgresUrl,
            repeats: options.statsRepeats,
            loadAverage,
          },
          track,
        ),
      );
  }
  if (results.length > 0) printSummary(results);
  if (statsResults.length > 0) printStatsSummary(statsResults);
  console.log(`\nbench finished in ${seconds(performance.now() - started)}; load average ${loadAverage()}`);
}

main().then(
  () => process.exit(0),
  async (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
    process.exit(1);
  },
);
