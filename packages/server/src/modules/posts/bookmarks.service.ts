import type { Bookmark, PageQuery } from '@hearth/contracts';
import { toIso } from '../../platform/clock.js';
import { conflict } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { addBookmark, bookmarksOf, removeBookmark } from './bookmarks.repository.js';
import type { CommentsService } from './comments.service.js';
import { authorOf, excerptOfText, toPostSummary } from './posts.mappers.js';
import type { SubjectKind } from './posts.repository.js';
import { visibleThread, type PostsDeps } from './thread-access.js';

/** Bookmarks: a member's private list of threads and comments to come back to. */
export class BookmarksService {
  constructor(
    private readonly deps: PostsDeps,
    private readonly comments: CommentsService,
  ) {}

  /**
   * Bookmarks a live thread or comment the caller can read; twice is still one bookmark.
   * @throws not_found, thread_deleted / thread_scheduled / comment_deleted (409)
   */
  async add(actor: Actor, kind: SubjectKind, id: string): Promise<{ bookmarked: boolean }> {
    let postId = id;
    if (kind === 'post') {
      const { post } = await visibleThread(this.deps, actor, id);
      if (post.status === 'scheduled') throw conflict('thread_scheduled');
      if (post.status !== 'published') throw conflict('thread_deleted');
    } else {
      const { comment, post } = await this.comments.visible(actor, id);
      if (post.status !== 'published') throw conflict('thread_deleted');
      if (comment.status !== 'published') throw conflict('comment_deleted');
      postId = post.id;
    }
    const { ids, clock, db } = this.deps.platform;
    await addBookmark(db, { id: ids.next(), memberId: actor.memberId, subjectKind: kind, subjectId: id, postId, createdAt: clock.now() });
    return { bookmarked: true };
  }

  /**
   * Removes the caller's bookmark. Needs no access to the content: the row is the caller's
   * own, and what it points at may since have become unreadable to them.
   */
  async remove(actor: Actor, kind: SubjectKind, id: string): Promise<{ bookmarked: boolean }> {
    await removeBookmark(this.deps.platform.db, actor.memberId, kind, id);
    return { bookmarked: false };
  }

  /** The caller's bookmarks, newest first, of content they may still read. */
  async list(actor: Actor, query: PageQuery): Promise<{ items: Bookmark[]; nextCursor: string | null }> {
    const spaceIds = await this.deps.spaces.visibleSpaceIds(actor);
    const rows = await bookmarksOf(this.deps.platform.db, actor.memberId, spaceIds, decodeCursor(query.cursor), query.limit);
    const authors = await this.deps.members.refs(rows.flatMap((r) => (r.commentAuthorId ? [r.authorId, r.commentAuthorId] : [r.authorId])));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.bookmarkedAt, id: r.bookmarkId }),
      (r): Bookmark => ({
        id: r.bookmarkId,
        kind: r.subjectKind as Bookmark['kind'],
        bookmarkedAt: toIso(r.bookmarkedAt),
        post: toPostSummary(r, authors),
        comment:
          r.commentId && r.commentAuthorId && r.commentCreatedAt !== null
            ? {
                id: r.commentId,
                excerpt: excerptOfText(r.commentText ?? ''),
                author: authorOf(authors, r.commentAuthorId),
                createdAt: toIso(r.commentCreatedAt),
              }
            : null,
      }),
    );
  }
}
