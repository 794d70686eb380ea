/**
 * The demo district in a bench database, as the bench needs it: a service context,
 * signed-in actors (intake clerk, district leader, grid worker, street dispatchers), the
 * grids with their bounding boxes, and the registering organisations. Everything is read
 * through the services, as the server would.
 */
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/lib/clock.ts';
import type { Actor, ServiceContext } from '../src/lib/context.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed-demo.ts';
import { demoOrgRecords, FIRST_GRID_CODE } from '../src/demo/demo-orgs.ts';
import { login, resolveSession } from '../src/modules/auth/index.ts';
import { findOrgById, orgIdsByCode } from '../src/modules/orgs/index.ts';
import { createDeps, systemContext } from '../src/server/deps.ts';
import type { BenchDatabase } from './database.ts';
import type { GridPlace } from './generate.ts';

/** The secret the bench process and its server processes share (PII keys, cookies). */
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

export interface Org {
  id: string;
  code: string;
  path: string;
}

/** A grid: its place for the generator and its GeoJSON boundary for locating points. */
export type Grid = GridPlace & Org & { boundary: string };

export interface World {
  system: ServiceContext;
  /** The window clerk (district level): registers cases. */
  intake: Actor;
  /** The centre's leader (district level): sees every case, so scope filters nothing. */
  leader: Actor;
  gridWorker: Actor;
  streetDispatchers: Actor[];
  districtCode: string;
  grids: Grid[];
  /** Streets by id. */
  streets: Map<string, Org>;
}

function boundingBox(boundary: string): Pick<GridPlace, 'west' | 'south' | 'east' | 'north'> {
  const polygon = JSON.parse(boundary) as { coordinates: number[][][] };
  const points = polygon.coordinates[0] ?? [];
  const lngs = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return {
    west: Math.min(...lngs),
    east: Math.max(...lngs),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
}

async function signedInActor(system: ServiceContext, username: string): Promise<Actor> {
  const session = await login(system, {
    username,
    password: DEMO_PASSWORD,
    userAgent: 'bench',
    ttlHours: 12,
  });
  const actor = await resolveSession(system, session.token, 12);
  if (!actor) throw new Error(`no session for ${username}`);
  return actor;
}

/** Seeds the demo district and users into the (empty, migrated) database and loads the world. */
export async function buildWorld(bench: BenchDatabase): Promise<World> {
  const config = loadConfig({
    FENGQIAO_SECRET: BENCH_SECRET,
    LOG_LEVEL: 'silent',
    FENGQIAO_DATA_DIR: bench.dataDir,
  });
  const deps = createDeps({ ...config, db: bench.config }, bench.db, systemClock);
  const system = systemContext(deps, pino({ level: 'silent' }));
  await seedDemo(system);

  const records = demoOrgRecords();
  const ids = await orgIdsByCode(
    system,
    records.map((r) => r.values.code!),
  );
  const grids: World['grids'] = [];
  const streets = new Map<string, Org>();
  for (const record of records) {
    const { code, type } = record.values;
    const org = await findOrgById(system, ids.get(code!)!);
    if (!org) throw new Error(`demo organisation ${code} is missing`);
    if (type === 'grid' && org.boundary)
      grids.push({
        id: org.id,
        code: org.code,
        path: org.path,
        boundary: org.boundary,
        ...boundingBox(org.boundary),
      });
    if (type === 'street') streets.set(org.id, { id: org.id, code: org.code, path: org.path });
  }
  const gridWorker = await signedInActor(system, 'grid_worker');
  if (!grids.some((g) => g.code === FIRST_GRID_CODE)) throw new Error('the grid worker’s grid is missing');
  return {
    system,
    intake: await signedInActor(system, 'intake'),
    leader: await signedInActor(system, 'leader'),
    gridWorker,
    streetDispatchers: [await signedInActor(system, 'street1'), await signedInActor(system, 'street2')],
    districtCode: records[0]!.values.code!,
    grids,
    streets,
  };
}
