import type { Tx } from '../../db/database.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { PostsDeps } from './thread-access.js';

/** A thread written elsewhere (demo content, a migration), with its replies in time order. */
export interface ImportedThread {
  spaceId: string;
  authorId: string;
  title: string;
  body: string;
  createdAt: number;
  comments: { authorId: string; body: string; createdAt: number; /** Index of an earlier comment answered. */ replyTo?: number }[];
  /** Index of the comment accepted as the answer (Q&A spaces). */
  acceptedComment?: number;
}

/**
 * Stores a whole thread as it was, inside the caller's transaction: times are kept, bodies
 * rendered like any post, and the space's activity counted. The caller vouches for the
 * authors and the space; nothing here checks access. Returns the new post id.
 */
export async function importThread(deps: PostsDeps, tx: Tx, thread: ImportedThread): Promise<string> {
  const { ids } = deps.platform;
  const postId = ids.next();
  const commentIds = thread.comments.map(() => ids.next());
  const post = renderMarkdown(thread.body);
  const lastActivityAt = Math.max(thread.createdAt, ...thread.comments.map((c) => c.createdAt));
  await tx
    .insertInto('post')
    .values({
      id: postId,
      spaceId: thread.spaceId,
      authorId: thread.authorId,
      title: thread.title,
      body: thread.body,
      html: post.html,
      text: post.text,
      status: 'published',
      pinnedAt: null,
      lockedAt: null,
      commentCount: thread.comments.length,
      reactionCount: 0,
      acceptedCommentId: thread.acceptedComment === undefined ? null : (commentIds[thread.acceptedComment] ?? null),
      editedAt: null,
      deletedAt: null,
      createdAt: thread.createdAt,
      lastActivityAt,
    })
    .execute();
  for (const [index, comment] of thread.comments.entries()) {
    const rendered = renderMarkdown(comment.body);
    const parentId = comment.replyTo !== undefined && comment.replyTo < index ? commentIds[comment.replyTo]! : null;
    await tx
      .insertInto('comment')
      .values({
        id: commentIds[index]!,
        postId,
        parentId,
        authorId: comment.authorId,
        body: comment.body,
        html: rendered.html,
        text: rendered.text,
        status: 'published',
        reactionCount: 0,
        editedAt: null,
        deletedAt: null,
        createdAt: comment.createdAt,
      })
      .execute();
  }
  await deps.spaces.recordActivity(tx, thread.spaceId, lastActivityAt, 1 + thread.comments.length);
  return postId;
}
