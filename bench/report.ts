/** The bench's printed tables, one function per part, and the summary against the aims. */
import type { Dialect } from './database.ts';
import type { RegistrationReport } from './registration-bench.ts';
import type { RelatedReport } from './related-bench.ts';
import type { SearchReport } from './search-bench.ts';
import type { SeedReport } from './seed.ts';
import { int, ms, printTable, ratio, seconds, verdict } from './stats.ts';

export const AIMS = {
  httpPerSecondSqlite: 1_000,
  httpOverDirect: 0.5,
  searchP95Ms: 50,
  relatedP95Ms: 5,
} as const;

export const DIALECT_NAMES: Record<Dialect, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export interface DialectResult {
  dialect: Dialect;
  size: number;
  seed: SeedReport;
  settleMs: number;
  search: SearchReport;
  related: RelatedReport;
  registration: RegistrationReport;
  totalMs: number;
}

export function printSeed(report: SeedReport, settle: { note: string; ms: number }): void {
  const perSecond = (report.cases / report.totalMs) * 1000;
  console.log(
    `  seeded ${int(report.cases)} cases with ${int(report.parties)} parties in ${seconds(report.totalMs)} ` +
      `(${int(perSecond)} cases/s; ${seconds(report.insertMs)} of it in INSERTs, rows built meanwhile by two worker threads)`,
  );
  console.log(`  then ${settle.note}: ${seconds(settle.ms)}`);
}

export function printSearch(report: SearchReport, size: number): void {
  const rows = report.perQuery.map((f) => [
    f.q,
    f.kind,
    int(f.matches),
    ms(f.whole.p50),
    ms(f.whole.p95),
    ms(f.page.p50),
    ms(f.count.p50),
  ]);
  rows.push([
    'all queries',
    `${report.overall.n} searches`,
    '',
    ms(report.overall.p50),
    ms(report.overall.p95),
    '',
    '',
  ]);
  printTable(
    `Search: listCases({ q, limit: 20 }) as a district user, over ${int(size)} cases (ms; page and count are listCases' two statements timed alone)`,
    ['q', 'kind', 'matches', 'p50', 'p95', 'page p50', 'count p50'],
    rows,
    [0, 1],
  );
  const isMet = report.overall.p95 < AIMS.searchP95Ms;
  console.log(
    `  aim: p95 < ${AIMS.searchP95Ms} ms over all searches → ${ms(report.overall.p95)} ms: ${verdict(isMet)}`,
  );
  const slow = report.perQuery.filter((f) => f.whole.p95 >= AIMS.searchP95Ms).map((f) => f.q);
  if (slow.length) console.log(`  queries with p95 ≥ ${AIMS.searchP95Ms} ms: ${slow.join(', ')}`);
}

export function printRelated(report: RelatedReport, size: number): void {
  const rows = [
    [
      'findRelatedCases() — whole',
      int(report.samples),
      ms(report.whole.p50),
      ms(report.whole.p95),
      ms(report.whole.mean),
      '',
    ],
    ...report.lookups.map((l) => [
      `  ${l.name}`,
      int(l.calls),
      ms(l.time.p50),
      ms(l.time.p95),
      ms(l.time.mean),
      l.meanRows.toFixed(1),
    ]),
  ];
  printTable(
    `Related-case detection per registration: findRelatedCases() alone on new registrations, ${int(size)} cases present (ms)`,
    ['lookup', 'calls', 'p50', 'p95', 'mean', 'rows'],
    rows,
  );
  const reasons = [...report.reasons].map(([k, v]) => `${k} ${int(v)}`).join(', ');
  console.log(
    `  ${(report.shareLinked * 100).toFixed(0)} % of registrations found related cases (${report.meanLinks.toFixed(1)} links each on average: ${reasons || 'none'}); ` +
      `${(report.shareRepeat * 100).toFixed(1)} % flagged repeat`,
  );
  const isMet = report.whole.p95 < AIMS.relatedP95Ms;
  console.log(
    `  aim: < ${AIMS.relatedP95Ms} ms per registration (p95) → ${ms(report.whole.p95)} ms: ${verdict(isMet)}`,
  );
}

