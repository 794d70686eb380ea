import { type Kysely, oneOf, sql, withIdAndTimestamps } from '../migration-kit.ts';

const ORG_TYPES = [
  'district',
  'street',
  'community',
  'grid',
  'department',
  'mediation_committee',
  'judicial_office',
  'petition_bureau',
  'legal_aid',
  'court_liaison',
];

export async function up(db: Kysely<any>): Promise<void> {
  await withIdAndTimestamps(db.schema.createTable('orgs'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql.raw(oneOf('type', ORG_TYPES))))
    .addColumn('specialty', 'text')
    .addColumn('parent_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('boundary', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('orgs_parent_id').on('orgs').column('parent_id').execute();
  await db.schema.createIndex('orgs_path').on('orgs').column('path').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('orgs').execute();
}
