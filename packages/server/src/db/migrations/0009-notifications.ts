import { sql, type Kysely } from 'kysely';

/**
 * Notifications: the in-app entries (grouped while unread by `group_key`), each member's
 * choices, how closely they follow threads, their browsers for web push, and the
 * community's VAPID key pair.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(1))
    // Unread entries with the same key are one entry (reactions to one comment, one DM's messages).
    .addColumn('group_key', 'text')
    // The space whose access decides whether the recipient may still see it (null: DMs, follows).
    .addColumn('space_id', 'text')
    .addColumn('post_id', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('emoji', 'text')
    .addColumn('action', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('read_at', ms)
    .addColumn('emailed_at', ms)
    .execute();
  await db.schema.createIndex('notification_recipient_recent').on('notification').columns(['recipient_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('notification_recipient_unread').on('notification').columns(['recipient_id', 'read_at']).execute();
  await db.schema
    .createIndex('notification_unread_group')
    .on('notification')
    .columns(['recipient_id', 'group_key'])
    .unique()
    .where(sql.ref('read_at'), 'is', null)
    .where(sql.ref('group_key'), 'is not', null)
    .execute();

  // Who acted on a grouped entry, so actor_count counts members, not events.
  await db.schema
    .createTable('notification_actor')
    .addColumn('notification_id', 'text', (c) => c.notNull().references('notification.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_actor_pk', ['notification_id', 'actor_id'])
    .execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('member.id'))
    // JSON {kind: {inApp, email, push}}: only what differs from the defaults.
    .addColumn('kinds', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('quiet_start', 'integer')
    .addColumn('quiet_end', 'integer')
    .addColumn('digest', 'text', (c) => c.notNull().defaultTo('off'))
    .addColumn('email_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('next_digest_at', ms)
    .addColumn('last_digest_at', ms)
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('thread_follow')
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('post_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('thread_follow_pk', ['member_id', 'post_id'])
    .execute();
  await db.schema.createIndex('thread_follow_post').on('thread_follow').columns(['post_id', 'level']).execute();

  await db.schema
    .createTable('push_subscription')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('last_sent_at', ms)
    .execute();
  await db.schema.createIndex('push_subscription_member').on('push_subscription').column('member_id').execute();

  await db.schema
    .createTable('push_key')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['push_key', 'push_subscription', 'thread_follow', 'notification_settings', 'notification_actor', 'notification'])
    await db.schema.dropTable(table).execute();
}
