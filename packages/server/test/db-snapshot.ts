import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

/**
 * A digest of every row of every table, to prove a rejected request changed nothing.
 * Sessions are left out: tests mint them directly before each request.
 *
 * The fuzz test takes one before every request, so it must be cheap: the table list is read
 * once per database, and on PostgreSQL the whole digest is one statement (one round trip
 * instead of one per table) of row counts and row-version stamps instead of row contents.
 */
export async function snapshotDb(db: Db, ignore: string[] = ['session']): Promise<string> {
  const { tables, dialect } = await tablesOf(db);
  const included = tables.filter((n) => !n.startsWith('hearth_migration') && !ignore.includes(n));
  const hash = createHash('sha256');
  if (dialect === 'postgres') {
    // Every insert or update writes a row version stamped with its transaction (xmin), and a
    // delete lowers the count: (rows, newest stamp) changes whenever a table does.
    const digests = included.map(
      (table) => sql`(select count(*) || ':' || coalesce(max(r.xmin::text::bigint), 0) from ${sql.table(table)} r)`,
    );
    const row = (await sql<{ digests: string[] }>`select array[${sql.join(digests)}] as digests`.execute(db)).rows[0]!;
    included.forEach((table, i) => hash.update(`${table}\n${row.digests[i]}\n`));
    return hash.digest('hex');
  }
  for (const table of included) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const lines = rows.rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}

const known = new WeakMap<Db, Promise<{ tables: string[]; dialect: 'sqlite' | 'postgres' }>>();

/** The migrated schema's tables do not change during a test: read them once per database. */
function tablesOf(db: Db) {
  let entry = known.get(db);
  if (!entry) {
    entry = tableNames(db);
    known.set(db, entry);
  }
  return entry;
}

/**
 * This community's tables. On PostgreSQL only the current schema is read: Kysely's
 * introspection walks every schema's catalog, and fails when another test file drops its
 * schema at that moment.
 */
async function tableNames(db: Db): Promise<{ tables: string[]; dialect: 'sqlite' | 'postgres' }> {
  const pg = await sql<{ name: string }>`select tablename as name from pg_catalog.pg_tables where schemaname = current_schema()`
    .execute(db)
    .catch(() => null);
  if (pg) return { tables: pg.rows.map((row) => row.name).sort(), dialect: 'postgres' };
  return { tables: (await db.introspection.getTables()).map((t) => t.name).sort(), dialect: 'sqlite' };
}
