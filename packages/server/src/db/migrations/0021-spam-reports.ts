import { sql, type Kysely } from 'kysely';

/**
 * Ad/spam detection and member reports (modules/moderation/spam, modules/moderation/reports):
 * - moderation_hold.signals: the spam signals (JSON SpamSignal[]) that held an item, or the reports that hid it;
 * - moderation_spam_settings: the owner's thresholds (one row);
 * - moderation_spam_trace: fingerprints of recent writes of members below the trust threshold
 *   (near-duplicate detection, velocity), kept a day;
 * - moderation_spam_model: the classifier's counts as last retrained (one row; absent = the seed);
 * - moderation_report: one report per member per target, open until a moderator handles it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('moderation_hold')
    .addColumn('signals', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('moderation_spam_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('hold_score', 'integer', (c) => c.notNull())
    .addColumn('block_score', 'integer', (c) => c.notNull())
    .addColumn('trusted_after_days', 'integer', (c) => c.notNull())
    .addColumn('trusted_after_posts', 'integer', (c) => c.notNull())
    .addColumn('reports_to_hide', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('updated_at', 'bigint')
    .execute();
  await db.schema
    .createTable('moderation_spam_trace')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    // A 64-bit simhash as two unsigned 32-bit halves (portable across SQLite and PostgreSQL).
    .addColumn('hash_high', 'bigint', (c) => c.notNull())
    .addColumn('hash_low', 'bigint', (c) => c.notNull())
    .addColumn('links', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_spam_trace_recent').on('moderation_spam_trace').columns(['created_at']).execute();
  await db.schema.createIndex('moderation_spam_trace_author').on('moderation_spam_trace').columns(['author_id', 'created_at']).execute();
  await db.schema
    .createTable('moderation_spam_model')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('ham_decisions', 'integer', (c) => c.notNull())
    .addColumn('spam_decisions', 'integer', (c) => c.notNull())
    .addColumn('trained_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('moderation_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_kind', 'text', (c) => c.notNull().check(sql`target_kind in ('post','comment','message','dm','profile')`))
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('target_author_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('spam','abuse','off_topic','other')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('trusted', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','dismissed','upheld','removed')`))
    .addColumn('handled_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('handled_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('moderation_report_once')
    .unique()
    .on('moderation_report')
    .columns(['target_kind', 'target_id', 'reporter_id'])
    .execute();
  await db.schema.createIndex('moderation_report_open').on('moderation_report').columns(['status', 'target_kind', 'target_id']).execute();
  await db.schema.createIndex('moderation_report_by').on('moderation_report').columns(['reporter_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
