import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx, type Dialect } from '../../db/database.js';
import { commitLazily, removeDocIn, reparentIn, upsertIn } from './search.repository.js';

export const SEARCH_INDEX_JOB = 'search.index';

/** What to index (or drop) of one piece of content; the content's module sends its text. */
export const SearchIndexPayload = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('upsert'),
    kind: z.enum(['post', 'comment', 'message']),
    id: z.string(),
    postId: z.string().nullable(),
    spaceId: z.string().nullable(),
    conversationId: z.string().nullable(),
    authorId: z.string(),
    title: z.string(),
    body: z.string(),
    createdAt: z.number(),
  }),
  z.object({ op: z.literal('remove'), kind: z.enum(['post', 'comment', 'message']), id: z.string() }),
  /** `at`: when the move was made (older queued jobs have none: they count as oldest). */
  z.object({ op: z.literal('move_post'), postId: z.string(), spaceId: z.string(), at: z.number().optional() }),
]);
export type SearchIndexPayload = z.infer<typeof SearchIndexPayload>;
export type SearchDocument = Omit<Extract<SearchIndexPayload, { op: 'upsert' }>, 'op'>;

/**
 * How other modules keep the index current: they enqueue inside the transaction of their
 * change, so the index follows exactly what committed, once, on whichever worker runs it.
 */
export interface SearchIndexer {
  index(tx: DbOrTx, doc: SearchDocument): Promise<void>;
  remove(tx: DbOrTx, kind: SearchDocument['kind'], id: string): Promise<void>;
  /** A thread moved: it and its comments now live in `spaceId`. */
  movePost(tx: DbOrTx, postId: string, spaceId: string): Promise<void>;
}

export function createSearchIndexer(platform: Platform): SearchIndexer {
  const enqueue = (tx: DbOrTx, payload: SearchIndexPayload) => platform.jobs.enqueue(tx, SEARCH_INDEX_JOB, payload).then(() => undefined);
  return {
    index: (tx, doc) => enqueue(tx, { op: 'upsert', ...doc }),
    remove: (tx, kind, id) => enqueue(tx, { op: 'remove', kind, id }),
    movePost: (tx, postId, spaceId) => enqueue(tx, { op: 'move_post', postId, spaceId, at: platform.clock.now() }),
  };
}

/** One index job's change, inside the caller's transaction. */
function applyIn(tx: DbOrTx, dialect: Dialect, payload: SearchIndexPayload): Promise<void> {
  if (payload.op === 'upsert') return upsertIn(tx, dialect, payload);
  if (payload.op === 'remove') return removeDocIn(tx, dialect, `${payload.kind}:${payload.id}`);
  return reparentIn(tx, dialect, payload.postId, payload.spaceId, payload.at ?? 0);
}

/**
 * Runs index jobs: idempotent, so a retried job leaves the same index. A batch of them is
 * one transaction, in claim order: on SQLite FTS5 writes one new index segment per
 * transaction, so a batch costs about what one document did (see bench/search.bench.ts).
 */
export function defineSearchJobs(platform: Platform): void {
  const { db, dialect } = platform;
  const run = (payloads: SearchIndexPayload[]) =>
    withTransaction(db, async (tx) => {
      await commitLazily(tx, dialect);
      for (const payload of payloads) await applyIn(tx, dialect, payload);
    });
  platform.jobs.define({
    name: SEARCH_INDEX_JOB,
    payload: SearchIndexPayload,
    handle: (payload) => run([payload]),
    handleBatch: run,
  });
}
