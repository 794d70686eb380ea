/** The statistics migrations (202611251900–1901, 1920) go down and up again on both databases, triggers included. */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { registerViaApi } from '../../../test/support/cases.ts';
import { buildOrgTree, buildUser, signIn } from '../../../test/support/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';

const FIRST = '202611251900_create_stats_daily_counts';
const BEFORE = Object.keys(MIGRATIONS)
  .sort()
  .filter((name) => name < FIRST)
  .at(-1)!;
const TABLES = [
  'stats_daily_counts',
  'stats_org_closure',
  'stats_dirty',
  'report_subscriptions',
  'stats_daily_facets',
];

let t: TestDatabase;
let app: TestApp;
beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp();
});
afterAll(async () => {
  await t.drop();
  await app.close();
});

async function countRows(table: string): Promise<number | 'missing'> {
  try {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    return Number(rows[0]!.n);
  } catch {
    return 'missing';
  }
}

describe('statistics migrations', () => {
  it('drop their tables and triggers going down, and going up ask for a first count', async () => {
    expect(await countRows('stats_dirty')).toBe(1); // the 'rebuild' mark
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => MIGRATIONS } });
    const down = await migrator.migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    for (const table of TABLES) expect(await countRows(table)).toBe('missing');
    // No trigger is left behind: writing a watched table still works.
    await sql`update orgs set path = path`.execute(t.db);
    await migrateToLatest(t.db);
    for (const table of [
      'stats_daily_counts',
      'stats_org_closure',
      'report_subscriptions',
      'stats_daily_facets',
    ])
      expect(await countRows(table)).toBe(0);
    const marks = await t.db.selectFrom('statsDirty').select(['kind', 'ref']).execute();
    expect(marks).toEqual([{ kind: 'rebuild', ref: null }]);
  });

  it('mark what a write may change, in the writing transaction', async () => {
    await app.db.deleteFrom('statsDirty').execute();
    const tree = await buildOrgTree(app.system);
    const marks = await app.db.selectFrom('statsDirty').select(['kind', 'ref']).execute();
    expect(marks.filter((m) => m.kind === 'orgs').map((m) => m.ref)).toContain(tree.gridA);
    await app.db.deleteFrom('statsDirty').execute();
    await expect(
      app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('orgs')
          .set({ path: sql`path` as never })
          .where('id', '=', tree.gridA)
          .execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await app.db.selectFrom('statsDirty').selectAll().execute()).toEqual([]);
    await app.db
      .updateTable('orgs')
      .set({ path: sql`path` as never })
      .where('id', '=', tree.gridA)
      .execute();
    expect(await app.db.selectFrom('statsDirty').select(['kind', 'ref']).execute()).toEqual([
      { kind: 'rebuild', ref: tree.gridA },
    ]);
  });

  it('mark a case whose category or channel changes (the facet counts), and not one whose subject does', async () => {
    const tree = await buildOrgTree(app.system);
    const user = await buildUser(app.system, { orgId: tree.district, roles: ['intake'] });
    const created = await registerViaApi(app.app, await signIn(app.app, user.username));
    await app.db.deleteFrom('statsDirty').execute();
    const update = (set: Record<string, string>) =>
      app.db.updateTable('cases').set(set).where('id', '=', created.id).execute();
    await update({ subject: '另一个事由' });
    expect(await app.db.selectFrom('statsDirty').selectAll().execute()).toEqual([]);
    await update({ categoryCode: 'noise' });
    await update({ channel: 'phone' });
    expect(await app.db.selectFrom('statsDirty').select(['kind', 'ref']).execute()).toEqual([
      { kind: 'case', ref: created.id },
      { kind: 'case', ref: created.id },
    ]);
  });
});
