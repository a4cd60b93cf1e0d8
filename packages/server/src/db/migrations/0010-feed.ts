import type { Kysely } from 'kysely';

/**
 * The home feed: each member's visits (the previous one draws the "new since your last
 * visit" line), and an index to walk threads of many spaces by last activity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feed_visit')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id'))
    .addColumn('previous_visit_at', 'bigint')
    .addColumn('current_visit_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('post_feed_latest').on('post').columns(['status', 'last_activity_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('post_feed_latest').execute();
  await db.schema.dropTable('feed_visit').execute();
}
