import { sql, type Kysely } from 'kysely';

/**
 * Personal and brand chips (modules/economy, chips): who may issue one (one settings row),
 * members' requests when the owner wants approval, and a log of what was done to a chip
 * (issued, frozen, unfrozen) with who did it and why. The chips themselves are ledger assets;
 * an index lets a chip page read its asset's newest transfers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('chip_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('issuance_mode', 'text', (c) => c.notNull().check(sql`issuance_mode in ('off','open','approval')`))
    .addColumn('min_tier_rank', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into chip_settings (id, issuance_mode, min_tier_rank, updated_at) values (1, 'approval', 0, 0)`.execute(db);

  await db.schema
    .createTable('chip_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('icon', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('supply_cap', 'bigint', (c) => c.notNull())
    .addColumn('daily_mint_limit', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending','approved','declined')`))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('decided_at', 'bigint')
    .addColumn('asset_id', 'text', (c) => c.references('asset.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  // One open request per member, and no two open requests for one code.
  await sql`create unique index chip_request_one_pending on chip_request (member_id) where status = 'pending'`.execute(db);
  await sql`create unique index chip_request_pending_code on chip_request (code) where status = 'pending'`.execute(db);
  await db.schema.createIndex('chip_request_status').on('chip_request').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('chip_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('issued','frozen','unfrozen')`))
    .addColumn('actor_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  // A chip page lists its asset's newest movements: without this the scan walks every transfer.
  await db.schema.createIndex('transfer_asset_seq').on('transfer').columns(['asset_id', 'seq']).execute();
  await db.schema.createIndex('chip_action_asset').on('chip_action').columns(['asset_id', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
