import { sql, type Kysely } from 'kysely';

/**
 * Economy oversight (modules/oversight): the flags the wash-trade and abuse detectors raise
 * (one per pattern found, deduplicated by a fingerprint of its kind and transfers, so a
 * rerun over the same window raises nothing twice), and the owner's transparency choice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('economy_flag')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('round_trip','cycle','concentration','many_to_one')`))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','dismissed','actioned')`))
    // JSON arrays of ids: a flag's members and transfers are read with it, never queried by.
    .addColumn('member_ids', 'text', (c) => c.notNull())
    .addColumn('transfer_ids', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_at', 'bigint')
    .addColumn('decided_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('economy_flag_status').on('economy_flag').columns(['status', 'created_at', 'id']).execute();

  await db.schema
    .createTable('oversight_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('members_may_verify', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into oversight_settings (id, members_may_verify, updated_at) values (1, 0, 0)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
