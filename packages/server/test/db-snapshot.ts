import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

/**
 * A digest of every row of every table, to prove a rejected request changed nothing.
 * Sessions are left out: tests mint them directly before each request.
 */
export async function snapshotDb(db: Db, ignore: string[] = ['session']): Promise<string> {
  const tables = (await tableNames(db)).filter((n) => !n.startsWith('hearth_migration') && !ignore.includes(n)).sort();
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const lines = rows.rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}

/**
 * This community's tables. On PostgreSQL only the current schema is read: Kysely's
 * introspection walks every schema's catalog, and fails when another test file drops its
 * schema at that moment.
 */
async function tableNames(db: Db): Promise<string[]> {
  const pg = await sql<{ name: string }>`select tablename as name from pg_catalog.pg_tables where schemaname = current_schema()`
    .execute(db)
    .catch(() => null);
  if (pg) return pg.rows.map((row) => row.name);
  return (await db.introspection.getTables()).map((t) => t.name);
}
