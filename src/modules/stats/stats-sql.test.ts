/**
 * The compiled SQL of every figure on both dialects (STYLE.md §8: statistics SQL is
 * snapshotted per dialect, as Immich keeps `queries/*.sql`), so a change to a figure's
 * query shows in review. Compiling needs no connection.
 */
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/tables.ts';
import { COUNT_KEYS } from './figure-definitions.ts';
import { rangeOf } from './period.ts';
import { figureCountQuery, type StatsScope } from './stats.queries.ts';

const dialects = {
  sqlite: new Kysely<Database>({
    dialect: new SqliteDialect({ database: {} as never }),
    plugins: [new CamelCasePlugin()],
  }),
  postgres: new Kysely<Database>({
    dialect: new PostgresDialect({ pool: {} as never }),
    plugins: [new CamelCasePlugin()],
  }),
};
const range = rangeOf({ from: '2026-03-01', to: '2026-03-31' });
const place: StatsScope = { rootId: 'root', rootPath: '/root/', view: 'place' };
const handler: StatsScope = { ...place, view: 'handler', categoryCodes: ['labour', 'wage_arrears'] };

describe.each(Object.entries(dialects))('%s', (_name, db) => {
  it.each(COUNT_KEYS)('%s', (key) => {
    expect(figureCountQuery(db, key, range, place).compile().sql).toMatchSnapshot();
  });

  it.each(['org', 'week'] as const)('resolved by %s, by handler, one category', (by) => {
    expect(figureCountQuery(db, 'resolved', range, handler, by).compile().sql).toMatchSnapshot();
  });

  it('binds the period and the subtree as parameters', () => {
    const { parameters } = figureCountQuery(db, 'found', range, place).compile();
    expect(parameters).toEqual(expect.arrayContaining([range.fromAt, range.toAt, '/root/%']));
  });
});
