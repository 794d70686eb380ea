/**
 * The process: config → database → migrate → demo seed → web build → app → listen,
 * and a clean close on SIGINT/SIGTERM (fastify/demo `server.ts`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../lib/clock.ts';
import { seedDemoIfEmpty } from '../demo/seed-demo.ts';
import { countDemoUsers } from '../modules/users/index.ts';
import { buildApp } from './app.ts';
import { WEB_DIST } from './plugins/web-static.ts';
import { createLogger } from './logger.ts';
import { createDeps, systemContext } from './deps.ts';
import { startWorker, type Worker } from '../jobs/index.ts';

/** Builds the web pages with Vite when dist/web is missing (first `npm start`). */
export async function ensureWebBuilt(log: { info: (msg: string) => void }): Promise<void> {
  if (existsSync(resolve(WEB_DIST, 'index.html'))) return;
  log.info('building the web pages (first start)…');
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn' });
}

export async function startServer(config: Config): Promise<void> {
  const log = createLogger(config);
  const db = openDatabase(config.db, {
    onIdleError: (err) => log.warn({ err }, 'an idle database connection failed; it will be replaced'),
  });
  for (const line of await migrateToLatest(db)) log.info(line);
  const deps = createDeps(config, db, systemClock);
  const ctx = systemContext(deps, log);

  if (config.security.isSecretGenerated)
    log.warn(
      { file: `${config.dataDir}/secret` },
      'FENGQIAO_SECRET was not set: generated one; back this file up',
    );
  if (config.demo.seed && (await seedDemoIfEmpty(ctx, { cases: config.demo.cases })))
    log.info({ cases: config.demo.cases }, 'seeded the demo district 示范区, its users and cases');
  const demoUsers = await countDemoUsers(ctx);
  if (demoUsers > 0) {
    if (config.isProduction) {
      log.fatal(
        { demoUsers },
        'demo users exist (password fengqiao-demo): refusing to start with NODE_ENV=production; deactivate or remove them',
      );
      await db.destroy();
      process.exitCode = 1;
      return;
    }
    log.warn(
      { demoUsers },
      'demo users with the public password fengqiao-demo exist: never run this database in production',
    );
  }

  if (config.web.serve) await ensureWebBuilt(log);
  const server = await buildApp(deps, {
    serveWeb: config.web.serve,
    logger: log,
  });
  let worker: Worker | null = null;
  const close = async (signal: string) => {
    server.log.info({ signal }, 'shutting down');
    await server.close();
    await worker?.stop();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  await server.listen({ port: config.http.port, host: config.http.host });
  // The job runner in this process (FENGQIAO_WORKER=false leaves it to `fengqiao worker`).
  if (config.worker.enabled) worker = startWorker(deps, { log: log.child({ component: 'jobs' }) });
}
