/** SQL of the inbox (notifications table). */
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { NotificationsTable } from '../../db/tables.ts';

export type NotificationRow = Selectable<NotificationsTable>;

export async function insertNotifications(db: Db, rows: Insertable<NotificationsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notifications').values(rows).execute();
}

/** One page of a user's inbox, newest first, after the keyset cursor. */
export function selectInboxPage(
  db: Db,
  args: {
    userId: string;
    unreadOnly: boolean;
    after: { createdAt: string; id: string } | null;
    limit: number;
  },
) {
  let query = db.selectFrom('notifications').selectAll().where('userId', '=', args.userId);
  if (args.unreadOnly) query = query.where('readAt', 'is', null);
  const after = args.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('createdAt', '<', after.createdAt),
        eb.and([eb('createdAt', '=', after.createdAt), eb('id', '<', after.id)]),
      ]),
    );
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(args.limit).execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A notification of this user (undefined for another user's). */
export function selectOwnNotification(db: Db, id: string, userId: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/** Marks unread notifications of the user read; one, or all with `id` omitted. @returns rows changed. */
export async function markRead(db: Db, args: { userId: string; id?: string; at: string }): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ readAt: args.at })
    .where('userId', '=', args.userId)
    .where('readAt', 'is', null);
  if (args.id) query = query.where('id', '=', args.id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
