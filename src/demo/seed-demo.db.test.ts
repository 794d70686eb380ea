import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/support/app.ts';
import { DEMO_USERS, seedDemoIfEmpty } from './seed-demo.ts';
import { demoOrgRecords } from './demo-orgs.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('seeding the demo district', () => {
  it('seeds an empty database once when two servers start on it together', async () => {
    const seeded = await Promise.all([seedDemoIfEmpty(t.system), seedDemoIfEmpty(t.system)]);
    expect(seeded.sort()).toEqual([false, true]);
    const orgs = await t.db
      .selectFrom('orgs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(orgs.n)).toBe(demoOrgRecords().length);
    const users = await t.db.selectFrom('users').select('username').where('isDemo', '=', 1).execute();
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
  });

  it('leaves a database that holds organisations alone', async () => {
    expect(await seedDemoIfEmpty(t.system)).toBe(false);
  });
});
