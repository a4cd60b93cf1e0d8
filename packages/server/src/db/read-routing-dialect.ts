import type SqliteDatabase from 'better-sqlite3';
import {
  SelectQueryNode,
  SqliteDialect,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely's SQLite dialect, with SELECTs outside transactions sent to a second, read-only
 * connection instead of the one writer connection.
 *
 * Kysely gives SQLite one connection behind a mutex: a plain read waits until the open
 * transaction (or group of them, see group-commit.ts) commits. Requests read before they
 * write — who is asking, may they, what does the target look like — so with one shared
 * connection those reads queued behind every commit and each request's write came to the
 * writer alone, one fsync each. In WAL mode a second connection reads the last committed
 * state without waiting, so the reads run at once and the writes of many requests reach
 * the writer together and share a commit.
 *
 * Inside a transaction everything runs on the writer (a transaction reads its own writes).
 * Outside one, only a query Kysely built as a SELECT goes to the reader; a raw `sql` query
 * and every write take the writer, as before.
 */
export class ReadRoutingSqliteDialect extends SqliteDialect {
  constructor(
    private readonly writer: { prepare(sql: string): SqliteDatabase.Statement; close(): void },
    private readonly reader: SqliteDatabase.Database,
  ) {
    super({ database: writer as never });
  }

  override createDriver(): Driver {
    return new ReadRoutingDriver(super.createDriver(), statementCache(this.reader));
  }
}

/** The reader's prepared statements by SQL text (a small, fixed set: values are parameters). */
function statementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return (sqlText: string) => {
    let statement = cache.get(sqlText);
    if (!statement) {
      statement = sqlite.prepare(sqlText);
      if (cache.size >= 1000) cache.clear();
      cache.set(sqlText, statement);
    }
    return statement;
  };
}

class ReadRoutingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly prepareRead: (sqlText: string) => SqliteDatabase.Statement,
  ) {}

  init = () => this.inner.init();
  destroy = () => this.inner.destroy();

  /** No lock yet: a connection takes the writer only when it begins a transaction or writes. */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.inner, this.prepareRead);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const routed = connection as RoutedConnection;
    await this.inner.beginTransaction(await routed.takeWriter(), settings);
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.inner.commitTransaction((connection as RoutedConnection).heldWriter());
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.inner.rollbackTransaction((connection as RoutedConnection).heldWriter());
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const writer = (connection as RoutedConnection).giveBackWriter();
    if (writer) await this.inner.releaseConnection(writer);
  }
}

class RoutedConnection implements DatabaseConnection {
  private writer: DatabaseConnection | null = null;

  constructor(
    private readonly inner: Driver,
    private readonly prepareRead: (sqlText: string) => SqliteDatabase.Statement,
  ) {}

  async takeWriter(): Promise<DatabaseConnection> {
    this.writer ??= await this.inner.acquireConnection();
    return this.writer;
  }
  heldWriter(): DatabaseConnection {
    if (!this.writer) throw new Error('no transaction on this connection');
    return this.writer;
  }
  giveBackWriter(): DatabaseConnection | null {
    const writer = this.writer;
    this.writer = null;
    return writer;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.writer && SelectQueryNode.is(compiled.query)) {
      const statement = this.prepareRead(compiled.sql);
      return { rows: statement.all(compiled.parameters as unknown[]) as R[] };
    }
    return (await this.takeWriter()).executeQuery<R>(compiled);
  }

  async *streamQuery<R>(compiled: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.takeWriter()).streamQuery<R>(compiled, chunkSize);
  }
}
