/** SQL of webhook subscriptions. */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { WebhooksTable } from '../../db/tables.ts';

export type WebhookRow = Selectable<WebhooksTable>;

export function selectWebhooks(db: Db) {
  return db.selectFrom('webhooks').selectAll().orderBy('createdAt').orderBy('id').execute();
}

export function selectActiveWebhooks(db: Db) {
  return db.selectFrom('webhooks').selectAll().where('isActive', '=', 1).orderBy('id').execute();
}

export function selectWebhookById(db: Db, id: string) {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWebhook(db: Db, row: Insertable<WebhooksTable>): Promise<void> {
  await db.insertInto('webhooks').values(row).execute();
}

export async function updateWebhookRow(db: Db, id: string, change: Updateable<WebhooksTable>): Promise<void> {
  await db.updateTable('webhooks').set(change).where('id', '=', id).execute();
}
