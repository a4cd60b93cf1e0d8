import type { Post, PostSummary } from '@hearth/contracts';
import type { z } from 'zod';
import type { PageQuery, PostListQuery as PostListQuerySchema } from '@hearth/contracts';
import { withTransaction, type Tx } from '../../db/database.js';
import { AppError, invalid, notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { bookmarkedAmong } from './bookmarks.repository.js';
import type { CommentsService } from './comments.service.js';
import { AnswerAccepted, ContentModerated, ContentRemoved } from './posts.events.js';
import { toPost } from './posts.mappers.js';
import { findComment, insertRevision, pinnedPosts, reactionCounts, spaceScope, type PostRow } from './posts.repository.js';
import type { PollInputValue, PollsService } from './polls.service.js';
import type { ScheduledThreads } from './scheduled-threads.js';
import { renderBody, visibleThread, type PostsDeps } from './thread-access.js';
import { threadPage } from './thread-lists.js';
import { PostReads } from './post-reads.js';
import type { ThreadPages } from './thread-page.js';
import { bumpThreadVersion } from './thread-version.js';

const THREAD_KINDS = new Set(['discussion', 'qa', 'announcement']);

/** Threads: start, list, read, edit with history, delete, pin, lock, move, accept an answer. */
export class PostsService extends PostReads {
  constructor(
    deps: PostsDeps,
    private readonly comments: CommentsService,
    private readonly polls: PollsService,
    private readonly scheduled: ScheduledThreads,
    private readonly pages: ThreadPages,
  ) {
    super(deps);
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
    const pinned = query.sort === 'latest' && !query.cursor ? await pinnedPosts(this.db, spaceId) : [];
    const hidden = await this.deps.people.hiddenAuthorIds(actor.memberId);
    const scope = { ...spaceScope(spaceId), excludeAuthorIds: [...hidden] };
    const { items, nextCursor } = await threadPage(this.deps, scope, query, pinned);
    return { items, nextCursor };
  }

  /**
   * Starts a thread in a discussion, Q&A or announcement space, with a poll if given. With
   * `publishAt` (staff only) it is stored as scheduled: hidden from everyone but its author and
   * staff, unsearched and uncounted until the publishing job enqueued here runs at that time.
   * @throws not_found, not_a_thread_space (422), cannot_post (403), forbidden (403, scheduling as a member),
   *   invalid_input (unknown_mention; publishAt: in_the_past; poll.closesAt: in_the_past | closes_before_publish)
   */
  async create(
    actor: Actor,
    spaceId: string,
    body: { title: string; body: string; poll?: PollInputValue | undefined; publishAt?: string | undefined },
  ): Promise<Post> {
    const access = await this.deps.spaces.access(actor, spaceId);
    if (!access?.canView) throw notFound();
    if (!THREAD_KINDS.has(access.space.kind)) throw refused('not_a_thread_space');
    if (!access.canPost) throw new AppError('cannot_post', 403);
    // A mute or ban in force refuses every write (member_muted, with until when and why).
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    const publishAt = body.publishAt ? Date.parse(body.publishAt) : null;
    if (publishAt !== null) this.scheduled.assertCanSchedule(actor, publishAt);
    if (body.poll) this.polls.checkTimes(body.poll, publishAt);
    // Screened before anything is stored (block refuses, mask is *** in the source, review
    // holds it). A scheduled thread cannot also wait for a moderator: review refuses it.
    const { texts, held, signals } = await this.deps.moderation.screen.screen(
      { title: body.title, body: body.body },
      { canHold: publishAt === null, markdown: ['body'], authorId: actor.memberId, newPost: true },
    );
    const rendered = await renderBody(this.deps, texts.body, actor.memberId);
    const matches = held ? await this.deps.moderation.screen.locate(texts) : [];
    const id = this.deps.platform.ids.next();
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      await tx
        .insertInto('post')
        .values({
          id,
          spaceId,
          authorId: actor.memberId,
          title: texts.title,
          body: texts.body,
          html: rendered.html,
          text: rendered.text,
          status: held ? 'pending' : publishAt === null ? 'published' : 'scheduled',
          publishAt,
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
      if (body.poll) await this.polls.insert(tx, id, body.poll);
      await this.deps.linkPreviews.request(tx, rendered.previews);
      const thread = { subjectId: id, postId: id, spaceId, authorId: actor.memberId };
      if (held) await this.deps.moderation.holds.hold(tx, { subjectKind: 'post', ...thread, ...texts, matches, signals });
      else if (publishAt !== null) await this.scheduled.enqueue(tx, id, publishAt);
      else
        await this.scheduled.announce(
          tx,
          { id, spaceId, authorId: actor.memberId, title: texts.title, text: rendered.text },
          rendered.mentions,
          now,
        );
    });
    return this.get(actor, id);
  }

  /** One thread for the caller. @throws not_found */
  async get(actor: Actor, id: string): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    return this.view(actor, post, access);
  }

  /**
   * A thread with a page of its comments. The first page (the thread page) comes from this
   * node's thread cache, already serialised; later pages are read as they are.
   * @throws not_found
   */
  async getWithComments(actor: Actor, id: string, query: PageQuery) {
    if (!query.cursor) {
      const page = await this.pages.read(actor, id, query.limit);
      if (page) return page;
    }
    const { post, access } = await visibleThread(this.deps, actor, id);
    const [view, comments] = await Promise.all([this.view(actor, post, access), this.comments.page(actor, post, access, query)]);
    return { post: view, comments };
  }

  /**
   * Edits title and/or body; the previous version goes to the history. Authors edit their own
   * live threads; staff edit any. The author may replace or remove the poll until someone
   * voted; staff may move a scheduled thread's publish time (its old job then does nothing).
   * @throws not_found, forbidden, thread_deleted / not_scheduled / poll_has_votes (409),
   *   invalid_input (unknown_mention; publishAt: in_the_past; poll.closesAt: in_the_past | closes_before_publish)
   */
  async update(
    actor: Actor,
    id: string,
    patch: {
      title?: string | undefined;
      body?: string | undefined;
      poll?: PollInputValue | null | undefined;
      publishAt?: string | undefined;
    },
  ): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    this.assertCanEdit(actor, post, access.canModerate);
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    const publishAt = patch.publishAt !== undefined ? Date.parse(patch.publishAt) : null;
    if (publishAt !== null) {
      if (post.status !== 'scheduled') throw new AppError('not_scheduled', 409);
      this.scheduled.assertCanSchedule(actor, publishAt);
    }
    const goesOutAt = publishAt ?? (post.status === 'scheduled' ? post.publishAt : null);
    if (patch.poll) this.polls.checkTimes(patch.poll, goesOutAt);
    else if (publishAt !== null && patch.poll === undefined) {
      const closesAt = await this.polls.closesAt(this.db, id);
      if (closesAt !== null && closesAt <= publishAt) throw invalid('publishAt', 'after_poll_closes');
    }
    // A published thread cannot go back into hiding, so a review word refuses the edit; a
    // held one stays held and its hold shows the new text.
    const isHeld = post.status === 'pending';
    const { texts, signals } = await this.deps.moderation.screen.screen(
      { title: patch.title, body: patch.body },
      { canHold: isHeld, markdown: ['body'], authorId: actor.memberId },
    );
    const rendered = texts.body !== undefined ? await renderBody(this.deps, texts.body, post.authorId) : null;
    const changesText = texts.title !== undefined || rendered !== null;
    const held = { title: texts.title ?? post.title, body: texts.body ?? post.body };
    const matches = isHeld && changesText ? await this.deps.moderation.screen.locate(held) : [];
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      await bumpThreadVersion(tx, id);
      if (patch.poll !== undefined) await this.polls.replace(tx, actor, post, patch.poll);
      if (publishAt !== null) {
        await tx.updateTable('post').set({ publishAt }).where('id', '=', id).execute();
        await this.scheduled.enqueue(tx, id, publishAt);
      }
      if (!changesText) return;
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
          ...(texts.title !== undefined ? { title: texts.title } : {}),
          ...(rendered ? { body: texts.body, html: rendered.html, text: rendered.text } : {}),
          editedAt: now,
        })
        .where('id', '=', id)
        .execute();
      if (rendered) await this.deps.linkPreviews.request(tx, rendered.previews);
      if (isHeld) {
        const thread = { subjectKind: 'post' as const, subjectId: id, postId: id, spaceId: post.spaceId, authorId: post.authorId };
        return this.deps.moderation.holds.hold(tx, { ...thread, ...held, matches, ...(signals.length > 0 ? { signals } : {}) });
      }
      // A scheduled thread enters the index when it is published, with its text as it is then.
      if (post.status === 'scheduled') return;
      await this.deps.search.index(tx, {
        kind: 'post',
        id,
        postId: null,
        spaceId: post.spaceId,
        conversationId: null,
        authorId: post.authorId,
        title: texts.title ?? post.title,
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
      await bumpThreadVersion(tx, id);
      await this.deps.search.remove(tx, 'post', id);
      if (post.status === 'pending') await this.deps.moderation.holds.withdraw(tx, 'post', id, actor.memberId);
      await this.announceModeration(tx, actor, post, 'deleted', now);
      const byStaff = post.authorId !== actor.memberId;
      await this.deps.platform.events.emit(tx, ContentRemoved, {
        subjectKind: 'post',
        subjectId: id,
        postId: id,
        authorId: post.authorId,
        byStaff,
        at: now,
      });
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
      .set((eb) => ({ pinnedAt: pinned ? this.deps.platform.clock.now() : null, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    return this.get(actor, id);
  }

  /** @throws not_found, forbidden */
  async lock(actor: Actor, id: string, locked: boolean): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    if (!access.canModerate) throw new AppError('forbidden', 403);
    const now = this.deps.platform.clock.now();
    await withTransaction(this.db, async (tx) => {
      await tx
        .updateTable('post')
        .set({ lockedAt: locked ? now : null })
        .where('id', '=', id)
        .execute();
      await bumpThreadVersion(tx, id);
      if (locked && post.lockedAt === null) await this.announceModeration(tx, actor, post, 'locked', now);
    });
    return this.get(actor, id);
  }

  /** Moves a thread to another thread space the caller moderates. @throws not_found, forbidden, invalid_input (spaceId) */
  async move(actor: Actor, id: string, spaceId: string): Promise<Post> {
    const { post, access } = await visibleThread(this.deps, actor, id);
    if (!access.canModerate) throw new AppError('forbidden', 403);
    const target = await this.deps.spaces.access(actor, spaceId);
    if (!target?.canModerate) throw invalid('spaceId', 'unknown_space');
    if (!THREAD_KINDS.has(target.space.kind)) throw refused('not_a_thread_space');
    await withTransaction(this.db, async (tx) => {
      await tx.updateTable('post').set({ spaceId }).where('id', '=', id).execute();
      await bumpThreadVersion(tx, id);
      // A scheduled thread counts as new activity where it lives when it is published, not before.
      if (post.status !== 'scheduled') await this.deps.spaces.recordActivity(tx, spaceId, this.deps.platform.clock.now());
      await this.deps.search.movePost(tx, id, spaceId);
      if (post.spaceId !== spaceId) await this.announceModeration(tx, actor, { ...post, spaceId }, 'moved', this.deps.platform.clock.now());
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
    const comment = commentId === null ? null : await findComment(this.db, commentId);
    if (commentId !== null && (!comment || comment.postId !== id || comment.status !== 'published')) {
      throw invalid('commentId', 'unknown_comment');
    }
    await withTransaction(this.db, async (tx) => {
      await tx
        .updateTable('post')
        .set((eb) => ({ acceptedCommentId: commentId, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
      const answer = { commentId, answererId: comment?.authorId ?? null };
      await this.deps.platform.events.emit(tx, AnswerAccepted, {
        postId: id,
        spaceId: post.spaceId,
        ...answer,
        at: this.deps.platform.clock.now(),
      });
    });
    return this.get(actor, id);
  }

  /** Tells the author when staff act on their thread (their own actions need no notice). */
  private async announceModeration(tx: Tx, actor: Actor, post: PostRow, action: 'deleted' | 'locked' | 'moved', at: number) {
    if (post.authorId === actor.memberId) return;
    await this.deps.platform.events.emit(tx, ContentModerated, {
      action,
      subjectKind: 'post',
      subjectId: post.id,
      postId: post.id,
      spaceId: post.spaceId,
      authorId: post.authorId,
      moderatorId: actor.memberId,
      title: post.title,
      at,
    });
  }

  private assertCanEdit(actor: Actor, post: PostRow, canModerate: boolean): void {
    if (post.status === 'deleted') throw new AppError('thread_deleted', 409);
    if (post.authorId !== actor.memberId && !canModerate) throw new AppError('forbidden', 403);
  }

  private async view(actor: Actor, post: PostRow, access: { canModerate: boolean; canParticipate: boolean }): Promise<Post> {
    const [authors, reactions, poll, bookmarked] = await Promise.all([
      this.deps.members.refs([post.authorId]),
      reactionCounts(this.db, 'post', [post.id], actor.memberId),
      this.polls.view(this.db, actor, post, access),
      bookmarkedAmong(this.db, actor.memberId, 'post', [post.id]),
    ]);
    const live = post.status === 'published';
    return toPost(
      post,
      authors,
      reactions.get(post.id) ?? [],
      {
        canEdit: post.status !== 'deleted' && (post.authorId === actor.memberId || access.canModerate),
        canModerate: access.canModerate,
        canComment: live && access.canParticipate && (post.lockedAt === null || access.canModerate),
      },
      { poll, bookmarked: bookmarked.has(post.id) },
    );
  }
}
