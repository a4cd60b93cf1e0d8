import { sql } from 'kysely';
import type { z } from 'zod';
import type { Db, DbOrTx, Dialect } from '../../db/database.js';
import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';
import type { Logger } from '../logger.js';

export interface JobDefinition<P> {
  name: string;
  payload: z.ZodType<P>;
  handle(payload: P): Promise<void>;
  /**
   * Runs several due jobs of this kind at once, with the effect of `handle` on each in turn
   * (one transaction for many small writes: a search index takes a batch in a fraction of
   * the time of its jobs one by one). When it throws, the jobs run one by one instead, so one
   * bad job fails alone.
   */
  handleBatch?(payloads: P[]): Promise<void>;
  maxAttempts?: number;
}

interface ClaimedJob {
  id: string;
  name: string;
  payload: string;
  attempts: number;
  maxAttempts: number;
}

/**
 * A database-backed job queue: jobs are rows, enqueued inside the caller's transaction so
 * a job exists exactly when the change that needs it committed. Workers claim due jobs
 * with a lease (SKIP LOCKED on PostgreSQL), so many workers can share the table.
 */
export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private wake: (() => void) | null = null;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly logger: Logger,
  ) {}

  define<P>(definition: JobDefinition<P>): void {
    this.definitions.set(definition.name, definition as JobDefinition<unknown>);
  }

  /** Adds a job; pass the transaction of the change it belongs to. */
  async enqueue<P>(db: DbOrTx, name: string, payload: P, options: { runAt?: number; maxAttempts?: number } = {}): Promise<string> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`unknown job ${name}`);
    const id = this.ids.next();
    await db
      .insertInto('job')
      .values({
        id,
        name,
        payload: JSON.stringify(definition.payload.parse(payload)),
        runAt: options.runAt ?? this.clock.now(),
        attempts: 0,
        maxAttempts: options.maxAttempts ?? definition.maxAttempts ?? 5,
        lockedUntil: null,
        lastError: null,
        createdAt: this.clock.now(),
        doneAt: null,
      })
      .execute();
    this.wake?.();
    return id;
  }

  /** Starts polling; `intervalMs` bounds latency when no in-process enqueue woke us. */
  start(intervalMs = 500): void {
    if (this.running) return;
    this.running = true;
    const loop = async () => {
      while (this.running) {
        const worked = await this.runDue().catch((error: unknown) => {
          this.logger.error({ err: error }, 'job loop failed');
          return 0;
        });
        // A backlog runs batch after batch; between them, let waiting requests and sockets in.
        if (worked > 0) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          this.timer = setTimeout(resolve, intervalMs);
        });
        this.wake = null;
      }
    };
    this.idle = loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.idle;
  }

  /**
   * Claims and runs due jobs once; returns how many ran. Tests call this directly. Fifty at
   * a time: enough for a batch handler to pay off, few enough to keep a pass short.
   */
  async runDue(limit = 50): Promise<number> {
    const claimed = await this.claim(limit);
    for (const run of runsByName(claimed)) {
      if (run.length > 1 && (await this.executeBatch(run))) continue;
      for (const job of run) await this.execute(job);
    }
    return claimed.length;
  }

  /** Runs a run of same-named jobs through their batch handler; false when it cannot or failed. */
  private async executeBatch(jobs: ClaimedJob[]): Promise<boolean> {
    const definition = this.definitions.get(jobs[0]!.name);
    if (!definition?.handleBatch) return false;
    try {
      await definition.handleBatch(jobs.map((job) => definition.payload.parse(JSON.parse(job.payload))));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ job: definition.name, count: jobs.length, err: message }, 'job batch failed; running its jobs one by one');
      return false;
    }
    await this.db
      .updateTable('job')
      .set({ doneAt: this.clock.now(), lockedUntil: null })
      .where(
        'id',
        'in',
        jobs.map((job) => job.id),
      )
      .execute();
    return true;
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const now = this.clock.now();
    const lease = now + 60_000;
    if (this.dialect === 'postgres') {
      const result = await sql<{ id: string; name: string; payload: string; attempts: number; max_attempts: number; run_at: number }>`
        update job set locked_until = ${lease}, attempts = attempts + 1
        where id in (
          select id from job where done_at is null and run_at <= ${now}
            and (locked_until is null or locked_until < ${now}) and attempts < max_attempts
          order by run_at limit ${limit} for update skip locked)
        returning id, name, payload, attempts, max_attempts, run_at`.execute(this.db);
      // RETURNING comes in no particular order; run them as they were due (ids grow with time).
      return result.rows
        .sort((a, b) => Number(a.run_at) - Number(b.run_at) || (a.id < b.id ? -1 : 1))
        .map((r) => ({ id: r.id, name: r.name, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }));
    }
    return this.db.transaction().execute(async (tx) => {
      const due = await tx
        .selectFrom('job')
        .select(['id', 'name', 'payload', 'attempts', 'maxAttempts'])
        .where('doneAt', 'is', null)
        .where('runAt', '<=', now)
        .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now)]))
        .whereRef('attempts', '<', 'maxAttempts')
        .orderBy('runAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      if (due.length === 0) return [];
      await tx
        .updateTable('job')
        .set((eb) => ({ lockedUntil: lease, attempts: eb('attempts', '+', 1) }))
        .where(
          'id',
          'in',
          due.map((d) => d.id),
        )
        .execute();
      return due.map((d) => ({ ...d, attempts: d.attempts + 1 }));
    });
  }

  private async execute(job: ClaimedJob) {
    const definition = this.definitions.get(job.name);
    try {
      if (!definition) throw new Error(`no handler for job ${job.name}`);
      await definition.handle(definition.payload.parse(JSON.parse(job.payload)));
      await this.db.updateTable('job').set({ doneAt: this.clock.now(), lockedUntil: null }).where('id', '=', job.id).execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ job: job.name, id: job.id, attempts: job.attempts, err: message }, 'job failed');
      // Exponential back-off: 2 s, 4 s, 8 s … between attempts.
      const retryAt = this.clock.now() + 1000 * 2 ** job.attempts;
      await this.db
        .updateTable('job')
        .set({ lastError: message.slice(0, 2000), lockedUntil: null, runAt: retryAt })
        .where('id', '=', job.id)
        .execute();
    }
  }
}

/** Consecutive jobs of one name, in claim order (so a batch never overtakes another kind's job). */
function runsByName(jobs: ClaimedJob[]): ClaimedJob[][] {
  const runs: ClaimedJob[][] = [];
  for (const job of jobs) {
    const last = runs.at(-1);
    if (last && last[0]!.name === job.name) last.push(job);
    else runs.push([job]);
  }
  return runs;
}
