import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Versions for the thread-page cache (modules/posts/thread-cache.ts), read from the database
 * on every request so that a node's cached thread is never served after any node changed it:
 *
 * - `post.version`: bumped in the transaction of every change to a thread or what its page
 *   shows (comments, reactions, poll votes, pin, lock, move, accept, edits, deletions).
 * - `author_ref_version`: one row, bumped by a trigger whenever a member's name or avatar
 *   changes (or a member row goes), since a thread page shows its authors. A trigger rather
 *   than code in the members module, so no path that writes `member` (the API, the CLI,
 *   imports) can forget it.
 * - `bookmark.post_id`: the thread a bookmark belongs to, so the reader's bookmarks in one
 *   thread are one index range.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .alterTable('post')
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .alterTable('bookmark')
    .addColumn('post_id', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`
    update bookmark set post_id = coalesce(
      (select comment.post_id from comment where comment.id = bookmark.subject_id and bookmark.subject_kind = 'comment'),
      bookmark.subject_id)
  `.execute(db);
  await db.schema.createIndex('bookmark_in_thread').on('bookmark').columns(['member_id', 'post_id']).execute();

  await db.schema
    .createTable('author_ref_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into author_ref_version (id, version) values (1, 0)`.execute(db);

  if (isPostgres) {
    // SET search_path FROM CURRENT: the function updates this community's schema whoever calls it.
    await sql`
      create function bump_author_ref_version() returns trigger language plpgsql
      set search_path from current as $$
      begin
        update author_ref_version set version = version + 1;
        return null;
      end
      $$
    `.execute(db);
    await sql`
      create trigger member_ref_changed after update of display_name, avatar_key on member for each row
      when (old.display_name is distinct from new.display_name or old.avatar_key is distinct from new.avatar_key)
      execute function bump_author_ref_version()
    `.execute(db);
    await sql`create trigger member_ref_removed after delete on member for each row execute function bump_author_ref_version()`.execute(db);
  } else {
    await sql`
      create trigger member_ref_changed after update of display_name, avatar_key on member
      when old.display_name is not new.display_name or old.avatar_key is not new.avatar_key
      begin update author_ref_version set version = version + 1; end
    `.execute(db);
    await sql`
      create trigger member_ref_removed after delete on member
      begin update author_ref_version set version = version + 1; end
    `.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
