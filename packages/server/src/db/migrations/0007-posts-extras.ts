import type { Kysely } from 'kysely';

/**
 * Thread extras: polls (one per thread, its options, one vote row per member and option so
 * counts are plain SQL aggregates), bookmarks of threads and comments, and scheduled threads
 * (`post.publish_at`: when a scheduled thread goes out; kept afterwards for the calendar).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema.alterTable('post').addColumn('publish_at', ms).execute();
  await db.schema.createIndex('post_by_publish_at').on('post').columns(['publish_at', 'id']).execute();

  await db.schema
    .createTable('poll')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) => c.notNull().unique().references('post.id'))
    .addColumn('question', 'text')
    .addColumn('multiple', 'integer', (c) => c.notNull())
    .addColumn('max_choices', 'integer', (c) => c.notNull())
    .addColumn('closes_at', ms)
    .addColumn('results_visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('poll_option')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('poll.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('poll_option_by_poll').on('poll_option').columns(['poll_id', 'position']).execute();

  await db.schema
    .createTable('poll_vote')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('poll.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('option_id', 'text', (c) => c.notNull().references('poll_option.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_vote_pk', ['poll_id', 'member_id', 'option_id'])
    .execute();
  // Counting per option reads this index alone.
  await db.schema.createIndex('poll_vote_by_option').on('poll_vote').columns(['poll_id', 'option_id']).execute();

  await db.schema
    .createTable('bookmark')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addUniqueConstraint('bookmark_once', ['member_id', 'subject_kind', 'subject_id'])
    .execute();
  // A member's bookmarks, newest first (the keyset of GET /api/me/bookmarks).
  await db.schema.createIndex('bookmark_by_member').on('bookmark').columns(['member_id', 'created_at', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
