import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * A SQLite connection on its own thread, for the few reads that take milliseconds (a search
 * window over a million documents). On the main thread such a read stalls every other
 * request and every realtime delivery for its whole length; here the event loop goes on
 * serving while it runs, and a second core does the reading. The thread starts on first
 * use (boot pays nothing) and does not keep the process alive. In WAL mode it sees the last
 * committed state, like the synchronous reader in database.ts.
 */
export interface BackgroundReader {
  /** Rows of a read-only statement, keyed by camelCase column names like Kysely's. */
  all(sqlText: string, parameters: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  columns?: string[];
  rows?: unknown[][];
  error?: string;
}

interface Pending {
  resolve(rows: Record<string, unknown>[]): void;
  reject(error: Error): void;
}

/** Where the worker's script is: beside this module in the source, at the bundle's root in dist/. */
function workerScript(): URL {
  const candidates = [new URL('./sqlite-read-worker.mjs', import.meta.url), new URL('../sqlite-read-worker.mjs', import.meta.url)];
  const found = candidates.find((url) => fs.existsSync(url));
  if (!found) throw new Error('sqlite-read-worker.mjs not found');
  return found;
}

const snakeToCamel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function createBackgroundReader(file: string): BackgroundReader {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    // No execArgv: the script is plain JavaScript and needs none of the parent's loaders.
    const started = new Worker(workerScript(), { workerData: { file }, execArgv: [] });
    started.unref();
    started.on('message', (reply: Reply) => {
      const waiter = pending.get(reply.id);
      if (!waiter) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if (reply.error !== undefined) return waiter.reject(new Error(reply.error));
      const keys = (reply.columns ?? []).map(snakeToCamel);
      waiter.resolve(
        (reply.rows ?? []).map((values) => {
          const row: Record<string, unknown> = {};
          for (let i = 0; i < keys.length; i++) row[keys[i]!] = values[i];
          return row;
        }),
      );
    });
    // A thread that dies takes its reads with it; the next read starts a new one.
    started.on('error', (error) => {
      if (worker === started) worker = null;
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      failAll(new Error(`background reader exited (${code})`));
    });
    return started;
  };

  return {
    all(sqlText, parameters) {
      worker ??= start();
      const id = nextId++;
      const target = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Keep the process alive while a read is in flight (a shutdown waits for it).
        target.ref();
        target.postMessage({ id, sql: sqlText, parameters });
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
      failAll(new Error('background reader closed'));
    },
  };
}
