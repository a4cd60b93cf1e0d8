/**
 * The background SQLite reader's thread (see background-reader.ts): its own read-only
 * connection to the community's file, running the statements it is sent, one at a time, and
 * sending back column names and rows as arrays. Plain JavaScript so that it runs as it is
 * under tsx, Vitest and the bundle alike.
 */
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';

const sqlite = new SqliteDatabase(workerData.file, { fileMustExist: true });
sqlite.pragma('query_only = ON');
sqlite.pragma('busy_timeout = 5000');
const statements = new Map();

parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    let entry = statements.get(sql);
    if (!entry) {
      const statement = sqlite.prepare(sql).raw(true);
      entry = { statement, columns: statement.columns().map((c) => c.name) };
      if (statements.size >= 200) statements.clear();
      statements.set(sql, entry);
    }
    parentPort.postMessage({ id, columns: entry.columns, rows: entry.statement.all(...parameters) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
