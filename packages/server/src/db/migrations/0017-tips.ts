import { sql, type Kysely } from 'kysely';

/**
 * Tips (modules/economy): one row per tip naming what was tipped, beside its ledger transfer;
 * per-day tallies that enforce the caps in a single conditional upsert (so parallel tips on
 * PostgreSQL cannot both slip under a cap); and the owner's tip caps (one row).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tip')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('transfer_id', 'text', (c) => c.notNull().unique().references('transfer.id'))
    .addColumn('target_kind', 'text', (c) => c.notNull().check(sql`target_kind in ('post','comment','message')`))
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('tipper_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('recipient_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tip_target').on('tip').columns(['target_kind', 'target_id']).execute();

  await db.schema
    .createTable('tip_tally')
    .addColumn('tipper_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    // '*' counts everything the tipper gave that day; a member id, what they gave that member.
    .addColumn('recipient_key', 'text', (c) => c.notNull())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_tally_pk', ['tipper_id', 'recipient_key', 'asset_id', 'day'])
    .execute();

  await db.schema
    .createTable('economy_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('tip_daily_cap', 'bigint', (c) => c.notNull())
    .addColumn('tip_pair_daily_cap', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into economy_settings (id, tip_daily_cap, tip_pair_daily_cap, updated_at) values (1, 500, 200, 0)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
