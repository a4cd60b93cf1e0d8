import { Migrator, PostgresAdapter, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-member-summary-index.js';
import * as m0003 from './migrations/0003-spaces-posts.js';
import * as m0004 from './migrations/0004-chat.js';
import * as m0005 from './migrations/0005-search.js';
import * as m0006 from './migrations/0006-people.js';
import * as m0007 from './migrations/0007-posts-extras.js';
import * as m0008 from './migrations/0008-media.js';
import * as m0009 from './migrations/0009-notifications.js';
import * as m0010 from './migrations/0010-feed.js';
import * as m0011 from './migrations/0011-presence.js';
import * as m0012 from './migrations/0012-thread-version.js';
import * as m0013 from './migrations/0013-search-bounded.js';
import * as m0014 from './migrations/0014-ledger.js';
import * as m0015 from './migrations/0015-moderation-words.js';
import * as m0016 from './migrations/0016-directory-version.js';
import * as m0017 from './migrations/0017-tips.js';
import * as m0018 from './migrations/0018-moderation-holds.js';
import * as m0019 from './migrations/0019-chips.js';
import * as m0020 from './migrations/0020-perks.js';
import * as m0021 from './migrations/0021-spam-reports.js';
import * as m0022 from './migrations/0022-penalties-audit.js';
import * as m0023 from './migrations/0023-points-rules.js';
import * as m0024 from './migrations/0024-search-small-pages.js';
import * as m0025 from './migrations/0025-trust-levels.js';
import * as m0026 from './migrations/0026-member-orders.js';
import * as m0027 from './migrations/0027-badges-leaderboards.js';
import * as m0028 from './migrations/0028-economy-flags.js';

/** Migrations are bundled into the code (no directory scan), so the built server carries them. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-member-summary-index': m0002,
  '0003-spaces-posts': m0003,
  '0004-chat': m0004,
  '0005-search': m0005,
  '0006-people': m0006,
  '0007-posts-extras': m0007,
  '0008-media': m0008,
  '0009-notifications': m0009,
  '0010-feed': m0010,
  '0011-presence': m0011,
  '0012-thread-version': m0012,
  '0013-search-bounded': m0013,
  '0014-ledger': m0014,
  '0015-moderation-words': m0015,
  '0016-directory-version': m0016,
  '0017-tips': m0017,
  '0018-moderation-holds': m0018,
  '0019-chips': m0019,
  '0020-perks': m0020,
  '0021-spam-reports': m0021,
  '0022-penalties-audit': m0022,
  '0023-points-rules': m0023,
  '0024-search-small-pages': m0024,
  '0025-trust-levels': m0025,
  '0026-member-orders': m0026,
  '0027-badges-leaderboards': m0027,
  '0028-economy-flags': m0028,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/**
 * Brings the schema up to date; throws with the failing migration's error. On PostgreSQL
 * the bookkeeping tables live in the connection's current schema (the community's), named
 * explicitly: Kysely otherwise finds another schema's `hearth_migration` table when several
 * communities (or test runs) share one database, and skips creating its own.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema ?? undefined;
    if (!migrationTableSchema) throw new Error('PostgreSQL has no current schema: check search_path in HEARTH_DATABASE_URL');
  }
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(),
    migrationTableName: 'hearth_migration',
    migrationLockTableName: 'hearth_migration_lock',
    // Work lands in parallel, so a database that already ran a higher-numbered migration may
    // meet a lower one later (0024 landed before 0019–0023); each is independent of the others.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt < 5 && isOtherSchemaGone(error, migrationTableSchema)) continue;
    throw error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Kysely's migrator looks for its tables by listing every schema's tables and columns, checking
 * access to each; when another community (or test run) sharing the database drops its schema
 * meanwhile, PostgreSQL reports that schema (3F000) or one of its tables (42P01, named with the
 * schema) missing. Nothing was done yet: look again.
 */
function isOtherSchemaGone(error: unknown, ownSchema: string | undefined): boolean {
  if (!ownSchema || typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== 'string' || message.includes(`"${ownSchema}`) || message.includes(`${ownSchema}.`)) return false;
  return code === '3F000' || (code === '42P01' && /relation "[^".]+\.[^"]+" does not exist/.test(message));
}
