import type { Kysely } from '../migration-kit.ts';

/** Staff users get an optional e-mail address, where notifications are also sent. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('email').execute();
}
