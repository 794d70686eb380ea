/**
 * Migration 202611251600_add_court_referral_channel: widening the CHECK on cases.channel
 * rebuilds the cases table on SQLite. Every row of every table must survive both ways (no
 * cascade from dropping the old table), full-text search must still find the case, court
 * referrals move to `court_referral` and back to `transfer`, and the CHECK holds.
 */
import { Migrator } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/db/migrations/index.ts';
import { buildTestApp, type TestApp } from '../support/app.ts';
import { casePayload, registerViaApi } from '../support/cases.ts';
import { buildOrgTree, buildUser, signIn, type OrgTree } from '../support/factories.ts';

const MIGRATION = '202611251600_add_court_referral_channel';
const BEFORE = Object.keys(MIGRATIONS)
  .sort()
  .filter((name) => name < MIGRATION)
  .at(-1)!;

let t: TestApp;
let tree: OrgTree;
let cookie: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildOrgTree(t.system);
  const intake = await buildUser(t.system, { orgId: tree.streetA, roles: ['intake', 'dispatcher'] });
  cookie = await signIn(t.app, intake.username);
  const api = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload });
  const referral = await api('/court-referrals', {
    court: '示范区人民法院',
    courtCaseNumber: '（2026）示0101民诉前调7号',
    referralKind: 'entrusted',
    case: { ...casePayload({ subject: '诉前委派的物业费纠纷' }), channel: undefined },
  });
  expect(referral.statusCode, referral.body).toBe(201);
  ids.referral = referral.json().caseId;
  ids.transfer = (await registerViaApi(t.app, cookie, { channel: 'transfer' })).id;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x20, 0x20]);
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${ids.referral}/attachments`,
    headers: { cookie, 'content-type': 'multipart/form-data; boundary=xx' },
    payload: Buffer.concat([
      Buffer.from(
        '--xx\r\nContent-Disposition: form-data; name="files"; filename="scan.png"\r\nContent-Type: application/octet-stream\r\n\r\n',
      ),
      png,
      Buffer.from('\r\n--xx--\r\n'),
    ]),
  });
  expect(upload.statusCode, upload.body).toBe(201);
});
afterAll(() => t.close());

const migrator = () => new Migrator({ db: t.db, provider: { getMigrations: async () => MIGRATIONS } });

async function migrateTo(name: string) {
  const { error } = await migrator().migrateTo(name);
  if (error) throw error;
}

/** Row counts of every table of the application (migration bookkeeping and FTS internals left out). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables =
    t.dialect === 'postgres'
      ? (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(t.db)
        ).rows
      : (
          await sql<{ name: string }>`select name from sqlite_master
            where type = 'table' and name not like 'sqlite_%' and name not like 'cases_fts%'`.execute(t.db)
        ).rows;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (name.startsWith('kysely_')) continue;
    const row = (await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(t.db))
      .rows[0];
    counts[name] = Number(row!.n);
  }
  return counts;
}

const channelOf = async (id: string) =>
  (await t.db.selectFrom('cases').select('channel').where('id', '=', id).executeTakeFirstOrThrow()).channel;

const search = async (q: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases?q=${encodeURIComponent(q)}`,
      headers: { cookie },
    })
  )
    .json()
    .items.map((c: { id: string }) => c.id);

async function insertCaseWithChannel(channel: string) {
  const row = await t.db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', ids.transfer!)
    .executeTakeFirstOrThrow();
  const { searchVector: _v, ...copy } = row as typeof row & { searchVector?: unknown };
  return t.db
    .insertInto('cases')
    .values({ ...copy, id: `check-${channel}`, number: `CHECK-${channel}`, channel: channel as never })
    .execute();
}

describe(`migration ${MIGRATION}`, () => {
  it('down: referrals go back to transfer, every row stays, the old CHECK is back', async () => {
    const before = await rowCounts();
    expect(before.case_parties).toBeGreaterThan(0);
    expect(before.case_attachments).toBe(1);
    expect(await channelOf(ids.referral!)).toBe('court_referral');
    await migrateTo(BEFORE);
    // Tables of later migrations are gone; every other table keeps every row.
    const after = await rowCounts();
    expect(Object.keys(after)).toEqual(expect.arrayContaining(['cases', 'case_parties', 'court_transfers']));
    expect(before).toMatchObject(after);
    expect(await channelOf(ids.referral!)).toBe('transfer');
    expect(await channelOf(ids.transfer!)).toBe('transfer');
    await expect(insertCaseWithChannel('court_referral')).rejects.toThrow(/check/i);
  });

  it('up: existing referrals move to court_referral, plain transfers stay, children and search survive', async () => {
    const before = await rowCounts();
    await migrateTo(MIGRATION);
    expect(await rowCounts()).toEqual(before);
    expect(await channelOf(ids.referral!)).toBe('court_referral');
    expect(await channelOf(ids.transfer!)).toBe('transfer');
    expect(await search('物业费')).toEqual([ids.referral]);
    await expect(insertCaseWithChannel('carrier_pigeon')).rejects.toThrow(/check/i);
    await insertCaseWithChannel('court_referral');
    await t.db.deleteFrom('cases').where('id', '=', 'check-court_referral').execute();
    if (t.dialect === 'sqlite') {
      const fk = await sql`pragma foreign_keys`.execute(t.db);
      expect(Object.values(fk.rows[0]!)).toEqual([1]);
      expect((await sql`pragma foreign_key_check`.execute(t.db)).rows).toEqual([]);
      expect((await sql`pragma integrity_check`.execute(t.db)).rows).toEqual([{ integrityCheck: 'ok' }]);
    }
    const { error } = await migrator().migrateToLatest();
    expect(error).toBeUndefined();
    expect(await rowCounts()).toMatchObject(before);
  });

  it('a plain registration with channel court_referral is refused, naming the form to use', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie },
      payload: casePayload({ channel: 'court_referral' }),
    });
    expect(res.statusCode, res.body).toBe(400);
    const problem = res.json();
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: '#/channel', code: 'not-allowed' })]);
    expect(problem.errors[0].detail).toMatch(/\/court-referrals/);
  });
});
