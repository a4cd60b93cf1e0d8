import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { findComment } from './posts.repository.js';
import { visibleThread, type PostsDeps } from './thread-access.js';

/** A thread or comment someone may tip: who wrote it and where it lives. */
export interface TippableContent {
  authorId: string;
  postId: string;
  spaceId: string;
  /** The thread's title, for the author's notification. */
  title: string;
}

/**
 * The live (published, not deleted) thread or comment `actor` may read, by the same rules as
 * reading the thread. Tips to anything else would pay for content the tipper cannot see.
 * @throws not_found
 */
export async function tippableContent(deps: PostsDeps, actor: Actor, kind: 'post' | 'comment', id: string): Promise<TippableContent> {
  if (kind === 'post') {
    const { post } = await visibleThread(deps, actor, id);
    if (post.status !== 'published' || post.deletedAt !== null) throw notFound();
    return { authorId: post.authorId, postId: post.id, spaceId: post.spaceId, title: post.title };
  }
  const comment = await findComment(deps.platform.db, id);
  if (!comment || comment.status !== 'published' || comment.deletedAt !== null) throw notFound();
  const { post } = await visibleThread(deps, actor, comment.postId);
  if (post.status !== 'published' || post.deletedAt !== null) throw notFound();
  return { authorId: comment.authorId, postId: post.id, spaceId: post.spaceId, title: post.title };
}
