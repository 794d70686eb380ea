import type { Kysely } from '../migration-kit.ts';

/**
 * Related-case detection looks up earlier cases against the same respondent organisation
 * by name; without an index that scan grew with the registry (bench: 56 ms at 200,000 cases).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('case_parties_name')
    .on('case_parties')
    .columns(['name', 'role', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('case_parties_name').execute();
}
