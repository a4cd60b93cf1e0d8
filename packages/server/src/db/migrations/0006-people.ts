import type { Kysely } from 'kysely';

/**
 * People: who follows whom (a mutual follow is a friendship), who blocks whom, and each
 * member's privacy choices. Both relations are keyed by the pair, so following or blocking
 * twice is one row; the second index serves "who follows / blocks me".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema
    .createTable('follow')
    .addColumn('follower_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('followee_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('follow_pk', ['follower_id', 'followee_id'])
    .execute();
  // Both lists newest first: followers of a member, and whom a member follows.
  await db.schema.createIndex('follow_by_followee').on('follow').columns(['followee_id', 'created_at', 'follower_id']).execute();
  await db.schema.createIndex('follow_by_follower').on('follow').columns(['follower_id', 'created_at', 'followee_id']).execute();

  await db.schema
    .createTable('block')
    .addColumn('blocker_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('blocked_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('block_pk', ['blocker_id', 'blocked_id'])
    .execute();
  await db.schema.createIndex('block_by_blocked').on('block').columns(['blocked_id', 'blocker_id']).execute();

  // People-owned settings beside the member row (a module writes only its own tables); a
  // member without a row has the defaults.
  await db.schema
    .createTable('people_settings')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id'))
    .addColumn('dm_policy', 'text', (c) => c.notNull().defaultTo('everyone'))
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  // A member's recent replies on their profile (posts' recentByAuthor); threads already
  // have post_by_author.
  await db.schema.createIndex('comment_by_author').on('comment').columns(['author_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
