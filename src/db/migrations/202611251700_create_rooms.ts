import { oneOf, sql, type Kysely } from '../migration-kit.ts';

/**
 * Online mediation rooms (网上调解, issue 6): one room per online session, holding the
 * last message number it gave out, and its messages — each in one channel (`joint`, or
 * `private:<partyId>` for a party's 背对背 channel with the mediators) with a per-room
 * monotonic `seq`, so a client resumes after any seq with nothing lost or repeated.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('mediation_sessions.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('room_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('rooms.session_id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('kind', ['text', 'file', 'draft', 'confirmation']))),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) =>
      c.notNull().check(sql.raw(oneOf('author_kind', ['staff', 'party']))),
    )
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('room_messages_session_seq', ['session_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('room_messages').execute();
  await db.schema.dropTable('rooms').execute();
}
