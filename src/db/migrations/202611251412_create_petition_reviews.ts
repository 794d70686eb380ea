import { type Kysely, oneOf, sql } from '../migration-kit.ts';

/**
 * Requests for review (复查) of a petition reply and for re-review (复核) of a review
 * decision (信访工作条例 art. 35), each with its window and the decision.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('petition_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('reply_id', 'text', (c) => c.notNull().references('petition_replies.id'))
    .addColumn('review_of_id', 'text', (c) => c.references('petition_reviews.id'))
    .addColumn('level', 'text', (c) => c.notNull().check(sql.raw(oneOf('level', ['review', 'rereview']))))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('window_ends_on', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) =>
      c.check(sql.raw(`decision is null or ${oneOf('decision', ['upheld', 'changed'])}`)),
    )
    .addColumn('decision_note', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('petition_reviews_case')
    .on('petition_reviews')
    .columns(['case_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('petition_reviews').execute();
}
