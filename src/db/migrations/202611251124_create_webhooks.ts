import { type Kysely, withIdAndTimestamps } from '../migration-kit.ts';

/** Outside systems subscribed to notification kinds; deliveries are signed with `secret`. */
export async function up(db: Kysely<any>): Promise<void> {
  await withIdAndTimestamps(db.schema.createTable('webhooks'))
    .addColumn('url', 'text', (c) => c.notNull())
    // Encrypted with the personal-data key (src/lib/pii.ts): the signing secret is never stored in clear.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('kinds', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhooks').execute();
}
