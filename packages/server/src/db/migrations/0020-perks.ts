import { sql, type Kysely } from 'kysely';

/**
 * The perks marketplace (modules/perks): perks with their stock, orders whose price sits in
 * a ledger hold (escrow) until fulfilled, declined, cancelled or expired, and the owner's
 * marketplace rules (one row). `stock_left` can never go below zero (CHECK, besides the
 * conditional UPDATE that reserves a unit), so concurrent redemptions cannot oversell.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('perk')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seller_kind', 'text', (c) => c.notNull().check(sql`seller_kind in ('brand','member')`))
    // The selling member; null for brand perks (the community sells).
    .addColumn('seller_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('description_html', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('goods','download','call','shoutout','event_seat','course_unlock','tier_upgrade')`),
    )
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('price', 'bigint', (c) => c.notNull().check(sql`price > 0`))
    .addColumn('stock_total', 'integer')
    .addColumn('stock_left', 'integer', (c) => c.check(sql`stock_left >= 0`))
    .addColumn('per_member_limit', 'integer')
    .addColumn('starts_at', 'bigint')
    .addColumn('ends_at', 'bigint')
    .addColumn('image_url', 'text')
    .addColumn('tier_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','paused','archived')`))
    .addColumn('fulfilled_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('perk_stock_pair', sql`(stock_total is null) = (stock_left is null)`)
    .execute();
  await db.schema.createIndex('perk_listing').on('perk').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('perk_seller').on('perk').columns(['seller_id', 'created_at']).execute();

  await db.schema
    .createTable('perk_order')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('perk_id', 'text', (c) => c.notNull().references('perk.id'))
    .addColumn('buyer_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('seller_kind', 'text', (c) => c.notNull())
    .addColumn('seller_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('price', 'bigint', (c) => c.notNull().check(sql`price > 0`))
    .addColumn('hold_id', 'text', (c) => c.notNull().unique().references('hold.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('held','fulfilled','declined','cancelled','expired','refunded')`))
    .addColumn('buyer_note', 'text')
    .addColumn('fulfilment_code', 'text')
    .addColumn('fulfilment_note', 'text')
    .addColumn('fulfilment_url', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('refund_reason', 'text')
    .addColumn('settle_transfer_id', 'text', (c) => c.references('transfer.id'))
    .addColumn('refund_transfer_id', 'text', (c) => c.references('transfer.id'))
    .addColumn('resolved_by', 'text')
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('dispute_until', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .execute();
  await db.schema.createIndex('perk_order_buyer').on('perk_order').columns(['buyer_id', 'created_at']).execute();
  await db.schema.createIndex('perk_order_seller').on('perk_order').columns(['seller_kind', 'seller_id', 'created_at']).execute();
  await db.schema.createIndex('perk_order_perk_buyer').on('perk_order').columns(['perk_id', 'buyer_id', 'status']).execute();

  await db.schema
    .createTable('perk_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seller_min_tier_rank', 'integer')
    .addColumn('hold_days', 'integer', (c) => c.notNull())
    .addColumn('dispute_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into perk_settings (id, seller_min_tier_rank, hold_days, dispute_days, updated_at) values (1, null, 7, 14, 0)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
