import type { Post, PostSummary, Revision } from '@hearth/contracts';
import type { z } from 'zod';
import type { PageQuery, PostListQuery as PostListQuerySchema } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { DAY_MS, toIso } from '../../platform/clock.js';
import { AppError, invalid, notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import type { CommentsService } from './comments.service.js';
import { authorOf, toPost, toPostSummary } from './posts.mappers.js';
import {
  findComment,
  insertRevision,
  latestPosts,
  pinnedPosts,
  reactionCounts,
  revisionsOf,
  topPosts,
  unansweredPosts,
  type PostRow,
  type SubjectKind,
} from './posts.repository.js';
import { renderBody, visibleThread, type PostsDeps } from './thread-access.js';

const THREAD_KINDS = new Set(['discussion', 'qa', 'announcement']);
const PERIOD_MS = { day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS } as const;

/** Threads: start, list, read, edit with history, delete, pin, lock, move, accept an answer. */
export class PostsService {
  constructor(
    private readonly deps: PostsDeps,
    private readonly comments: CommentsService,
  ) {}

  private get db() {
    return this.deps.platform.db;
  }

  /**
   * Threads of a space the caller may see: for `latest`, pinned ones first on the first page.
   * @throws not_found
   */
  async list(
    actor: Actor,
    spaceId: string,
    query: z.output<typeof PostListQuerySchema>,
  ): Promise<{ items: PostSummary[]; nextCursor: string | null }> {
    const access = await this.deps.spaces.access(actor, spaceId);
    if (!access?.canView) throw notFound();
    const cursor = decodeCursor(query.cursor);
    const pinned = query.sort === 'latest' && !cursor ? await pinnedPosts(this.db, spaceId) : [];
    const rows =
      query.sort === 'top'
        ? await topPosts(
            this.db,
            spaceId,
            query.period === 'all' ? 0 : this.deps.platform.clock.now() - PERIOD_MS[query.period],
            cursor,
            query.limit,
          )
        : query.sort === 'unanswered'
          ? await unansweredPosts(this.db, spaceId, cursor, query.limit)
          : await latestPosts(this.db, spaceId, cursor, query.limit);
    const authors = await this.deps.members.refs([...pinned, ...rows].map((r) => r.authorId));
    const page = toPage(
      rows,
      query.limit,
      (r) =>
        query.sort === 'top'
          ? { at: r.reactionCount + 2 * r.commentCount, id: r.id }
          : { at: query.sort === 'unanswered' ? r.createdAt : r.lastActivityAt, id: r.id },
      (r) => toPostSummary(r, authors),
    );
    return { items: [...pinned.map((r) => toPostSummary(r, authors)), ...page.items], nextCursor: page.nextCursor };
  }

  /**
   * Starts a thread in a discussion, Q&A or announcement space.
   * @throws not_found, not_a_thread_space (422), cannot_post (403), invalid_input (unknown_mention)
   */
  async create(actor: Actor, spaceId: string, body: { title: string; body: string }): Promise<Post> {
    const access = await this.deps.spaces.access(actor, spaceId);
    if (!access?.canView) throw notFound();
    if (!THREAD_KINDS.has(access.space.kind)) throw refused('not_a_thread_space');
    if (!access.canPost) throw new AppError('cannot_post', 403);
    const rendered = await renderBody(this.deps, body.body);
    const id = this.deps.platform.ids.next();
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      await tx
        .insertInto('post')
        .values({
          id,
          spaceId,
          authorId: actor.memberId,
          title: body.title,
          body: body.body,
          html: rendered.html,
          text: rendered.text,
          status: 'published',
          pinnedAt: null,
          lockedAt: null,
          commentCount: 0,
          reactionCount: 0,
          acceptedCommentId: null,
          editedAt: null,
          deletedAt: null,
          createdAt: now,
          lastActivityAt: now,
        })
        .execute();
      await this.deps.spaces.recordActivity(tx, spaceId, now);
      await this.deps.search.index(tx, {
        kind: 'post',
        id,
        postId: null,
        spaceId,
        conversationId: null,
        authorId: actor.memberId,
        title: body.title,
        body: rendered.text,
        createdAt: now,
      });
    });
    return this.get(actor, id);
  }

  /** One thread for the caller. @throws not_found */
  async get(actor: Actor, id: string): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    return this.view(actor, post, access);
  }

  /** A thread with the first page of its comments. @throws not_found */
  async getWithComments(actor: Actor, id: string, query: PageQuery) {
    const { post, access } = await visibleThread(this.deps, actor, id);
    const [view, comments] = await Promise.all([this.view(actor, post, access), this.comments.page(actor, post, access, query)]);
    return { post: view, comments };
  }

  /**
   * Edits title and/or body; the previous version goes to the history. Authors edit their own
   * live threads; staff edit any.
   * @throws not_found, forbidden, thread_deleted (409), invalid_input (unknown_mention)
   */
  async update(actor: Actor, id: string, patch: { title?: string; body?: string }): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    this.assertCanEdit(actor, post, access.canModerate);
    const rendered = patch.body !== undefined ? await renderBody(this.deps, patch.body) : null;
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      await insertRevision(tx, {
        id: this.deps.platform.ids.next(),
        subjectKind: 'post',
        subjectId: id,
        title: post.title,
        body: post.body,
        editorId: actor.memberId,
        createdAt: now,
      });
      await tx
        .updateTable('post')
        .set({
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(rendered ? { body: patch.body, html: rendered.html, text: rendered.text } : {}),
          editedAt: now,
        })
        .where('id', '=', id)
        .execute();
      await this.deps.search.index(tx, {
        kind: 'post',
        id,
        postId: null,
        spaceId: post.spaceId,
        conversationId: null,
        authorId: post.authorId,
        title: patch.title ?? post.title,
        body: rendered ? rendered.text : post.text,
        createdAt: post.createdAt,
      });
    });
    return this.get(actor, id);
  }

  /** Soft-deletes a thread (author or staff). @throws not_found, forbidden, thread_deleted (409) */
  async remove(actor: Actor, id: string): Promise<void> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    this.assertCanEdit(actor, post, access.canModerate);
    const now = this.deps.platform.clock.now();
    await withTransaction(this.db, async (tx) => {
      await tx.updateTable('post').set({ status: 'deleted', deletedAt: now, pinnedAt: null }).where('id', '=', id).execute();
      await this.deps.search.remove(tx, 'post', id);
    });
  }

  /** Earlier versions, newest first (whoever may read the thread may read its history). @throws not_found */
  async revisions(actor: Actor, id: string, query: PageQuery) {
    const { post, access } = await visibleThread(this.deps, actor, id);
    if (post.status === 'deleted' && !access.canModerate) throw notFound();
    return this.revisionPage('post', id, query);
  }

  /** @throws not_found, forbidden */
  async pin(actor: Actor, id: string, pinned: boolean): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    if (!access.canModerate) throw new AppError('forbidden', 403);
    if (post.status === 'deleted') throw new AppError('thread_deleted', 409);
    await this.db
      .updateTable('post')
      .set({ pinnedAt: pinned ? this.deps.platform.clock.now() : null })
      .where('id', '=', id)
      .execute();
    return this.get(actor, id);
  }

  /** @throws not_found, forbidden */
  async lock(actor: Actor, id: string, locked: boolean): Promise<Post> {
    const { access } = await visibleThread(this.deps, actor, id);
    if (!access.canModerate) throw new AppError('forbidden', 403);
    await this.db
      .updateTable('post')
      .set({ lockedAt: locked ? this.deps.platform.clock.now() : null })
      .where('id', '=', id)
      .execute();
    return this.get(actor, id);
  }

  /** Moves a thread to another thread space the caller moderates. @throws not_found, forbidden, invalid_input (spaceId) */
  async move(actor: Actor, id: string, spaceId: string): Promise<Post> {
    const { access } = await visibleThread(this.deps, actor, id);
    if (!access.canModerate) throw new AppError('forbidden', 403);
    const target = await this.deps.spaces.access(actor, spaceId);
    if (!target?.canModerate) throw invalid('spaceId', 'unknown_space');
    if (!THREAD_KINDS.has(target.space.kind)) throw refused('not_a_thread_space');
    await withTransaction(this.db, async (tx) => {
      await tx.updateTable('post').set({ spaceId }).where('id', '=', id).execute();
      await this.deps.spaces.recordActivity(tx, spaceId, this.deps.platform.clock.now());
      await this.deps.search.movePost(tx, id, spaceId);
    });
    return this.get(actor, id);
  }

  /**
   * Marks (or clears) the accepted answer of a question: the asker or staff, in Q&A spaces.
   * @throws not_found, forbidden, not_qa_space (422), invalid_input (commentId: unknown_comment)
   */
  async accept(actor: Actor, id: string, commentId: string | null): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    if (access.space.kind !== 'qa') throw refused('not_qa_space');
    if (post.authorId !== actor.memberId && !access.canModerate) throw new AppError('forbidden', 403);
    if (commentId !== null) {
      const comment = await findComment(this.db, commentId);
      if (!comment || comment.postId !== id || comment.status !== 'published') throw invalid('commentId', 'unknown_comment');
    }
    await this.db.updateTable('post').set({ acceptedCommentId: commentId }).where('id', '=', id).execute();
    return this.get(actor, id);
  }

  private assertCanEdit(actor: Actor, post: PostRow, canModerate: boolean): void {
    if (post.status === 'deleted') throw new AppError('thread_deleted', 409);
    if (post.authorId !== actor.memberId && !canModerate) throw new AppError('forbidden', 403);
  }

  private async view(actor: Actor, post: PostRow, access: { canModerate: boolean; canParticipate: boolean }): Promise<Post> {
    const [authors, reactions] = await Promise.all([
      this.deps.members.refs([post.authorId]),
      reactionCounts(this.db, 'post', [post.id], actor.memberId),
    ]);
    const live = post.status === 'published';
    return toPost(post, authors, reactions.get(post.id) ?? [], {
      canEdit: post.status !== 'deleted' && (post.authorId === actor.memberId || access.canModerate),
      canModerate: access.canModerate,
      canComment: live && access.canParticipate && (post.lockedAt === null || access.canModerate),
    });
  }

  async revisionPage(kind: SubjectKind, subjectId: string, query: PageQuery): Promise<{ items: Revision[]; nextCursor: string | null }> {
    const rows = await revisionsOf(this.db, kind, subjectId, decodeCursor(query.cursor), query.limit);
    const authors = await this.deps.members.refs(rows.map((r) => r.editorId));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r): Revision => ({ id: r.id, title: r.title, body: r.body, editor: authorOf(authors, r.editorId), createdAt: toIso(r.createdAt) }),
    );
  }
}
