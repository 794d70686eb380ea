/**
 * Registrations per second: over HTTP against a real server process (16 clients, the
 * intake clerk's session cookie), then in this process through `registerCase` — the
 * "direct insert" the HTTP figure is compared with — and two variants that tell where the
 * difference goes: `registerCase` + `getCase` (all the POST handler does) and 16
 * concurrent `registerCase` calls; last, registrations with every statement timed, to show
 * where the time goes. Each run stops after its payloads or its time cap
 * (`--seconds`), whichever comes first; the count done is printed.
 */
import { DEMO_PASSWORD } from '../src/demo/seed-demo.ts';
import type { RegisterCaseBody } from '../src/modules/cases/index.ts';
import type { ServiceContext } from '../src/lib/context.ts';
import type { BenchDatabase } from './database.ts';
import type { BenchOptions } from './options.ts';
import { registerDirectly } from './direct-insert.ts';
import { registerOverHttp, signIn } from './http-load.ts';
import { startServer } from './server-process.ts';
import { StatementProfile, type StatementFigures } from './statement-profile.ts';
import { summarize, type Summary } from './stats.ts';
import { BENCH_SECRET } from './world.ts';

export interface RateFigures {
  label: string;
  n: number;
  concurrency: number;
  perSecond: number;
  latency: Summary;
}

export interface RegistrationReport {
  http: RateFigures;
  failed: number;
  firstFailure: string | null;
  direct: RateFigures;
  directWithGet: RateFigures;
  directConcurrent: RateFigures;
  /** One-at-a-time registrations with every statement timed. */
  profile: { registrations: number; totalMs: number; statements: StatementFigures[] };
}

export interface RegistrationPayloads {
  warmup: RegisterCaseBody[];
  http: RegisterCaseBody[];
  direct: RegisterCaseBody[];
  directWithGet: RegisterCaseBody[];
  directConcurrent: RegisterCaseBody[];
  profiled: RegisterCaseBody[];
}

/** Unmeasured registrations first, at most this long. */
const WARMUP_MS = 3_000;

function rate(label: string, concurrency: number, wallMs: number, latencies: number[]): RateFigures {
  return {
    label,
    n: latencies.length,
    concurrency,
    perSecond: (latencies.length / wallMs) * 1000,
    latency: summarize(latencies),
  };
}

export async function benchRegistration(
  bench: BenchDatabase,
  clerk: ServiceContext,
  payloads: RegistrationPayloads,
  options: Pick<BenchOptions, 'concurrency' | 'registrationSeconds'>,
  track: (stop: () => Promise<void>) => () => void,
): Promise<RegistrationReport> {
  const server = await startServer({
    DATABASE_URL: bench.url,
    FENGQIAO_SECRET: BENCH_SECRET,
    FENGQIAO_DATA_DIR: bench.dataDir,
    FENGQIAO_WEB: 'false',
    FENGQIAO_DEMO: 'true',
    LOG_LEVEL: 'warn',
  });
  const untrack = track(server.stop);
  const { concurrency } = options;
  const maxMs = options.registrationSeconds * 1000;
  let http;
  try {
    const cookie = await signIn(server.url, 'intake', DEMO_PASSWORD);
    await registerOverHttp(server.url, cookie, payloads.warmup, concurrency, WARMUP_MS);
    http = await registerOverHttp(server.url, cookie, payloads.http, concurrency, maxMs);
  } finally {
    await server.stop();
    untrack();
  }
  await registerDirectly(clerk, payloads.warmup.slice(0, 50), {
    concurrency: 1,
    withGetCase: false,
    maxMs: WARMUP_MS,
  });
  const direct = await registerDirectly(clerk, payloads.direct, {
    concurrency: 1,
    withGetCase: false,
    maxMs,
  });
  const variant = { maxMs: maxMs / 2 };
  const withGet = await registerDirectly(clerk, payloads.directWithGet, {
    concurrency: 1,
    withGetCase: true,
    ...variant,
  });
  const concurrent = await registerDirectly(clerk, payloads.directConcurrent, {
    concurrency,
    withGetCase: false,
    ...variant,
  });
  const profile = new StatementProfile(clerk.db);
  const profiledClerk = { ...clerk, db: clerk.db.withPlugin(profile) };
  const profiled = await registerDirectly(profiledClerk, payloads.profiled, {
    concurrency: 1,
    withGetCase: false,
    ...variant,
  });
  return {
    profile: {
      registrations: profiled.latencies.length,
      totalMs: profiled.latencies.reduce((sum, x) => sum + x, 0),
      statements: profile.statements(),
    },
    http: rate('HTTP POST /api/v1/cases (server process)', concurrency, http.wallMs, http.latencies),
    failed: http.failed,
    firstFailure: http.firstFailure,
    direct: rate('registerCase() in process — the direct insert', 1, direct.wallMs, direct.latencies),
    directWithGet: rate(
      'registerCase() + getCase() in process (the handler’s work)',
      1,
      withGet.wallMs,
      withGet.latencies,
    ),
    directConcurrent: rate(
      'registerCase() in process, concurrent',
      concurrency,
      concurrent.wallMs,
      concurrent.latencies,
    ),
  };
}
