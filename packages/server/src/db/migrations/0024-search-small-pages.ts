import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * SQLite: the search index's leaf pages shrink from 1,000 to 256 bytes, and the index is
 * rewritten into one segment of such pages. A member who reads only a small space makes
 * FTS5 skip through the long posting lists of common words to each of that space's
 * documents; a skip lands on a page and decodes its entries up to the document, so the
 * page size is the cost of a skip (at 1,000,000 posts: a two-word query in a 0.1 % space
 * went from ~13 to ~8 ms). Walking the newest matches, the common case, reads a few more
 * pages and stays well under a millisecond. Rewriting takes seconds per million documents.
 * PostgreSQL's GIN index is unaffected.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`insert into search_fts (search_fts, rank) values ('pgsz', 256)`.execute(db);
  await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
