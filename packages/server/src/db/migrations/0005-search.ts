import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Full-text search. `search_doc` holds what is searchable (its text, where it lives, who
 * wrote it). The terms (jieba words and marked Han bigrams, folded 繁→简; see
 * platform/text/search-tokens.ts) go to an FTS5 table on SQLite, ranked with BM25, and to a
 * GIN-indexed text[] column on PostgreSQL (PostgreSQL's parsers do not segment Chinese, so
 * the terms are made by Hearth on both engines).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ms = 'bigint';
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let table = db.schema
    .createTable('search_doc')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text')
    .addColumn('space_id', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('author_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    // SQLite: the document's row in search_fts (an FTS5 rowid; looked up by primary key both ways).
    .addColumn('fts_rowid', 'integer', (c) => c.unique());
  if (isPostgres) table = table.addColumn('terms', sql`text[]`, (c) => c.notNull());
  await table.execute();
  await db.schema.createIndex('search_doc_by_space').on('search_doc').columns(['space_id', 'created_at']).execute();
  if (isPostgres) {
    await sql`create index search_doc_terms on search_doc using gin (terms)`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(terms, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