export function printRegistration(
  report: RegistrationReport,
  dialect: Dialect,
  limits: { requests: number; seconds: number },
): void {
  const line = (f: RegistrationReport['http']) => [
    f.label,
    int(f.n),
    String(f.concurrency),
    int(f.perSecond),
    ms(f.latency.p50),
    ms(f.latency.p95),
  ];
  printTable(
    `Registrations (cases/s; latency in ms). Runs stop after ${int(limits.requests)} registrations or ${limits.seconds} s; the two variants after ${limits.seconds / 2} s`,
    ['path', 'n', 'clients', 'cases/s', 'p50', 'p95'],
    [line(report.http), line(report.direct), line(report.directWithGet), line(report.directConcurrent)],
  );
  if (report.failed)
    console.log(`  ${int(report.failed)} HTTP registrations FAILED; first: ${report.firstFailure}`);
  const over = report.http.perSecond / report.direct.perSecond;
  console.log(
    `  HTTP / direct insert = ${ratio(over)}  (aim ≥ ${AIMS.httpOverDirect}: ${verdict(over >= AIMS.httpOverDirect)}); ` +
      `HTTP / (registerCase + getCase) = ${ratio(report.http.perSecond / report.directWithGet.perSecond)}`,
  );
  if (dialect === 'sqlite') {
    const isMet = report.http.perSecond >= AIMS.httpPerSecondSqlite;
    console.log(
      `  aim: ≥ ${int(AIMS.httpPerSecondSqlite)} cases/s over HTTP on SQLite → ${int(report.http.perSecond)}: ${verdict(isMet)}`,
    );
  }
  console.log(
    '  direct insert = registerCase() with the same clerk in this process, one at a time, on the same database (the same validation,\n' +
      '  related-case lookups, transaction, event and audit rows as over HTTP; payloads from the same generator, not the same people).',
  );
}

/** The statements that take most of a registration's time. */
export function printStatementProfile(profile: RegistrationReport['profile'], top = 12): void {
  const n = profile.registrations;
  if (n === 0) return;
  const inStatements = profile.statements.reduce((sum, s) => sum + s.ms, 0);
  const rows = profile.statements
    .slice(0, top)
    .map((s) => [
      s.sql.length > 100 ? `${s.sql.slice(0, 99)}…` : s.sql,
      (s.calls / n).toFixed(2),
      ms(s.ms / n),
      `${((s.ms / profile.totalMs) * 100).toFixed(0)} %`,
    ]);
  rows.push([
    `… ${profile.statements.length - Math.min(top, profile.statements.length)} more statement shapes`,
    '',
    ms(profile.statements.slice(top).reduce((sum, s) => sum + s.ms, 0) / n),
    '',
  ]);
  rows.push([
    'outside statements (JavaScript: validation, text analysis, encryption; COMMIT)',
    '',
    ms((profile.totalMs - inStatements) / n),
    `${(((profile.totalMs - inStatements) / profile.totalMs) * 100).toFixed(0)} %`,
  ]);
  printTable(
    `Where a registration's time goes: registerCase() one at a time, every statement timed (${int(n)} registrations, ${ms(profile.totalMs / n)} ms each)`,
    ['statement', 'per reg.', 'ms/reg.', 'share'],
    rows,
  );
}

export function printSummary(results: DialectResult[]): void {
  if (results.length === 0) return;
  const cell = (r: DialectResult, value: string, isMet?: boolean) =>
    isMet === undefined ? value : `${value} ${isMet ? '✓' : '✗'}`;
  const rows: string[][] = [
    [
      'HTTP registrations',
      `≥ ${int(AIMS.httpPerSecondSqlite)}/s on SQLite`,
      ...results.map((r) =>
        cell(
          r,
          `${int(r.registration.http.perSecond)}/s`,
          r.dialect === 'sqlite' ? r.registration.http.perSecond >= AIMS.httpPerSecondSqlite : undefined,
        ),
      ),
    ],
    [
      'direct registrations (registerCase)',
      '',
      ...results.map((r) => `${int(r.registration.direct.perSecond)}/s`),
    ],
    [
      'HTTP / direct',
      `≥ ${AIMS.httpOverDirect}`,
      ...results.map((r) => {
        const v = r.registration.http.perSecond / r.registration.direct.perSecond;
        return cell(r, ratio(v), v >= AIMS.httpOverDirect);
      }),
    ],
    [
      'HTTP latency p50 / p95',
      '',
      ...results.map(
        (r) => `${ms(r.registration.http.latency.p50)} / ${ms(r.registration.http.latency.p95)} ms`,
      ),
    ],
    [
      'search p50 / p95',
      `p95 < ${AIMS.searchP95Ms} ms`,
      ...results.map((r) =>
        cell(
          r,
          `${ms(r.search.overall.p50)} / ${ms(r.search.overall.p95)} ms`,
          r.search.overall.p95 < AIMS.searchP95Ms,
        ),
      ),
    ],
    [
      'related detection p50 / p95',
      `< ${AIMS.relatedP95Ms} ms`,
      ...results.map((r) =>
        cell(
          r,
          `${ms(r.related.whole.p50)} / ${ms(r.related.whole.p95)} ms`,
          r.related.whole.p95 < AIMS.relatedP95Ms,
        ),
      ),
    ],
    ['seeding (bulk)', '', ...results.map((r) => `${int(r.size)} in ${seconds(r.seed.totalMs)}`)],
    ['time for this dialect', '', ...results.map((r) => seconds(r.totalMs))],
  ];
  printTable(
    'Summary (✓ meets the aim, ✗ misses it)',
    ['figure', 'aim', ...results.map((r) => DIALECT_NAMES[r.dialect])],
    rows,
    [0, 1],
  );
}
