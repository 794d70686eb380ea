import type { Kysely } from '../migration-kit.ts';

/**
 * The route proposed for a case at registration (one row per case): the matched rule,
 * the resolved target, and the "why this route" explanation as JSON.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_route_proposals')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('rule_id', 'text', (c) => c.references('routing_rules.id'))
    .addColumn('target_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('co_handler_org_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('profile_code', 'text')
    .addColumn('auto_dispatch', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('leader_flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_route_proposals').execute();
}
