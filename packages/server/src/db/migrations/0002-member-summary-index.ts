import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * A covering index for member summaries (directory, search results, authors): a lookup by
 * id reads one dense index entry instead of the wide member row, which roughly halves the
 * cost of a directory page. Keep its columns equal to SUMMARY_COLUMNS plus `listed` and
 * `name_folded` (the substring check of a name search);
 * member-search.test.ts checks the plan still covers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const covered = sql`listed, display_name, name_folded, avatar_key, role, tier_id, created_at, bio`;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create index member_summary on member (id) include (${covered})`.execute(db);
  } else {
    await sql`create index member_summary on member (id, ${covered})`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
