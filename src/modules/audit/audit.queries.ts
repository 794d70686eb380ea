import type { Db } from '../../db/database.ts';
import { forUpdate } from '../../db/dialect.ts';
import type { AuditLogTable } from '../../db/tables.ts';

/** Reads the chain head, locking it on PostgreSQL so appends are serialised. */
export function selectHeadForUpdate(db: Db) {
  return forUpdate(
    db,
    db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1),
  ).executeTakeFirstOrThrow();
}

export function selectHead(db: Db) {
  return db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function insertAuditRow(db: Db, row: AuditLogTable): Promise<void> {
  await db.insertInto('auditLog').values(row).execute();
  await db.updateTable('auditHead').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
}

export function selectAuditRowsAfter(db: Db, afterSeq: number, limit: number) {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function selectAuditRowsForTarget(db: Db, targetType: string, targetId: string) {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('targetType', '=', targetType)
    .where('targetId', '=', targetId)
    .orderBy('seq')
    .execute();
}
