/**
 * Command line: `npx fengqiao <command>`. The one place besides config.ts that reads
 * process.env, and the one place that writes to the console.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { ConfigError, ENV_VARIABLES, loadConfig, type Config } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateDownAll, migrateToLatest } from './db/migrate.ts';
import { systemClock } from './lib/clock.ts';
import type { ServiceContext } from './lib/context.ts';
import { DomainError } from './lib/errors.ts';
import { createLogger } from './server/logger.ts';
import { startServer } from './server/main.ts';
import { createDeps, systemContext } from './server/deps.ts';
import { seedDemoIfEmpty } from './demo/seed-demo.ts';
import { verifyAuditChain } from './modules/audit/index.ts';
import { importOrgs, orgIdsByCode, listRootOrgs } from './modules/orgs/index.ts';
import { formatFromFileName, readTableFile } from './lib/table-file.ts';
import { importCaseRecords, type CaseImportResult } from './modules/cases/index.ts';
import { createUser } from './modules/users/index.ts';
import { runJobsCommand, runWorkerCommand } from './jobs/index.ts';
import { exportReportCommand } from './modules/stats/index.ts';

const HELP = `枫桥 Fengqiao — command line

usage: npx fengqiao <command> [options]

  serve                         start the server (what npm start runs)
  migrate [--down-all]          bring the database schema up to date (or roll it all back)
  seed-demo                     load the demo district 示范区 and demo users into an empty database
  import-orgs FILE [--dry-run]  import organisations from .csv, .xlsx or .json (whole file validated first)
  import-cases FILE [--org CODE] [--skip-bad]
                                import a case ledger (.csv, .xlsx): every row validated first, nothing imported
                                unless all are good; --skip-bad imports the good rows and writes FILE.rejected.csv
  create-user --username U --name N --org CODE --roles r1,r2 [--password P]
                                create a staff user (asks for the password when not given)
  audit-verify                  check the audit trail's hash chain; exits 1 naming the first bad row
  worker [--concurrency N] [--poll-ms MS]
                                run the job runner alone (deadline sweeps, e-mail and webhook deliveries)
  jobs run NAME [--payload JSON]
                                run one job's handler now and print what it did
  jobs list [--limit N] [--status S] [--name NAME]
                                show recent job runs
  export-report --kind daily|weekly|monthly (--month YYYY-MM | --day YYYY-MM-DD) [--org CODE] [--format docx|xlsx] --out FILE
                                write a report (每日简报, 每周交流, 每月分析) as Word or Excel

environment:
${Object.entries(ENV_VARIABLES)
  .map(([k, v]) => `  ${k.padEnd(20)} ${v.description} (default ${v.default})`)
  .join('\n')}
`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function withDb<T>(config: Config, fn: (ctx: ServiceContext, db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(config.db);
  const log = createLogger({ log: { level: config.log.level === 'info' ? 'warn' : config.log.level } });
  try {
    await migrateToLatest(db);
    return await fn(systemContext(createDeps(config, db, systemClock), log), db);
  } finally {
    await db.destroy();
  }
}

function describeError(err: unknown): string {
  if (err instanceof DomainError) {
    const lines = (err.errors ?? []).map(
      (e) => `  ${e.line !== undefined ? `line ${e.line}: ` : ''}${e.detail.replace(/^line \d+: /, '')}`,
    );
    return [err.message, ...lines].join('\n');
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

async function rootOrgCode(ctx: ServiceContext): Promise<string> {
  const roots = (await listRootOrgs(ctx)).map((o) => o.code);
  if (roots.length !== 1) fail(`give --org CODE: the tree has ${roots.length} top-level organisations`);
  return roots[0]!;
}

function rejectedCsv(rejected: CaseImportResult['rejected']): string {
  const columns = [...new Set(rejected.flatMap((r) => Object.keys(r.record.values)))];
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [[...columns, 'line', 'errors'].map(cell).join(',')];
  for (const r of rejected) {
    const errors = r.errors.map((e) => `${e.column}: ${e.detail}`).join('; ');
    lines.push(
      [...columns.map((c) => r.record.values[c] ?? ''), String(r.record.line), errors].map(cell).join(','),
    );
  }
  return '\uFEFF' + lines.join('\n') + '\n';
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }

  switch (command) {
    case 'serve':
      return startServer(config);
    case 'migrate': {
      const { values } = parseArgs({ args: rest, options: { 'down-all': { type: 'boolean' } } });
      const db = openDatabase(config.db);
      try {
        const lines = values['down-all'] ? await migrateDownAll(db) : await migrateToLatest(db);
        console.log(lines.length ? lines.join('\n') : 'the database is up to date');
      } finally {
        await db.destroy();
      }
      return;
    }
    case 'seed-demo':
      return withDb(config, async (ctx) => {
        // One transaction: on an empty database only (it holds no organisation).
        if (!(await seedDemoIfEmpty(ctx, { cases: config.demo.cases })))
          fail('the database already holds organisations; the demo goes only into an empty one');
        console.log(
          `seeded the demo district 示范区 with ${config.demo.cases} cases; demo users sign in with the password fengqiao-demo`,
        );
      });
    case 'import-orgs': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'dry-run': { type: 'boolean' } },
      });
      const file = positionals[0] ?? fail('usage: npx fengqiao import-orgs FILE [--dry-run]', 2);
      return withDb(config, async (ctx) => {
        const result = await importOrgs(
          ctx,
          { format: formatFromFileName(file), content: readFileSync(file) },
          { dryRun: values['dry-run'] ?? false },
        );
        console.log(
          `${result.dryRun ? 'dry run: would create' : 'created'} ${result.created}, ${result.dryRun ? 'update' : 'updated'} ${result.updated}`,
        );
      });
    }
    case 'import-cases': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { org: { type: 'string' }, 'skip-bad': { type: 'boolean' } },
      });
      const file =
        positionals[0] ?? fail('usage: npx fengqiao import-cases FILE [--org CODE] [--skip-bad]', 2);
      return withDb(config, async (ctx) => {
        const records = await readTableFile(formatFromFileName(file), readFileSync(file));
        const orgCode = values.org ?? (await rootOrgCode(ctx));
        const gridCodes = records.flatMap((r) =>
          [r.values.grid_code, r.values['网格编码']].filter((c): c is string => Boolean(c)),
        );
        const ids = await orgIdsByCode(ctx, [orgCode, ...gridCodes]);
        const orgId = ids.get(orgCode) ?? fail(`no organisation with code ${orgCode}`);
        const result = await importCaseRecords(ctx, records, {
          orgId,
          gridIds: ids,
          skipBad: values['skip-bad'] ?? false,
        });
        console.log(`imported ${result.imported} cases`);
        if (result.rejected.length > 0) {
          const out = `${file}.rejected.csv`;
          writeFileSync(out, rejectedCsv(result.rejected));
          console.log(`rejected ${result.rejected.length} rows, written with their errors to ${out}:`);
          for (const r of result.rejected)
            for (const e of r.errors) console.log(`  line ${e.line}: ${e.column}: ${e.detail}`);
        }
      });
    }
    case 'create-user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          name: { type: 'string' },
          org: { type: 'string' },
          roles: { type: 'string' },
          password: { type: 'string' },
        },
      });
      if (!values.username || !values.org || !values.roles)
        fail(
          'usage: npx fengqiao create-user --username U --name N --org CODE --roles r1,r2 [--password P]',
          2,
        );
      const password = values.password ?? (await ask('password (at least 8 characters): '));
      return withDb(config, async (ctx) => {
        const orgId =
          (await orgIdsByCode(ctx, [values.org!])).get(values.org!) ??
          fail(`no organisation with code ${values.org}`);
        const user = await createUser(ctx, {
          username: values.username!,
          displayName: values.name ?? values.username!,
          orgId,
          roles: values.roles!.split(','),
          password,
        });
        console.log(`created ${user.username} (${user.roles.join(', ')}) in ${user.orgName}`);
      });
    }
    case 'audit-verify':
      return withDb(config, async (_ctx, db) => {
        const result = await verifyAuditChain(db);
        if (result.ok) console.log(`audit trail intact: ${result.rows} rows`);
        else
          fail(
            `audit trail broken at row ${result.firstBad.seq}: ${result.firstBad.reason} (${result.rows} rows before it are intact)`,
          );
      });
    case 'export-report':
      return withDb(config, async (ctx) => {
        const result = await exportReportCommand(ctx, rest);
        if (result.code !== 0) fail(result.text, result.code);
        writeFileSync(result.out, result.bytes);
        console.log(result.text);
      });
    case 'worker':
      return runWorkerCommand(config, rest);
    case 'jobs': {
      const { text, code } = await runJobsCommand(config, rest);
      if (code !== 0) fail(text, code);
      console.log(text);
      return;
    }
    default:
      fail(`unknown command "${command}"\n\n${HELP}`, 2);
  }
}

main(process.argv.slice(2)).catch((err) => fail(describeError(err)));
