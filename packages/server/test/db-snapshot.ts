import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';

/**
 * A digest of every row of every table, to prove a rejected request changed nothing.
 * Sessions are left out: tests mint them directly before each request.
 */
export async function snapshotDb(db: Db, ignore: string[] = ['session']): Promise<string> {
  // On PostgreSQL, introspection lists every schema's tables; keep this community's only.
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db).catch(() => ({ rows: [] }));
  const schema = rows[0]?.schema ?? null;
  const tables = (await db.introspection.getTables())
    .filter((t) => !schema || t.schema === schema)
    .map((t) => t.name)
    .filter((n) => !n.startsWith('hearth_migration') && !ignore.includes(n))
    .sort();
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const lines = rows.rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
