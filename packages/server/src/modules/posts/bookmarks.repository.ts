import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { Keyset } from '../../platform/pagination.js';
import { olderThan } from '../../platform/pagination.js';
import type { SubjectKind } from './posts.repository.js';

/** Queries on bookmark (the posts module's own table). */
export async function addBookmark(
  db: DbOrTx,
  row: { id: string; memberId: string; subjectKind: SubjectKind; subjectId: string; postId: string; createdAt: number },
): Promise<void> {
  await db
    .insertInto('bookmark')
    .values(row)
    .onConflict((oc) => oc.columns(['memberId', 'subjectKind', 'subjectId']).doNothing())
    .execute();
}

export async function removeBookmark(db: DbOrTx, memberId: string, kind: SubjectKind, subjectId: string): Promise<void> {
  await db
    .deleteFrom('bookmark')
    .where('memberId', '=', memberId)
    .where('subjectKind', '=', kind)
    .where('subjectId', '=', subjectId)
    .execute();
}

/** Which of `subjectIds` the member bookmarked. */
export async function bookmarkedAmong(db: DbOrTx, memberId: string, kind: SubjectKind, subjectIds: string[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('bookmark')
    .select('subjectId')
    .where('memberId', '=', memberId)
    .where('subjectKind', '=', kind)
    .where('subjectId', 'in', subjectIds)
    .execute();
  return new Set(rows.map((row) => row.subjectId));
}

/**
 * A member's bookmarks, newest first, joined to their thread (and comment): only live
 * content in `spaceIds` (the spaces the member may read now) comes back, so a thread in a
 * space they lost access to, or one since deleted, drops out without breaking the keyset.
 */
export async function bookmarksOf(db: DbOrTx, memberId: string, spaceIds: string[], cursor: Keyset | null, limit: number) {
  if (spaceIds.length === 0) return [];
  let query = db
    .selectFrom('bookmark')
    .leftJoin('comment', (join) => join.onRef('comment.id', '=', 'bookmark.subjectId').on('bookmark.subjectKind', '=', 'comment'))
    .innerJoin('post', (join) => join.on(sql<boolean>`post.id = coalesce(comment.post_id, bookmark.subject_id)`))
    .select([
      'bookmark.id as bookmarkId',
      'bookmark.subjectKind',
      'bookmark.createdAt as bookmarkedAt',
      'post.id',
      'post.spaceId',
      'post.authorId',
      'post.title',
      'post.text',
      'post.status',
      'post.pinnedAt',
      'post.lockedAt',
      'post.commentCount',
      'post.reactionCount',
      'post.acceptedCommentId',
      'post.createdAt',
      'post.lastActivityAt',
      'comment.id as commentId',
      'comment.text as commentText',
      'comment.authorId as commentAuthorId',
      'comment.createdAt as commentCreatedAt',
    ])
    .where('bookmark.memberId', '=', memberId)
    .where('post.status', '=', 'published')
    .where('post.spaceId', 'in', spaceIds)
    .where((eb) => eb.or([eb('bookmark.subjectKind', '=', 'post'), eb('comment.status', '=', 'published')]));
  if (cursor) query = query.where(olderThan(cursor, 'bookmark.createdAt', 'bookmark.id'));
  return query
    .orderBy('bookmark.createdAt', 'desc')
    .orderBy('bookmark.id', 'desc')
    .limit(limit + 1)
    .execute();
}
