import { sql } from 'kysely';
import type { Db, Tx } from './database.js';

/** At most this many units of work share a commit, and a group stops taking more after this long. */
const MAX_GROUP = 128;
const MAX_GROUP_MS = 20;

interface Waiting {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite (research/ledger.md, "Engines"): the one writer connection runs
 * the transactions that arrive together inside ONE database transaction, each in its own
 * SAVEPOINT, and commits once. With synchronous=FULL a commit waits for the disk (an fsync,
 * milliseconds); sharing it lets hundreds of tips a second stay durable against power loss.
 *
 * Each unit keeps the meaning of its own transaction: it sees everything committed before
 * it and the units before it in the group (they ran first, one at a time); a unit that
 * throws is rolled back to its savepoint alone, and its caller gets the error at once; the
 * others are answered only after the COMMIT, so nobody is told of a write that could still
 * be lost. If the COMMIT fails, every unit in the group gets that error.
 *
 * Units that arrive while a group runs wait for the next one, so under load a group holds
 * everything that queued during the previous commit. Before committing, the group yields to
 * the event loop once, so requests already in flight can join it.
 */
export class GroupCommit {
  private readonly queue: Waiting[] = [];
  private draining = false;

  constructor(private readonly db: Db) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) await this.runGroup();
    } finally {
      this.draining = false;
    }
  }

  private async runGroup(): Promise<void> {
    const succeeded: { unit: Waiting; value: unknown }[] = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        const started = performance.now();
        let yielded = false;
        while (succeeded.length < MAX_GROUP && performance.now() - started < MAX_GROUP_MS) {
          const unit = this.queue.shift();
          if (!unit) {
            if (yielded) break;
            yielded = true;
            await new Promise((resolve) => setImmediate(resolve));
            continue;
          }
          yielded = false;
          await sql`savepoint hearth_unit`.execute(tx);
          try {
            const value = await unit.work(tx);
            await sql`release hearth_unit`.execute(tx);
            succeeded.push({ unit, value });
          } catch (error) {
            await sql`rollback to hearth_unit`.execute(tx);
            await sql`release hearth_unit`.execute(tx);
            unit.reject(error);
          }
        }
      });
    } catch (error) {
      for (const { unit } of succeeded) unit.reject(error);
      return;
    }
    for (const { unit, value } of succeeded) unit.resolve(value);
  }
}
