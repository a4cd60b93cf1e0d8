import { createQueryId, type Compilable, type CompiledQuery } from 'kysely';
import { sqliteReaderOf, type DbOrTx } from './database.js';

/** Stands in for a value at compile time; replaced by the caller's value on every execution. */
class Slot {
  constructor(readonly name: string) {}
}

type Slots<P> = { readonly [K in keyof P]: P[K] };

interface Compiled {
  sql: string;
  query: CompiledQuery['query'];
  /** For each bound parameter: the name of the caller's value, or a constant of the query itself. */
  bindings: Array<{ slot: string } | { constant: unknown }>;
}

/**
 * A query for the hottest read paths, built and compiled by Kysely once per dialect and
 * then executed with fresh values. Building and compiling a Kysely query (immutable nodes,
 * the camel-case transform, the compiler walk) costs more than an indexed SQLite read, so
 * paths run on every request (session lookup, directory search) compile once. On SQLite,
 * outside a transaction, they run on the direct reader connection (see SqliteReader).
 *
 * `build` receives `p`, whose properties stand for the values passed to `execute`. Use them
 * only where Kysely binds a parameter (comparisons, `limit`, `sql` template values); a value
 * that changes the query's shape (an `in` list's length, a column name) cannot be a slot:
 * make one prepared query per shape instead.
 */
export function preparedQuery<P extends Record<string, unknown>>() {
  return <Row>(build: (db: DbOrTx, p: Slots<P>) => Compilable<Row>) => {
    const byAdapter = new WeakMap<object, Compiled>();
    const slots = new Proxy({} as Slots<P>, { get: (_target, name) => new Slot(String(name)) });

    function compile(db: DbOrTx): Compiled {
      const adapter = db.getExecutor().adapter;
      let compiled = byAdapter.get(adapter);
      if (!compiled) {
        const query = build(db, slots).compile();
        compiled = {
          sql: query.sql,
          query: query.query,
          bindings: query.parameters.map((value) => (value instanceof Slot ? { slot: value.name } : { constant: value })),
        };
        byAdapter.set(adapter, compiled);
      }
      return compiled;
    }

    return {
      async execute(db: DbOrTx, params: P): Promise<Row[]> {
        const { sql, query, bindings } = compile(db);
        const parameters = bindings.map((b) => ('slot' in b ? params[b.slot] : b.constant));
        const reader = sqliteReaderOf(db);
        if (reader) return reader.all(sql, parameters) as Row[];
        const result = await db.executeQuery<Row>({ sql, query, parameters, queryId: createQueryId() });
        return result.rows;
      },
      async executeTakeFirst(db: DbOrTx, params: P): Promise<Row | undefined> {
        return (await this.execute(db, params))[0];
      },
      /** Runs a write without RETURNING; resolves to how many rows it changed. */
      async executeWrite(db: DbOrTx, params: P): Promise<number> {
        const { sql, query, bindings } = compile(db);
        const parameters = bindings.map((b) => ('slot' in b ? params[b.slot] : b.constant));
        const result = await db.executeQuery<Row>({ sql, query, parameters, queryId: createQueryId() });
        return Number(result.numAffectedRows ?? 0n);
      },
    };
  };
}
