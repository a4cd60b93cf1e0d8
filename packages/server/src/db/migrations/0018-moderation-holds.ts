import { sql, type Kysely } from 'kysely';

/**
 * The review queue (modules/moderation): one hold per thread or reply a review word kept
 * pending, with the matches found in it, until a moderator approves or removes it. The
 * content itself stays in the posts module's tables (status `pending`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('moderation_hold')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull().check(sql`subject_kind in ('post','comment')`))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull())
    .addColumn('space_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('matches', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('held','approved','removed')`))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('decided_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_hold_subject').unique().on('moderation_hold').columns(['subject_kind', 'subject_id']).execute();
  await db.schema.createIndex('moderation_hold_queue').on('moderation_hold').columns(['status', 'created_at', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
