import { sql, type Kysely } from 'kysely';

/**
 * Points earning (modules/economy/earning, checkin, levels): the owner's settings (one row of
 * validated JSON), one row per award keyed by rule and qualifying act (the unique index is
 * what makes an award happen exactly once), per-day tallies for the rules' caps, check-ins,
 * members' XP, and the expiry notices already sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('earning_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('points_award')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('act_key', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending','settled','cancelled','reversed','capped')`))
    .addColumn('subject_kind', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('grant_transfer_id', 'text', (c) => c.references('transfer.id'))
    .addColumn('settle_transfer_id', 'text', (c) => c.references('transfer.id'))
    .addColumn('undo_transfer_id', 'text', (c) => c.references('transfer.id'))
    .addColumn('undo_reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('settles_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .execute();
  await db.schema.createIndex('points_award_act').on('points_award').columns(['rule', 'act_key']).unique().execute();
  await db.schema.createIndex('points_award_subject').on('points_award').columns(['subject_kind', 'subject_id']).execute();
  await db.schema.createIndex('points_award_member').on('points_award').columns(['member_id', 'status', 'created_at']).execute();

  await db.schema
    .createTable('earning_tally')
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('earning_tally_pk', ['member_id', 'rule', 'day'])
    .execute();

  await db.schema
    .createTable('checkin')
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    // Days since the epoch in the community's time zone.
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('streak', 'integer', (c) => c.notNull())
    .addColumn('made_up', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_pk', ['member_id', 'day'])
    .execute();

  await db.schema
    .createTable('member_xp')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id').onDelete('cascade'))
    .addColumn('xp', 'bigint', (c) => c.notNull())
    // The highest level index the member was told about, so a level-up is announced once.
    .addColumn('announced_level', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('points_expiry_notice')
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('expires_on', 'bigint', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('points_expiry_notice_pk', ['member_id', 'expires_on'])
    .execute();

  // Expiry reads a wallet's credits by time and its debits in all (first in, first out).
  await db.schema.createIndex('transfer_credit_time').on('transfer').columns(['credit_account_id', 'created_at']).execute();
  await db.schema.createIndex('transfer_debit').on('transfer').columns(['debit_account_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
