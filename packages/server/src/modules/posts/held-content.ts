import type { Tx } from '../../db/database.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { HeldContentHandler } from '../moderation/index.js';
import { CommentCreated, ContentModerated, excerptOf } from './posts.events.js';
import { findComment, findPost, type CommentRow, type PostRow } from './posts.repository.js';
import type { ScheduledThreads } from './scheduled-threads.js';
import type { PostsDeps } from './thread-access.js';
import { bumpThreadVersion } from './thread-version.js';

/**
 * What makes a reply visible to everyone: the search index, the thread's count and activity
 * (a version bump, so every node's thread snapshot is rebuilt), the space's activity and
 * CommentCreated (notifications, realtime). Run when it is posted, or when a held one is approved.
 */
export async function announceComment(
  deps: PostsDeps,
  tx: Tx,
  comment: Pick<CommentRow, 'id' | 'postId' | 'parentId' | 'authorId' | 'text'>,
  post: Pick<PostRow, 'id' | 'spaceId' | 'authorId' | 'title'>,
  mentionIds: string[],
  at: number,
): Promise<void> {
  await deps.search.index(tx, {
    kind: 'comment',
    id: comment.id,
    postId: post.id,
    spaceId: post.spaceId,
    conversationId: null,
    authorId: comment.authorId,
    title: post.title,
    body: comment.text,
    createdAt: at,
  });
  await tx
    .updateTable('post')
    .set((eb) => ({ commentCount: eb('commentCount', '+', 1), lastActivityAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', post.id)
    .execute();
  await deps.spaces.recordActivity(tx, post.spaceId, at);
  const parent = comment.parentId ? await findComment(tx, comment.parentId) : undefined;
  await deps.platform.events.emit(tx, CommentCreated, {
    commentId: comment.id,
    postId: post.id,
    spaceId: post.spaceId,
    authorId: comment.authorId,
    postAuthorId: post.authorId,
    parentId: parent?.id ?? null,
    parentAuthorId: parent?.authorId ?? null,
    title: post.title,
    excerpt: excerptOf(comment.text),
    mentionIds,
    at,
  });
}

/** Mentions of a body that its author may still reach (a block made while it was held counts). */
async function reachableMentions(deps: PostsDeps, authorId: string, body: string): Promise<string[]> {
  const mentions = renderMarkdown(body).mentions;
  if (mentions.length === 0) return [];
  const unreachable = await deps.people.unmentionableBy(authorId, mentions);
  return mentions.filter((id) => !unreachable.has(id));
}

/**
 * The review queue's handlers for threads and replies. Approval publishes as if just posted
 * (notifications and search then, not before); removal deletes and tells the author. Both
 * bump the thread's version, so no node serves a snapshot taken while the content was held.
 */
export function heldContentHandlers(
  deps: PostsDeps,
  scheduled: ScheduledThreads,
): { post: HeldContentHandler; comment: HeldContentHandler } {
  const db = deps.platform.db;
  return {
    post: {
      publish: async (id) => {
        const post = await findPost(db, id);
        const mentions = post ? await reachableMentions(deps, post.authorId, post.body) : [];
        return async (tx) => {
          const now = deps.platform.clock.now();
          if (!post || !(await settle(tx, 'post', id, { status: 'published', lastActivityAt: now }))) return;
          await tx
            .updateTable('post')
            .set((eb) => ({ version: eb('version', '+', 1) }))
            .where('id', '=', id)
            .execute();
          await scheduled.announce(tx, post, mentions, now);
        };
      },
      discard: async (id, moderatorId) => {
        const post = await findPost(db, id);
        return async (tx) => {
          const now = deps.platform.clock.now();
          if (!post || !(await settle(tx, 'post', id, { status: 'deleted', deletedAt: now }))) return;
          await bumpThreadVersion(tx, id);
          await announceRemoval(deps, tx, { kind: 'post', id, post, authorId: post.authorId, moderatorId, at: now });
        };
      },
      // An overturned removal (appeal): published as if approved now.
      restore: async (id) => {
        const post = await findPost(db, id);
        const mentions = post ? await reachableMentions(deps, post.authorId, post.body) : [];
        return async (tx) => {
          const now = deps.platform.clock.now();
          if (!post || !(await settle(tx, 'post', id, { status: 'published', lastActivityAt: now, deletedAt: null }, 'deleted'))) return;
          await bumpThreadVersion(tx, id);
          await scheduled.announce(tx, post, mentions, now);
        };
      },
    },
    comment: {
      publish: async (id) => {
        const comment = await findComment(db, id);
        const post = comment ? await findPost(db, comment.postId) : undefined;
        const mentions = comment ? await reachableMentions(deps, comment.authorId, comment.body) : [];
        return async (tx) => {
          if (!comment || !post || !(await settle(tx, 'comment', id, { status: 'published' }))) return;
          await announceComment(deps, tx, comment, post, mentions, deps.platform.clock.now());
        };
      },
      discard: async (id, moderatorId) => {
        const comment = await findComment(db, id);
        const post = comment ? await findPost(db, comment.postId) : undefined;
        return async (tx) => {
          const now = deps.platform.clock.now();
          if (!comment || !post || !(await settle(tx, 'comment', id, { status: 'deleted', deletedAt: now }))) return;
          await bumpThreadVersion(tx, post.id);
          await announceRemoval(deps, tx, { kind: 'comment', id, post, authorId: comment.authorId, moderatorId, at: now });
        };
      },
      restore: async (id) => {
        const comment = await findComment(db, id);
        const post = comment ? await findPost(db, comment.postId) : undefined;
        const mentions = comment ? await reachableMentions(deps, comment.authorId, comment.body) : [];
        return async (tx) => {
          if (!comment || !post || !(await settle(tx, 'comment', id, { status: 'published', deletedAt: null }, 'deleted'))) return;
          await announceComment(deps, tx, comment, post, mentions, deps.platform.clock.now());
        };
      },
    },
  };
}

/** Moves held content out of `pending` (or, restoring, out of `deleted`); false when it no longer was. */
async function settle(
  tx: Tx,
  table: 'post' | 'comment',
  id: string,
  change: { status: 'published' | 'deleted'; lastActivityAt?: number; deletedAt?: number | null },
  from: 'pending' | 'deleted' = 'pending',
): Promise<boolean> {
  const result =
    table === 'post'
      ? await tx.updateTable('post').set(change).where('id', '=', id).where('status', '=', from).executeTakeFirst()
      : await tx
          .updateTable('comment')
          .set({ status: change.status, ...(change.deletedAt !== undefined ? { deletedAt: change.deletedAt } : {}) })
          .where('id', '=', id)
          .where('status', '=', from)
          .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function announceRemoval(
  deps: PostsDeps,
  tx: Tx,
  removal: { kind: 'post' | 'comment'; id: string; post: PostRow; authorId: string; moderatorId: string; at: number },
): Promise<void> {
  if (removal.authorId === removal.moderatorId) return;
  await deps.platform.events.emit(tx, ContentModerated, {
    action: 'deleted',
    subjectKind: removal.kind,
    subjectId: removal.id,
    postId: removal.post.id,
    spaceId: removal.post.spaceId,
    authorId: removal.authorId,
    moderatorId: removal.moderatorId,
    title: removal.post.title,
    at: removal.at,
  });
}
