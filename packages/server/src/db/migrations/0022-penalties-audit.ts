import { sql, type Kysely } from 'kysely';

/**
 * Graded penalties and appeals (modules/moderation/penalties) and the audit log of every
 * moderator and admin action (platform/audit, read by modules/audit).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('moderation_penalty')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('moderator_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('warn','mute','ban')`))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    // Null: a warning, or a permanent ban.
    .addColumn('ends_at', 'bigint')
    .addColumn('template_id', 'text')
    .addColumn('template_label', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('hold_id', 'text')
    .addColumn('points_deducted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('points_transfer_id', 'text')
    .addColumn('ladder_step', 'integer')
    // Set when a moderator lifts it early or an appeal overturns it (`lift_kind` says which).
    .addColumn('lifted_at', 'bigint')
    .addColumn('lifted_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('lift_kind', 'text', (c) => c.check(sql`lift_kind in ('lifted','overturned')`))
    .addColumn('lift_reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_penalty_member').on('moderation_penalty').columns(['member_id', 'created_at']).execute();

  await db.schema
    .createTable('moderation_appeal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One appeal per penalty, enforced by the database.
    .addColumn('penalty_id', 'text', (c) => c.notNull().unique().references('moderation_penalty.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending','upheld','overturned')`))
    .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_appeal_queue').on('moderation_appeal').columns(['status', 'created_at', 'id']).execute();

  // The owner's policy: one row (id 1), JSON validated by zod on read and write.
  await db.schema
    .createTable('moderation_penalty_policy')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entry_time').on('audit_entry').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('audit_entry_actor').on('audit_entry').columns(['actor_id', 'created_at']).execute();
  await db.schema.createIndex('audit_entry_target').on('audit_entry').columns(['target_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
