/**
 * The statistics benchmark (issue 7, "Speed"), one dialect per call: a fresh database
 * with the demo district and `--stats-size` cases over three years (stats-seed.ts), the
 * daily counts built from scratch, then each measured call repeated: the summary of the
 * whole district for the last full month, of one street for the last twelve full months
 * (by place and by handler), a breakdown by category, the summary just after a new
 * registration (so the marked day is recounted first), and a monthly report rendered as
 * Word and Excel. Prints p50/p95 against the aims; asserts nothing.
 */
import type { ServiceContext } from '../src/lib/context.ts';
import { registerCase } from '../src/modules/cases/index.ts';
import { statsBreakdown, statsSummary } from '../src/modules/stats/index.ts';
import { addMonths, monthEnd } from '../src/modules/stats/period.ts';
import { renderReport } from '../src/modules/stats/reports.service.ts';
import { rebuildDailyCounts } from '../src/modules/stats/stats-aggregate.service.ts';
import { localDate } from '../src/lib/time.ts';
import { beginBulkLoad, settleAfterLoad } from './bulk-load.ts';
import { createBenchDatabase, type Dialect } from './database.ts';
import { createCaseGenerator } from './generate.ts';
import type { Track } from './bench-dialect.ts';
import { DIALECT_NAMES } from './report.ts';
import { seedStatsCases } from './stats-seed.ts';
import { int, ms, printTable, seconds, summarize, timed, verdict, type Summary } from './stats.ts';
import { buildWorld } from './world.ts';

export const STATS_AIMS = { summaryMs: 200, monthlyReportMs: 5_000 } as const;
const DAYS = 3 * 365;

export interface StatsMeasure {
  name: string;
  aimMs: number | null;
  summary: Summary;
}

export interface StatsBenchResult {
  dialect: Dialect;
  size: number;
  seedMs: number;
  buildMs: number;
  measures: StatsMeasure[];
  loadAverage: string;
}

/** Times `fn` `times` times after one warm-up run (plans, page cache); `prepare` runs untimed before each. */
async function sample(
  times: number,
  fn: () => Promise<unknown>,
  prepare?: () => Promise<unknown>,
): Promise<Summary> {
  await prepare?.();
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    await prepare?.();
    samples.push((await timed(fn)).ms);
  }
  return summarize(samples);
}

export async function benchStats(
  dialect: Dialect,
  opts: { size: number; seed: number; postgresUrl: string; repeats: number; loadAverage: () => string },
  track: Track,
): Promise<StatsBenchResult> {
  console.log(`\n=== Statistics, ${DIALECT_NAMES[dialect]} ===`);
  const bench = await createBenchDatabase(dialect, opts.postgresUrl);
  const untrack = track(bench.drop);
  try {
    const world = await buildWorld(bench);
    const end = new Date(Date.now() - 3_600_000);
    console.log(`  seeding ${int(opts.size)} cases over ${DAYS} days across ${world.grids.length} grids…`);
    const load = await beginBulkLoad(bench);
    const seed = await seedStatsCases(bench, world, {
      size: opts.size,
      days: DAYS,
      seed: opts.seed,
      end,
      onProgress: (done) => {
        if (done % 200_000 === 0) console.log(`  … ${int(done)} cases`);
      },
    });
    const settle = await timed(async () => {
      await load.end();
      return settleAfterLoad(bench);
    });
    console.log(
      `  seeded ${int(seed.cases)} cases, ${int(seed.rows)} rows in all, in ${seconds(seed.ms)}; ${settle.value} in ${seconds(settle.ms)}`,
    );
    const build = await timed(() => rebuildDailyCounts(bench.db));
    const { n } = (await bench.db
      .selectFrom('statsDailyCounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()) as { n: number | string };
    console.log(`  daily counts built from scratch in ${seconds(build.ms)} (${int(Number(n))} rows)`);

    const ctx: ServiceContext = { ...world.system, actor: world.leader };
    const today = localDate(new Date());
    const lastMonth = addMonths(`${today.slice(0, 7)}-01`, -1);
    const month = { from: lastMonth, to: monthEnd(lastMonth) };
    const year = { from: addMonths(lastMonth, -11), to: month.to };
    const street = [...world.streets.values()][0]!;
    const district = world.leader.orgId;
    const generator = createCaseGenerator(opts.seed + 1, world.grids);
    const clerk = { ...world.system, actor: world.intake };
    const measures: StatsMeasure[] = [];
    const measure = async (
      name: string,
      aimMs: number | null,
      times: number,
      fn: () => Promise<unknown>,
      prepare?: () => Promise<unknown>,
    ) => {
      const summary = await sample(times, fn, prepare);
      measures.push({ name, aimMs, summary });
      console.log(`  ${name}: p50 ${ms(summary.p50)} ms, p95 ${ms(summary.p95)} ms (${summary.n} runs)`);
    };
    const r = opts.repeats;
    await measure(`summary, district, month ${month.from.slice(0, 7)}, place`, STATS_AIMS.summaryMs, r, () =>
      statsSummary(ctx, { orgId: district, ...month, view: 'place' }),
    );
    await measure(`summary, one street, year to ${year.to.slice(0, 7)}, place`, STATS_AIMS.summaryMs, r, () =>
      statsSummary(ctx, { orgId: street.id, ...year, view: 'place' }),
    );
    await measure(
      `summary, one street, year to ${year.to.slice(0, 7)}, handler`,
      STATS_AIMS.summaryMs,
      r,
      () => statsSummary(ctx, { orgId: street.id, ...year, view: 'handler' }),
    );
    await measure('summary, district, month, category 劳动 (counted directly)', null, Math.min(r, 5), () =>
      statsSummary(ctx, { orgId: district, ...month, category: 'labour' }),
    );
    await measure(
      'summary, district, month, right after a registration (its day recounted first)',
      STATS_AIMS.summaryMs,
      Math.min(r, 10),
      () => statsSummary(ctx, { orgId: district, ...month }),
      () => registerCase(clerk, generator.next(new Date())),
    );
    await measure('breakdown by category, district, month', null, Math.min(r, 5), () =>
      statsBreakdown(ctx, { orgId: district, ...month, by: 'category' }),
    );
    const org = { id: district, name: '示范区', path: world.leader.orgPath };
    await measure('monthly report (docx + xlsx)', STATS_AIMS.monthlyReportMs, 3, () =>
      renderReport(ctx, 'monthly', month, org),
    );
    return {
      dialect,
      size: opts.size,
      seedMs: seed.ms,
      buildMs: build.ms,
      measures,
      loadAverage: opts.loadAverage(),
    };
  } finally {
    await bench.drop();
    untrack();
  }
}

/** The summary table: each measured call × dialect, p50/p95 against its aim. */
export function printStatsSummary(results: StatsBenchResult[]): void {
  const rows = results.flatMap((res) =>
    res.measures.map((m) => [
      m.name,
      DIALECT_NAMES[res.dialect],
      ms(m.summary.p50),
      ms(m.summary.p95),
      m.aimMs === null ? '–' : `< ${int(m.aimMs)}`,
      m.aimMs === null ? '' : verdict(m.summary.p95 < m.aimMs),
    ]),
  );
  printTable(
    `Statistics over ${results.map((r) => `${int(r.size)} cases (${DIALECT_NAMES[r.dialect]}, load average after: ${r.loadAverage})`).join('; ')} (ms)`,
    ['call', 'database', 'p50', 'p95', 'aim', 'p95 vs aim'],
    rows,
    [0, 1],
  );
}
