import type SqliteDatabase from 'better-sqlite3';
import { createQueryId, type Compilable, type CompiledQuery } from 'kysely';
import type { Tx } from '../../db/database.js';

/** Stands in for a value at compile time; replaced by the caller's value on every run. */
class Slot {
  constructor(readonly name: string) {}
}

interface Compiled {
  sql: string;
  query: CompiledQuery['query'];
  bindings: Array<{ slot: string } | { constant: unknown }>;
}

/** Where the hot statements run: the transaction, and on SQLite its (single) raw connection. */
export interface StatementTarget {
  tx: Tx;
  /** The better-sqlite3 connection the transaction holds (SQLite), else null. */
  sqlite: SqliteDatabase.Database | null;
}

/**
 * The ledger's hot statements, built and compiled by Kysely once per dialect (like
 * db/prepared-query.ts). On SQLite they then run synchronously on the raw connection the
 * transaction holds — the driver's mutex keeps every other query off it until commit, so
 * the statements are part of the transaction — which skips the driver's promise round trip
 * and result transform (about half a transfer's time). On PostgreSQL they go through the
 * transaction's connection as any query does.
 */
export function ledgerStatement<P extends Record<string, unknown>>() {
  return <Row>(build: (tx: Tx, p: P) => Compilable<Row>) => {
    const byAdapter = new WeakMap<object, Compiled>();
    const raw = new WeakMap<SqliteDatabase.Database, { statement: SqliteDatabase.Statement; keys: string[] }>();
    const slots = new Proxy({} as P, { get: (_target, name) => new Slot(String(name)) });

    function compile(tx: Tx): Compiled {
      const adapter = tx.getExecutor().adapter;
      let compiled = byAdapter.get(adapter);
      if (!compiled) {
        const query = build(tx, slots).compile();
        compiled = {
          sql: query.sql,
          query: query.query,
          bindings: query.parameters.map((value) => (value instanceof Slot ? { slot: value.name } : { constant: value })),
        };
        byAdapter.set(adapter, compiled);
      }
      return compiled;
    }

    /** The statement on this SQLite connection, in raw mode, with its result keys camel-cased once. */
    function prepared(sqlite: SqliteDatabase.Database, tx: Tx) {
      let entry = raw.get(sqlite);
      if (!entry) {
        const statement = sqlite.prepare(compile(tx).sql).raw(true);
        entry = { statement, keys: statement.columns().map((c) => camelCase(c.name)) };
        raw.set(sqlite, entry);
      }
      return entry;
    }

    return {
      /**
       * On SQLite only: runs synchronously on the raw connection inside the open transaction
       * and returns the first row, if any.
       */
      runSync(sqlite: SqliteDatabase.Database, tx: Tx, params: P): Row | undefined {
        if (!sqlite.inTransaction) throw new Error('ledger statements run inside a transaction');
        const { statement, keys } = prepared(sqlite, tx);
        const { bindings } = compile(tx);
        const values = new Array<unknown>(bindings.length);
        for (let i = 0; i < bindings.length; i++) {
          const b = bindings[i]!;
          values[i] = 'slot' in b ? params[b.slot] : b.constant;
        }
        const row = statement.get(...values) as unknown[] | undefined;
        if (!row) return undefined;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) out[keys[i]!] = row[i];
        return out as Row;
      },
      /** The first row the statement returns, if any (on SQLite, synchronously underneath). */
      async run(target: StatementTarget, params: P): Promise<Row | undefined> {
        if (target.sqlite) return this.runSync(target.sqlite, target.tx, params);
        const { sql, query, bindings } = compile(target.tx);
        const values = bindings.map((b) => ('slot' in b ? params[b.slot] : b.constant));
        const result = await target.tx.executeQuery<Row>({ sql, query, parameters: values, queryId: createQueryId() });
        return result.rows[0];
      },
    };
  };
}

/** A result column as Kysely's CamelCasePlugin names it. */
const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
