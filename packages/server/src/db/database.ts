import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, type Transaction } from 'kysely';
import { createBackgroundReader, type BackgroundReader } from './background-reader.js';
import { GroupCommit } from './group-commit.js';
import { ReadRoutingSqliteDialect } from './read-routing-dialect.js';
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

export interface OpenDbOptions {
  databaseUrl: string | null;
  sqliteFile: string;
  synchronous: 'NORMAL' | 'FULL';
  /** PostgreSQL schema a community lives in (one schema per community when many are hosted). */
  pgSchema?: string;
}

/**
 * Opens the community's database: SQLite by default, PostgreSQL when a URL is given (the
 * `pg` driver is loaded only then, which keeps the default boot fast).
 */
export async function openDb(options: OpenDbOptions): Promise<DbHandle> {
  const plugins = [new CamelCasePlugin()];
  if (options.databaseUrl) {
    const { default: pg } = await import('pg');
    // int8 (bigint) columns hold epoch milliseconds and counts, well inside 2^53.
    pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
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
  const readerSqlite = openReadOnly(options.sqliteFile);
  const db = new Kysely<Database>({ dialect: new ReadRoutingSqliteDialect(withStatementCache(sqlite), readerSqlite), plugins });
  const reader = sqliteReaderOn(readerSqlite);
  sqliteReaders.set(db, reader);
  const background = createBackgroundReader(options.sqliteFile);
  backgroundReaders.set(db, background);
  groupCommits.set(db, new GroupCommit(db));
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    close: async () => {
      sqliteReaders.delete(db);
      backgroundReaders.delete(db);
      groupCommits.delete(db);
      reader.close();
      await background.close();
      await db.destroy();
    },
  };
}

/**
 * Kysely's SQLite driver prepares every query afresh; preparing costs more than running a
 * typical indexed read. Statements are keyed by SQL text (values are bound parameters, so
 * the set of texts is small) and reused; better-sqlite3 runs each synchronously to the end,
 * so a cached statement is never used by two queries at once.
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (!statement) {
        statement = sqlite.prepare(sqlText);
        if (cache.size >= 1000) cache.clear();
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

/**
 * A second SQLite connection for the hottest reads (see prepared-query.ts). In WAL mode a
 * reader sees the last committed state and never waits for the writer, and as
 * better-sqlite3 is synchronous a read runs to its end in one call: no driver queue, no
 * promise hops. It can only read (`query_only`), and never sees another request's open
 * transaction, which the shared Kysely connection would.
 */
export interface SqliteReader {
  /** Rows of a read-only statement, keyed by camelCase column names like Kysely's. */
  all(sqlText: string, parameters: readonly unknown[]): Record<string, unknown>[];
  close(): void;
}

const sqliteReaders = new WeakMap<Db, SqliteReader>();

/** The direct reader behind a database, or null for PostgreSQL and inside transactions. */
export function sqliteReaderOf(db: DbOrTx): SqliteReader | null {
  if (db.isTransaction) return null;
  return sqliteReaders.get(db as Db) ?? null;
}

const backgroundReaders = new WeakMap<Db, BackgroundReader>();

/**
 * The reader on its own thread (background-reader.ts), for long reads; null for PostgreSQL
 * (whose reads never block the event loop) and inside transactions.
 */
export function backgroundReaderOf(db: DbOrTx): BackgroundReader | null {
  if (db.isTransaction) return null;
  return backgroundReaders.get(db as Db) ?? null;
}

/** A second connection to the file that can only read (plain SELECTs and prepared reads use it). */
function openReadOnly(file: string): SqliteDatabase.Database {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('query_only = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

function sqliteReaderOn(sqlite: SqliteDatabase.Database): SqliteReader {
  const statements = new Map<string, { statement: SqliteDatabase.Statement; keys: string[] }>();
  return {
    all(sqlText, parameters) {
      let entry = statements.get(sqlText);
      if (!entry) {
        const statement = sqlite.prepare(sqlText).raw(true);
        entry = { statement, keys: statement.columns().map((c) => snakeToCamel(c.name)) };
        if (statements.size >= 200) statements.clear();
        statements.set(sqlText, entry);
      }
      const { statement, keys } = entry;
      return (statement.all(...parameters) as unknown[][]).map((values) => {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) row[keys[i]!] = values[i];
        return row;
      });
    },
    close: () => sqlite.close(),
  };
}

/** The inverse of the schema's naming, as Kysely's CamelCasePlugin maps result columns. */
const snakeToCamel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const groupCommits = new WeakMap<Db, GroupCommit>();

/**
 * Runs `work` in one transaction. Use for every use case that changes several rows.
 * Nested calls reuse the outer transaction. On SQLite, transactions that arrive together
 * share one commit, each in its own savepoint (see group-commit.ts): the same meaning, one
 * fsync for many. Inside `work`, use only `tx`: the shared connection is busy until it ends.
 */
export async function withTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Tx);
  const group = groupCommits.get(db as Db);
  return group ? group.run(work) : (db as Db).transaction().execute(work);
}
