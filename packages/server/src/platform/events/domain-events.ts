import type { z } from 'zod';
import type { DbOrTx } from '../../db/database.js';
import type { JobQueue } from '../jobs/jobs.js';

/**
 * A kind of domain event: a stable name and the payload's schema. The module that emits
 * it declares it in `<module>.events.ts` and exports it from its index.
 */
export interface DomainEventType<P> {
  readonly name: string;
  readonly payload: z.ZodType<P>;
}

export function domainEvent<P>(name: string, payload: z.ZodType<P>): DomainEventType<P> {
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(name)) throw new Error(`invalid domain event name "${name}"`);
  return { name, payload };
}

/**
 * Durable domain events (ARCHITECTURE rule 1): `emit` runs inside the transaction of the
 * change and enqueues one job per subscriber, so a subscriber sees the event exactly when
 * the change committed, retried on failure, independently of the other subscribers, on
 * whichever worker claims it. Subscribers must be idempotent (a job may run twice).
 */
export class DomainEvents {
  private readonly subscribers = new Map<string, string[]>();

  constructor(private readonly jobs: JobQueue) {}

  /** Registers `handle` for `event` under a name unique per event (`notifications`, `search` …). */
  subscribe<P>(event: DomainEventType<P>, subscriber: string, handle: (payload: P) => Promise<void>): void {
    const jobName = `event:${event.name}>${subscriber}`;
    const names = this.subscribers.get(event.name) ?? [];
    if (names.includes(jobName)) throw new Error(`${subscriber} already subscribes to ${event.name}`);
    this.jobs.define({ name: jobName, payload: event.payload, handle });
    this.subscribers.set(event.name, [...names, jobName]);
  }

  /** Records the event in the caller's transaction; nothing happens if it rolls back. */
  async emit<P>(tx: DbOrTx, event: DomainEventType<P>, payload: P): Promise<void> {
    const parsed = event.payload.parse(payload);
    for (const jobName of this.subscribers.get(event.name) ?? []) await this.jobs.enqueue(tx, jobName, parsed);
  }
}
