/**
 * One dialect's run: a fresh database with the demo district, `--size` seeded cases, then
 * search, related-case detection and registrations, each printed as it finishes. The
 * database is dropped at the end, whatever happens.
 */
import type { RegisterCaseBody } from '../src/modules/cases/index.ts';
import { beginBulkLoad, settleAfterLoad } from './bulk-load.ts';
import { createBenchDatabase, type Dialect } from './database.ts';
import { createCaseGenerator } from './generate.ts';
import type { BenchOptions } from './options.ts';
import { benchRegistration, type RegistrationPayloads } from './registration-bench.ts';
import { benchRelated } from './related-bench.ts';
import {
  DIALECT_NAMES,
  printRegistration,
  printStatementProfile,
  printRelated,
  printSearch,
  printSeed,
  type DialectResult,
} from './report.ts';
import { benchSearch, SEARCH_QUERIES } from './search-bench.ts';
import { seedCases } from './seed.ts';
import { int, seconds, timed } from './stats.ts';
import { BENCH_SECRET, buildWorld } from './world.ts';

/** Registers a clean-up to run if the bench is interrupted; returns its removal. */
export type Track = (cleanup: () => Promise<void>) => () => void;

export async function benchDialect(
  dialect: Dialect,
  options: BenchOptions,
  track: Track,
): Promise<DialectResult> {
  const started = performance.now();
  console.log(`\n=== ${DIALECT_NAMES[dialect]} ===`);
  const bench = await createBenchDatabase(dialect, options.postgresUrl);
  const untrack = track(bench.drop);
  try {
    const world = await buildWorld(bench);
    console.log(
      `  fresh database with the demo district (${world.grids.length} grids); seeding ${int(options.size)} cases over ${options.days} days…`,
    );
    const load = await beginBulkLoad(bench);
    let nextMark = 0.25;
    const seed = await seedCases(bench.db, world, {
      size: options.size,
      seed: options.seed,
      days: options.days,
      secret: BENCH_SECRET,
      batchesPerTransaction: load.batchesPerTransaction,
      onProgress: (done) => {
        if (done < options.size && done >= nextMark * options.size) {
          console.log(`  … ${int(done)} cases (${seconds(performance.now() - started)})`);
          while (done >= nextMark * options.size) nextMark += 0.25;
        }
      },
    });
    const settle = await timed(async () => {
      await load.end();
      return settleAfterLoad(bench);
    });
    printSeed(seed, { note: settle.value, ms: settle.ms });

    // New registrations continue the seeding generator, so some applicants come back and
    // the same companies are complained about again, as they would be.
    const generator = createCaseGenerator(options.seed, world.grids);
    const then = new Date();
    for (let i = 0; i < options.size; i++) generator.next(then);
    const take = (n: number): RegisterCaseBody[] =>
      Array.from({ length: n }, () => generator.next(new Date()));
    const relatedInputs = take(options.relatedSamples);
    const payloads: RegistrationPayloads = {
      warmup: take(options.warmupRequests),
      http: take(options.requests),
      direct: take(options.requests),
      directWithGet: take(Math.ceil(options.requests / 5)),
      directConcurrent: take(Math.ceil(options.requests / 5)),
      profiled: take(Math.ceil(options.requests / 10)),
    };

    console.log(
      `\n  searching: ${SEARCH_QUERIES.length} queries in turn, ${options.searchQueries}+ searches or ${options.phaseSeconds} s…`,
    );
    const search = await benchSearch(
      { ...world.system, actor: world.leader },
      bench.db,
      options.searchQueries,
      options.phaseSeconds * 1000,
    );
    printSearch(search, options.size);

    const clerk = { ...world.system, actor: world.intake };
    const related = await benchRelated(clerk, relatedInputs, options.phaseSeconds * 1000);
    printRelated(related, options.size);

    console.log(
      `\n  registering ${int(options.requests)} cases over HTTP (${options.concurrency} clients), then in process…`,
    );
    const registration = await benchRegistration(bench, clerk, payloads, options, track);
    printRegistration(registration, dialect, {
      requests: options.requests,
      seconds: options.registrationSeconds,
    });
    printStatementProfile(registration.profile);

    const totalMs = performance.now() - started;
    console.log(`\n  ${DIALECT_NAMES[dialect]} done in ${seconds(totalMs)}`);
    return { dialect, size: options.size, seed, settleMs: settle.ms, search, related, registration, totalMs };
  } finally {
    await bench.drop();
    untrack();
  }
}
