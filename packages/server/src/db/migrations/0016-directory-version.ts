import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * `directory_version`: one row, bumped by triggers whenever anything a directory or member
 * search result shows may have changed — a member row added or removed, or its name, avatar,
 * role, tier, bio, listing or join time updated, or a tier renamed or reordered. Each node's
 * directory cache (modules/members/directory-cache.ts) reads it on every search and drops
 * its pages when it moved. Triggers rather than code, so no path that writes `member` or
 * `tier` (the API, the CLI, imports, erasure) can forget it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('directory_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into directory_version (id, version) values (1, 0)`.execute(db);

  const memberColumns = sql.raw('display_name, name_folded, avatar_key, role, tier_id, bio, listed, created_at');
  if (isPostgres) {
    // Statement-level: a bulk import bumps once. SET search_path FROM CURRENT: the function
    // updates this community's schema whoever calls it.
    await sql`
      create function bump_directory_version() returns trigger language plpgsql
      set search_path from current as $$
      begin
        update directory_version set version = version + 1;
        return null;
      end
      $$
    `.execute(db);
    await sql`
      create trigger member_directory_changed after insert or delete or update of ${memberColumns} on member
      for each statement execute function bump_directory_version()
    `.execute(db);
    await sql`
      create trigger tier_directory_changed after delete or update of name, rank on tier
      for each statement execute function bump_directory_version()
    `.execute(db);
  } else {
    const bump = sql.raw('begin update directory_version set version = version + 1; end');
    await sql`create trigger member_directory_added after insert on member ${bump}`.execute(db);
    await sql`create trigger member_directory_removed after delete on member ${bump}`.execute(db);
    await sql`create trigger member_directory_changed after update of ${memberColumns} on member ${bump}`.execute(db);
    await sql`create trigger tier_directory_changed after update of name, rank on tier ${bump}`.execute(db);
    await sql`create trigger tier_directory_removed after delete on tier ${bump}`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
