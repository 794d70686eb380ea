import { type Kysely } from '../migration-kit.ts';

/**
 * Draft agreements posted into a room's joint channel, and each party's confirmation of
 * one: when, which party, and by which tracking-code proof (portal_access row).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('room_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('rooms.session_id').onDelete('cascade'))
    .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('posted_by', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('room_confirmations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draft_id', 'text', (c) => c.notNull().references('room_drafts.id').onDelete('cascade'))
    .addColumn('party_id', 'text', (c) => c.notNull())
    .addColumn('access_id', 'text', (c) => c.notNull().references('portal_access.id'))
    .addColumn('proof', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('room_confirmations_draft_party', ['draft_id', 'party_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('room_confirmations').execute();
  await db.schema.dropTable('room_drafts').execute();
}
