import type { Kysely } from 'kysely';

/**
 * Chat: conversations (a chat space's channel or a DM), their members with read state, and
 * sequenced messages. `seq` is given inside the insert's transaction from
 * `conversation.last_seq`, so a conversation's seqs are 1, 2, 3 … with no holes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema
    .createTable('conversation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // A chat space's channel has the space's id as its own; null for DMs.
    .addColumn('space_id', 'text', (c) => c.unique())
    // Sorted member ids of a 1:1 DM, so starting it again finds the same conversation.
    .addColumn('pair_key', 'text', (c) => c.unique())
    .addColumn('last_seq', ms, (c) => c.notNull().defaultTo(0))
    .addColumn('last_message_at', ms)
    .addColumn('created_by', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conversation_member')
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversation.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('read_seq', ms, (c) => c.notNull().defaultTo(0))
    // For DMs: the member's place in their list. Space channels keep only read state here.
    .addColumn('is_dm', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_message_at', ms)
    .addColumn('joined_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_member_pk', ['conversation_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('conversation_member_dm_list')
    .on('conversation_member')
    .columns(['member_id', 'is_dm', 'last_message_at', 'conversation_id'])
    .execute();

  await db.schema
    .createTable('message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversation.id'))
    .addColumn('seq', ms, (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('parent_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reply_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('edited_at', ms)
    .addColumn('deleted_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('message_seq').unique().on('message').columns(['conversation_id', 'seq']).execute();
  await db.schema.createIndex('message_replies').on('message').columns(['parent_id', 'seq']).execute();

  await db.schema
    .createTable('message_reaction')
    .addColumn('message_id', 'text', (c) => c.notNull().references('message.id'))
    .addColumn('emoji', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('message_reaction_pk', ['message_id', 'emoji', 'member_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
