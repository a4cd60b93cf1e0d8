import type { Kysely } from 'kysely';

/** Spaces (sections, access, membership and read state) and threads (posts, comments, revisions, reactions). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema
    .createTable('space_section')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('space')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section_id', 'text', (c) => c.references('space_section.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('icon', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('min_tier_rank', 'integer')
    .addColumn('private', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('post_min_tier_rank', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    // Counts every new thread and reply; a member's unread count is this minus their read_seq.
    .addColumn('activity_seq', ms, (c) => c.notNull().defaultTo(0))
    .addColumn('last_activity_at', ms)
    .addColumn('archived_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('space_member')
    .addColumn('space_id', 'text', (c) => c.notNull().references('space.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('muted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('read_seq', ms, (c) => c.notNull().defaultTo(0))
    .addColumn('joined_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('space_member_pk', ['space_id', 'member_id'])
    .execute();
  await db.schema.createIndex('space_member_by_member').on('space_member').columns(['member_id', 'space_id']).execute();

  await db.schema
    .createTable('post')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('space.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pinned_at', ms)
    .addColumn('locked_at', ms)
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reaction_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepted_comment_id', 'text')
    .addColumn('edited_at', ms)
    .addColumn('deleted_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('last_activity_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('post_by_activity').on('post').columns(['space_id', 'last_activity_at', 'id']).execute();
  await db.schema.createIndex('post_by_created').on('post').columns(['space_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('post_by_author').on('post').columns(['author_id', 'created_at']).execute();

  await db.schema
    .createTable('comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) => c.notNull().references('post.id'))
    .addColumn('parent_id', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reaction_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('edited_at', ms)
    .addColumn('deleted_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('comment_by_post').on('comment').columns(['post_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('revision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('editor_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revision_by_subject').on('revision').columns(['subject_kind', 'subject_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('reaction')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('emoji', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('reaction_pk', ['subject_kind', 'subject_id', 'emoji', 'member_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
