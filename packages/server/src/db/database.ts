import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;
export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** The raw better-sqlite3 handle (SQLite only), for online backups. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

// int8 (bigint) columns hold epoch milliseconds, well inside 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export interface OpenDbOptions {
  databaseUrl: string | null;
  sqliteFile: string;
  synchronous: 'NORMAL' | 'FULL';
  /** PostgreSQL schema a community lives in (one schema per community when many are hosted). */
  pgSchema?: string;
}

/** Opens the community's database: SQLite by default, PostgreSQL when a URL is given. */
export function openDb(options: OpenDbOptions): DbHandle {
  const plugins = [new CamelCasePlugin()];
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
  }
  fs.mkdirSync(path.dirname(options.sqliteFile), { recursive: true });
  const sqlite = new SqliteDatabase(options.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Runs `work` in one transaction. Use for every use case that changes several rows.
 * Nested calls reuse the outer transaction.
 */
export async function withTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Tx);
  return (db as Db).transaction().execute(work);
}
