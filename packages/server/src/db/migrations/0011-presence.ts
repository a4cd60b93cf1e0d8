import type { Kysely } from 'kysely';

/**
 * Presence: one row per member and server node that holds (or last held) their sockets.
 * A node refreshes `updated_at` of its rows with sockets every 30 s; a row with sockets whose
 * `updated_at` is older than 90 s belongs to a node that died and counts as offline.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_presence')
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('sockets', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_presence_pk', ['member_id', 'node_id'])
    .execute();
  await db.schema.createIndex('member_presence_node').on('member_presence').columns(['node_id', 'sockets']).execute();
  await db.schema.createIndex('member_presence_stale').on('member_presence').columns(['sockets', 'updated_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_presence').execute();
}
