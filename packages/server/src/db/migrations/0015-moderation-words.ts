import { sql, type Kysely } from 'kysely';

/**
 * The word filter (modules/moderation): words per action and category, the allow-list, and
 * one version row bumped with every change. Keys are the normalised forms, unique, so an
 * import can never list the same word twice under two spellings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('moderation_word')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('word_key', 'text', (c) => c.notNull().unique())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('block','review','mask','tag')`))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('ads','abuse','adult','politics','custom')`))
    .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_word_list').on('moderation_word').columns(['action', 'category', 'created_at']).execute();

  await db.schema
    .createTable('moderation_allowed_phrase')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('phrase_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('moderation_filter')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into moderation_filter (id, version, updated_at) values (1, 0, 0)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
