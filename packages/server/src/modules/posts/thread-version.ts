import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';

/**
 * Marks a thread's page as changed: every node's cached copy of it (thread-cache.ts) is
 * rebuilt on its next read. Call it inside the transaction of every change to a thread, its
 * comments, reactions or poll, so the new version commits with the change or not at all.
 */
export async function bumpThreadVersion(db: DbOrTx, postId: string): Promise<void> {
  await db
    .updateTable('post')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', postId)
    .execute();
}

/**
 * What a thread page needs before it may use a cached copy: who may see the thread (space,
 * author, status) and the versions the copy must carry. One primary-key read per request.
 */
export const threadHead = preparedQuery<{ id: string }>()((db, p) =>
  db
    .selectFrom('post')
    .select((eb) => [
      'id',
      'spaceId',
      'authorId',
      'status',
      'version',
      eb.selectFrom('authorRefVersion').select('version').where('id', '=', 1).as('authorsVersion'),
    ])
    .where('id', '=', p.id),
);

/** The reader's bookmarks in one thread: the thread itself and its comments. */
export const bookmarksInThread = preparedQuery<{ memberId: string; postId: string }>()((db, p) =>
  db.selectFrom('bookmark').select(['subjectKind', 'subjectId']).where('memberId', '=', p.memberId).where('postId', '=', p.postId),
);
