/** SQL of the outbox: queued outbound messages and their delivery state. */
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { forUpdateSkipLocked } from '../../db/dialect.ts';
import type { OutboxTable } from '../../db/tables.ts';

export type OutboxRow = Selectable<OutboxTable>;

export async function insertOutboxRows(db: Db, rows: Insertable<OutboxTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('outbox').values(rows).execute();
}

/** Pending messages due at `now`, oldest first, locked for this transaction (others skipped). */
export function selectDueOutbox(db: Db, args: { now: string; limit: number }) {
  return forUpdateSkipLocked(
    db,
    db
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('nextAttemptAt', '<=', args.now)
      .orderBy('nextAttemptAt')
      .orderBy('id')
      .limit(args.limit),
  ).execute();
}

/** Pushes `nextAttemptAt` of claimed rows to `until`: other runs leave them alone meanwhile. */
export async function postponeOutbox(db: Db, ids: string[], until: string): Promise<void> {
  if (ids.length > 0)
    await db.updateTable('outbox').set({ nextAttemptAt: until }).where('id', 'in', ids).execute();
}

/** Records one attempt's outcome. */
export async function updateOutboxAttempt(
  db: Db,
  id: string,
  change: {
    status: OutboxRow['status'];
    attempts: number;
    nextAttemptAt?: string;
    lastError: string | null;
    sentAt?: string;
  },
): Promise<void> {
  await db.updateTable('outbox').set(change).where('id', '=', id).execute();
}
