import type { SpamSignal } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { CommentsService } from './comments.service.js';
import { excerptOf } from './posts.events.js';
import { findComment, findPost } from './posts.repository.js';
import type { PostsService } from './posts.service.js';
import { visibleThread, type PostsDeps } from './thread-access.js';
import { bumpThreadVersion } from './thread-version.js';

/** A thread or reply as a member report sees it. */
export interface ReportedContent {
  authorId: string;
  excerpt: string;
  url: string;
}

/**
 * What member reports (modules/moderation/reports) need of threads and replies: what one is
 * (only if the reporter may read it, and it is live), removal by a moderator, and hiding —
 * back to pending with a review-queue hold — when enough established members reported it.
 */
export interface PostReportTargets {
  /** @throws not_found (unknown, deleted, or not visible to `actor`) */
  describe(actor: Actor, kind: 'post' | 'comment', id: string): Promise<ReportedContent>;
  /** Deletes it as `moderator` (the author is told, like any moderator deletion). @throws not_found, forbidden */
  remove(moderator: Actor, kind: 'post' | 'comment', id: string): Promise<void>;
  /** Unpublishes it into the review queue with these signals; false when it was not published. */
  hide(kind: 'post' | 'comment', id: string, signals: SpamSignal[]): Promise<boolean>;
}

export function postReportTargets(deps: PostsDeps, posts: PostsService, comments: CommentsService): PostReportTargets {
  const db = deps.platform.db;
  return {
    async describe(actor, kind, id) {
      if (kind === 'post') {
        const { post } = await visibleThread(deps, actor, id);
        if (post.status !== 'published' || post.deletedAt !== null) throw notFound();
        return { authorId: post.authorId, excerpt: excerptOf(`${post.title}\n${post.text}`), url: `/posts/${post.id}` };
      }
      const comment = await findComment(db, id);
      if (!comment || comment.status !== 'published' || comment.deletedAt !== null) throw notFound();
      const { post } = await visibleThread(deps, actor, comment.postId);
      if (post.status !== 'published' || post.deletedAt !== null) throw notFound();
      return { authorId: comment.authorId, excerpt: excerptOf(comment.text), url: `/posts/${post.id}#comment-${comment.id}` };
    },
    async remove(moderator, kind, id) {
      if (kind === 'post') await posts.remove(moderator, id);
      else await comments.remove(moderator, id);
    },
    async hide(kind, id, signals) {
      return withTransaction(db, async (tx) => {
        if (kind === 'post') {
          const post = await findPost(tx, id);
          if (!post || post.status !== 'published') return false;
          await tx.updateTable('post').set({ status: 'pending' }).where('id', '=', id).where('status', '=', 'published').execute();
          await bumpThreadVersion(tx, id);
          await deps.search.remove(tx, 'post', id);
          await deps.moderation.holds.hold(tx, {
            subjectKind: 'post',
            subjectId: id,
            postId: id,
            spaceId: post.spaceId,
            authorId: post.authorId,
            title: post.title,
            body: post.body,
            matches: [],
            signals,
          });
          return true;
        }
        const comment = await findComment(tx, id);
        const post = comment ? await findPost(tx, comment.postId) : undefined;
        if (!comment || !post || comment.status !== 'published') return false;
        await tx.updateTable('comment').set({ status: 'pending' }).where('id', '=', id).where('status', '=', 'published').execute();
        // Approval announces it again, which counts it again: uncount it now.
        await tx
          .updateTable('post')
          .set((eb) => ({ commentCount: eb('commentCount', '-', 1), version: eb('version', '+', 1) }))
          .where('id', '=', post.id)
          .execute();
        await deps.search.remove(tx, 'comment', id);
        await deps.moderation.holds.hold(tx, {
          subjectKind: 'comment',
          subjectId: id,
          postId: post.id,
          spaceId: post.spaceId,
          authorId: comment.authorId,
          title: null,
          body: comment.body,
          matches: [],
          signals,
        });
        return true;
      });
    },
  };
}
