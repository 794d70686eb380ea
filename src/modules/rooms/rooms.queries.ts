import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  RoomConfirmationsTable,
  RoomDraftsTable,
  RoomFilesTable,
  RoomMessagesTable,
  RoomTicketsTable,
} from '../../db/tables.ts';

/** Creates the room of a session unless it exists (simultaneous joins all succeed). */
export async function insertRoomIfMissing(
  db: Db,
  row: { sessionId: string; caseId: string; createdAt: string },
) {
  await db
    .insertInto('rooms')
    .values({ ...row, lastSeq: 0 })
    .onConflict((oc) => oc.column('sessionId').doNothing())
    .execute();
}

export function selectRoom(db: Db, sessionId: string) {
  return db.selectFrom('rooms').selectAll().where('sessionId', '=', sessionId).executeTakeFirst();
}

/**
 * Takes the room's next message number. The UPDATE holds the room row's lock until the
 * transaction ends (PostgreSQL; SQLite has one writer), so numbers become visible in
 * order: a reader that sees seq n has already seen every seq below it.
 */
export async function takeNextSeq(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .updateTable('rooms')
    .set({ lastSeq: sql`last_seq + 1` })
    .where('sessionId', '=', sessionId)
    .returning('lastSeq')
    .executeTakeFirstOrThrow();
  return Number(row.lastSeq);
}

export async function insertMessage(db: Db, row: RoomMessagesTable): Promise<void> {
  await db.insertInto('roomMessages').values(row).execute();
}

/** Messages of a room after `afterSeq`, in order (the (session_id, seq) unique index). */
export async function selectMessagesAfter(
  db: Db,
  sessionId: string,
  afterSeq: number,
  opts: { channels?: string[]; limit: number },
) {
  let query = db
    .selectFrom('roomMessages')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('seq', '>', afterSeq);
  if (opts.channels) query = query.where('channel', 'in', opts.channels);
  const rows = await query.orderBy('seq').limit(opts.limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export type MessageRow = Awaited<ReturnType<typeof selectMessagesAfter>>[number];

export async function insertFile(db: Db, row: RoomFilesTable): Promise<void> {
  await db.insertInto('roomFiles').values(row).execute();
}

export function selectFile(db: Db, sessionId: string, id: string) {
  return db
    .selectFrom('roomFiles')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Stores a ticket, first deleting every expired one (the table holds live tickets only). */
export async function insertTicket(db: Db, row: RoomTicketsTable): Promise<void> {
  await db.deleteFrom('roomTickets').where('expiresAt', '<', row.createdAt).execute();
  await db.insertInto('roomTickets').values(row).execute();
}

export function selectTicket(db: Db, tokenHash: string) {
  return db.selectFrom('roomTickets').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
}

export async function insertDraft(db: Db, row: RoomDraftsTable): Promise<void> {
  await db.insertInto('roomDrafts').values(row).execute();
}

export function selectDraft(db: Db, id: string) {
  return db.selectFrom('roomDrafts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function selectDraftsOfRoom(db: Db, sessionId: string) {
  return db
    .selectFrom('roomDrafts')
    .selectAll()
    .where('sessionId', '=', sessionId)
    .orderBy('postedAt')
    .execute();
}

export async function insertConfirmation(db: Db, row: RoomConfirmationsTable): Promise<void> {
  await db.insertInto('roomConfirmations').values(row).execute();
}

export function selectConfirmationsOf(db: Db, draftIds: string[]) {
  if (draftIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('roomConfirmations')
    .selectAll()
    .where('draftId', 'in', draftIds)
    .orderBy('confirmedAt')
    .execute();
}
