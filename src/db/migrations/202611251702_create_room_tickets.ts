import { type Kysely } from '../migration-kit.ts';

/**
 * A citizen's short-lived room ticket: issued for the tracking-code proof, good for one
 * room only, kept as the SHA-256 of the token (the token itself is never stored).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('room_tickets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('rooms.session_id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('access_id', 'text', (c) => c.notNull().references('portal_access.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('room_tickets_expires').on('room_tickets').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('room_tickets').execute();
}
