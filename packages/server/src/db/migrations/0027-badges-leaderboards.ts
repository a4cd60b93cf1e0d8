import { sql, type Kysely } from 'kysely';

/**
 * Badges and leaderboards (modules/economy/badges, leaderboards): the badge catalogue (the
 * built-in rule badges are rows keyed by their rule, so owners can rename and switch them
 * off; manual badges are the owner's own), who holds which (one row per member and badge:
 * the primary key is what makes an award happen exactly once; a revoked row stays, so an
 * automatic recheck does not hand a revoked badge back), members who keep off the
 * leaderboards, accepted answers as the leaderboard's own state, and indexes for the
 * leaderboards' windowed sums over points awards and tips.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('badge')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The built-in rule (`first_post` …); null for a manual badge.
    .addColumn('rule', 'text', (c) => c.unique())
    // Null keeps a rule badge's built-in name (translated) and description.
    .addColumn('name', 'text')
    .addColumn('description', 'text')
    .addColumn('icon', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull().check(sql`tier in ('bronze','silver','gold','accent')`))
    .addColumn('is_enabled', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('member_badge')
    .addColumn('badge_id', 'text', (c) => c.notNull().references('badge.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('awarded_at', 'bigint', (c) => c.notNull())
    // Null when a rule awarded it.
    .addColumn('awarded_by', 'text')
    .addColumn('reason', 'text')
    .addColumn('revoked_at', 'bigint')
    .addPrimaryKeyConstraint('member_badge_pk', ['badge_id', 'member_id'])
    .execute();
  await db.schema.createIndex('member_badge_member').on('member_badge').columns(['member_id', 'awarded_at']).execute();
  await db.schema.createIndex('member_badge_holders').on('member_badge').columns(['badge_id', 'awarded_at', 'member_id']).execute();

  await db.schema
    .createTable('leaderboard_opt_out')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accepted_answer')
    .addColumn('post_id', 'text', (c) => c.primaryKey())
    .addColumn('comment_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    // Community-local day of the acceptance.
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('accepted_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('accepted_answer_day').on('accepted_answer').columns(['day', 'member_id']).execute();
  await db.schema.createIndex('accepted_answer_comment').on('accepted_answer').columns(['comment_id']).execute();

  // Covering indexes for the windowed sums (day or time range, then group by member).
  await db.schema.createIndex('points_award_day').on('points_award').columns(['day', 'status', 'member_id', 'amount']).execute();
  await db.schema.createIndex('tip_recipient_time').on('tip').columns(['created_at', 'recipient_id']).execute();
  await db.schema.createIndex('tip_tipper').on('tip').columns(['tipper_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
