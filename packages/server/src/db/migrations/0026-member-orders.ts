import { sql, type Kysely } from 'kysely';

/**
 * Orders between members (modules/market): fixed-price orders whose unfilled units sit in a
 * ledger hold (escrow), their fills, and the owner's safeguards (one row). `remaining` can
 * never go below zero nor above `quantity` (CHECK, besides the conditional UPDATE that takes
 * units), so racing fills cannot over-fill.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('market_order')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seller_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('price_asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('price', 'bigint', (c) => c.notNull().check(sql`price > 0`))
    .addColumn('quantity', 'bigint', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('remaining', 'bigint', (c) => c.notNull().check(sql`remaining >= 0`))
    // The hold keeping the units left in escrow; null once closed.
    .addColumn('hold_id', 'text', (c) => c.references('hold.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','filled','cancelled','expired')`))
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addColumn('closed_by', 'text')
    .addCheckConstraint('market_order_remaining', sql`remaining <= quantity`)
    .addCheckConstraint('market_order_pair', sql`asset_id <> price_asset_id`)
    // An open order always has its hold (a closing statement clears it right after).
    .addCheckConstraint('market_order_open_held', sql`status <> 'open' or hold_id is not null`)
    .execute();
  await db.schema.createIndex('market_order_book').on('market_order').columns(['asset_id', 'status', 'price']).execute();
  await db.schema.createIndex('market_order_seller').on('market_order').columns(['seller_id', 'status', 'created_at']).execute();

  await db.schema
    .createTable('market_fill')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('market_order.id'))
    .addColumn('seller_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('taker_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('price_asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('quantity', 'bigint', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('price', 'bigint', (c) => c.notNull().check(sql`price > 0`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('market_fill_pair').on('market_fill').columns(['asset_id', 'price_asset_id', 'created_at']).execute();
  await db.schema.createIndex('market_fill_taker').on('market_fill').columns(['taker_id', 'created_at']).execute();
  await db.schema.createIndex('market_fill_seller').on('market_fill').columns(['seller_id', 'created_at']).execute();

  await db.schema
    .createTable('market_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('price_band_percent', 'integer')
    .addColumn('band_fills', 'integer', (c) => c.notNull())
    .addColumn('daily_volume_cap', 'bigint')
    .addColumn('max_open_orders', 'integer', (c) => c.notNull())
    .addColumn('min_tier_rank', 'integer', (c) => c.notNull())
    .addColumn('min_account_age_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // Defaults: ±50 % of the median of the last 20 fills, 10,000 units a day, 20 open orders,
  // any tier, members of at least one day.
  await sql`insert into market_settings (id, price_band_percent, band_fills, daily_volume_cap, max_open_orders, min_tier_rank, min_account_age_days, updated_at)
    values (1, 50, 20, 10000, 20, 0, 1, 0)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
