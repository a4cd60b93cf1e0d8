import { sql, type Kysely } from 'kysely';

/**
 * Trust levels 0–4 (modules/trust):
 * - trust_level: each member's cached level (earned from their numbers, recomputed on events
 *   and by a daily job), the numbers it came from, and an admin's lock (which wins);
 * - trust_settings: the owner's thresholds per level (one row, absent until first changed);
 * - moderation_spam_settings: the days/posts stand-in for trust becomes two levels — who is
 *   established for spam detection, and whose reports can hide content.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trust_level')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id').onDelete('cascade'))
    .addColumn('earned_level', 'integer', (c) => c.notNull().check(sql`earned_level between 0 and 4`))
    .addColumn('locked_level', 'integer', (c) => c.check(sql`locked_level between 0 and 4`))
    .addColumn('lock_reason', 'text')
    .addColumn('locked_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('locked_at', 'bigint')
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('posts', 'integer', (c) => c.notNull())
    .addColumn('reactions', 'integer', (c) => c.notNull())
    .addColumn('flags', 'integer', (c) => c.notNull())
    .addColumn('restricted', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('trust_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('limits_enabled', 'integer', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('updated_at', 'bigint')
    .execute();
  await db.schema
    .alterTable('moderation_spam_settings')
    .addColumn('trusted_level', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('moderation_spam_settings')
    .addColumn('reporter_level', 'integer', (c) => c.notNull().defaultTo(2))
    .execute();
  // An owner who had made everyone established at once keeps that.
  await sql`update moderation_spam_settings set trusted_level = 0, reporter_level = 0 where trusted_after_days = 0 and trusted_after_posts = 0`.execute(
    db,
  );
  await db.schema.alterTable('moderation_spam_settings').dropColumn('trusted_after_days').execute();
  await db.schema.alterTable('moderation_spam_settings').dropColumn('trusted_after_posts').execute();
}
