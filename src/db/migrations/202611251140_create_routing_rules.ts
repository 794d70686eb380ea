import { type Kysely, oneOf, sql } from '../migration-kit.ts';

const TARGET_KINDS = ['org', 'place_street', 'place_community', 'registering_org'];

/**
 * Routing rules (分流规则): an ordered list, first match wins. `conditions` is a JSON
 * object; `target_org_id` is set exactly when the target kind is a fixed organisation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('routing_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1).check(sql.raw('is_active in (0, 1)')))
    .addColumn('conditions', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('target_kind', 'text', (c) => c.notNull().check(sql.raw(oneOf('target_kind', TARGET_KINDS))))
    .addColumn('target_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('co_handler_org_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('profile_code', 'text')
    .addColumn('auto_dispatch', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql.raw('auto_dispatch in (0, 1)')),
    )
    .addColumn('leader_flag', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql.raw('leader_flag in (0, 1)')),
    )
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'routing_rules_target',
      sql.raw(
        "(target_kind = 'org' and target_org_id is not null) or (target_kind <> 'org' and target_org_id is null)",
      ),
    )
    .execute();
  await db.schema.createIndex('routing_rules_position').on('routing_rules').columns(['position']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('routing_rules').execute();
}
