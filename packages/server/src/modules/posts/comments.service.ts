import type { Comment, PageQuery } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { AppError, invalid, notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import type { SpaceAccessDecision } from '../spaces/index.js';
import { bookmarkedAmong } from './bookmarks.repository.js';
import { ContentModerated, ContentRemoved } from './posts.events.js';
import { announceComment } from './held-content.js';
import { toComment } from './posts.mappers.js';
import { commentsOf, findComment, findPost, insertRevision, reactionCounts, type CommentRow, type PostRow } from './posts.repository.js';
import { renderBody, visibleThread, type PostsDeps } from './thread-access.js';
import { bumpThreadVersion } from './thread-version.js';

/** Replies to threads: nested (parentId), edited with history, soft-deleted. */
export class CommentsService {
  constructor(private readonly deps: PostsDeps) {}

  private get db() {
    return this.deps.platform.db;
  }

  /** A page of a thread's comments, oldest first. @throws not_found */
  async list(actor: Actor, postId: string, query: PageQuery) {
    const { post, access } = await visibleThread(this.deps, actor, postId);
    return this.page(actor, post, access, query);
  }

  async page(
    actor: Actor,
    post: PostRow,
    access: SpaceAccessDecision,
    query: PageQuery,
  ): Promise<{ items: Comment[]; nextCursor: string | null }> {
    const [rows, hidden] = await Promise.all([
      commentsOf(this.db, post.id, decodeCursor(query.cursor), query.limit),
      this.deps.people.hiddenAuthorIds(actor.memberId),
    ]);
    const pageRows = rows.slice(0, query.limit);
    // Blocked members' replies are left out both ways; replies to them then stand on their own.
    const visible = pageRows.filter(
      (c) => !hidden.has(c.authorId) && (c.status !== 'pending' || c.authorId === actor.memberId || access.canModerate),
    );
    const [authors, reactions, bookmarked] = await Promise.all([
      this.deps.members.refs(visible.map((c) => c.authorId)),
      reactionCounts(
        this.db,
        'comment',
        visible.map((c) => c.id),
        actor.memberId,
      ),
      bookmarkedAmong(
        this.db,
        actor.memberId,
        'comment',
        visible.map((c) => c.id),
      ),
    ]);
    const last = pageRows[pageRows.length - 1];
    return {
      items: visible.map((c) => toComment(c, authors, reactions.get(c.id) ?? [], this.canEdit(actor, c, access), bookmarked.has(c.id))),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    };
  }

  /**
   * Replies to a thread, or to one of its comments.
   * @throws not_found, thread_locked (409), cannot_post (403), invalid_input (parentId: unknown_comment; body: unknown_mention)
   */
  async create(actor: Actor, postId: string, body: { body: string; parentId?: string | undefined }): Promise<Comment> {
    const { post, access } = await visibleThread(this.deps, actor, postId);
    if (post.status === 'scheduled') throw new AppError('thread_scheduled', 409);
    if (post.status === 'pending') throw new AppError('thread_pending', 409);
    if (post.status !== 'published') throw new AppError('thread_deleted', 409);
    if (post.lockedAt !== null && !access.canModerate) throw new AppError('thread_locked', 409);
    if (!access.canParticipate) throw new AppError('cannot_post', 403);
    // A mute or ban in force refuses every write (member_muted, with until when and why).
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    const parent = body.parentId ? await findComment(this.db, body.parentId) : null;
    if (body.parentId && (!parent || parent.postId !== postId)) throw invalid('parentId', 'unknown_comment');
    // Screened before anything is stored: a block word refuses it, mask words are *** in the
    // source (so source and HTML agree), a review word holds it (visible to its author and staff).
    const screened = await this.deps.moderation.screen.screen(
      { body: body.body },
      { canHold: true, markdown: ['body'], authorId: actor.memberId, newPost: true },
    );
    const source = screened.texts.body;
    const rendered = await renderBody(this.deps, source, actor.memberId);
    const matches = screened.held ? await this.deps.moderation.screen.locate({ body: source }) : [];
    const id = this.deps.platform.ids.next();
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      const comment = {
        id,
        postId,
        parentId: body.parentId ?? null,
        authorId: actor.memberId,
        body: source,
        html: rendered.html,
        text: rendered.text,
        status: screened.held ? ('pending' as const) : ('published' as const),
        reactionCount: 0,
        editedAt: null,
        deletedAt: null,
        createdAt: now,
      };
      await tx.insertInto('comment').values(comment).execute();
      await this.deps.linkPreviews.request(tx, rendered.previews);
      if (!screened.held) return announceComment(this.deps, tx, comment, post, rendered.mentions, now);
      // Held: not counted, indexed or notified until approved; the version bump lets the
      // author's and staff's thread pages show it (the snapshot marks it pending for others).
      await bumpThreadVersion(tx, postId);
      await this.deps.moderation.holds.hold(tx, {
        subjectKind: 'comment',
        subjectId: id,
        postId,
        spaceId: post.spaceId,
        authorId: actor.memberId,
        title: null,
        body: source,
        matches,
        signals: screened.signals,
      });
    });
    return this.one(actor, id);
  }

  /** Edits a comment; the previous version goes to its history. @throws not_found, forbidden, comment_deleted (409) */
  async update(actor: Actor, id: string, text: string): Promise<Comment> {
    const { comment, access } = await this.visible(actor, id);
    this.assertCanEdit(actor, comment, access);
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    // A published reply cannot go back into hiding, so a review word refuses the edit; a held
    // one stays held and its hold shows the new text.
    const isHeld = comment.status === 'pending';
    const screened = await this.deps.moderation.screen.screen(
      { body: text },
      { canHold: isHeld, markdown: ['body'], authorId: actor.memberId },
    );
    const source = screened.texts.body;
    const rendered = await renderBody(this.deps, source, comment.authorId);
    const matches = isHeld ? await this.deps.moderation.screen.locate({ body: source }) : [];
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      await insertRevision(tx, {
        id: this.deps.platform.ids.next(),
        subjectKind: 'comment',
        subjectId: id,
        title: null,
        body: comment.body,
        editorId: actor.memberId,
        createdAt: now,
      });
      await tx
        .updateTable('comment')
        .set({ body: source, html: rendered.html, text: rendered.text, editedAt: now })
        .where('id', '=', id)
        .execute();
      await bumpThreadVersion(tx, comment.postId);
      await this.deps.linkPreviews.request(tx, rendered.previews);
      if (isHeld) {
        const hold = { subjectKind: 'comment' as const, subjectId: id, postId: comment.postId, spaceId: access.space.id };
        return this.deps.moderation.holds.hold(tx, {
          ...hold,
          authorId: comment.authorId,
          title: null,
          body: source,
          matches,
          ...(screened.signals.length > 0 ? { signals: screened.signals } : {}),
        });
      }
      await this.deps.search.index(tx, {
        kind: 'comment',
        id,
        postId: comment.postId,
        spaceId: access.space.id,
        conversationId: null,
        authorId: comment.authorId,
        title: (await findPost(tx, comment.postId))?.title ?? '',
        body: rendered.text,
        createdAt: comment.createdAt,
      });
    });
    return this.one(actor, id);
  }

  /** Soft-deletes a comment; replies to it stay. @throws not_found, forbidden, comment_deleted (409) */
  async remove(actor: Actor, id: string): Promise<void> {
    const { comment, access, post } = await this.visible(actor, id);
    this.assertCanEdit(actor, comment, access);
    await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      await tx.updateTable('comment').set({ status: 'deleted', deletedAt: now }).where('id', '=', id).execute();
      if (comment.authorId !== actor.memberId)
        await this.deps.platform.events.emit(tx, ContentModerated, {
          action: 'deleted',
          subjectKind: 'comment',
          subjectId: id,
          postId: post.id,
          spaceId: post.spaceId,
          authorId: comment.authorId,
          moderatorId: actor.memberId,
          title: post.title,
          at: now,
        });
      await this.deps.search.remove(tx, 'comment', id);
      await this.deps.platform.events.emit(tx, ContentRemoved, {
        subjectKind: 'comment',
        subjectId: id,
        postId: post.id,
        authorId: comment.authorId,
        byStaff: comment.authorId !== actor.memberId,
        at: now,
      });
      // A held reply was never counted; deleting it takes it out of the review queue.
      const counted = comment.status === 'published';
      if (!counted) await this.deps.moderation.holds.withdraw(tx, 'comment', id, actor.memberId);
      await tx
        .updateTable('post')
        .set((eb) => ({ commentCount: eb('commentCount', '-', counted ? 1 : 0), version: eb('version', '+', 1) }))
        .where('id', '=', comment.postId)
        .execute();
      // An accepted answer that is deleted is no longer an answer.
      await tx
        .updateTable('post')
        .set({ acceptedCommentId: null })
        .where('id', '=', comment.postId)
        .where('acceptedCommentId', '=', id)
        .execute();
    });
  }

  /** The comment and its thread's access decision, if the caller may see them. @throws not_found */
  async visible(actor: Actor, id: string): Promise<{ comment: CommentRow; access: SpaceAccessDecision; post: PostRow }> {
    const comment = await findComment(this.db, id);
    if (!comment) throw notFound();
    const { post, access } = await visibleThread(this.deps, actor, comment.postId);
    if (comment.status === 'pending' && comment.authorId !== actor.memberId && !access.canModerate) throw notFound();
    return { comment, access, post };
  }

  private canEdit(actor: Actor, comment: CommentRow, access: SpaceAccessDecision): boolean {
    return comment.status !== 'deleted' && (comment.authorId === actor.memberId || access.canModerate);
  }

  private assertCanEdit(actor: Actor, comment: CommentRow, access: SpaceAccessDecision): void {
    if (comment.status === 'deleted') throw new AppError('comment_deleted', 409);
    if (!this.canEdit(actor, comment, access)) throw new AppError('forbidden', 403);
  }

  private async one(actor: Actor, id: string): Promise<Comment> {
    const { comment, access } = await this.visible(actor, id);
    const [authors, reactions, bookmarked] = await Promise.all([
      this.deps.members.refs([comment.authorId]),
      reactionCounts(this.db, 'comment', [id], actor.memberId),
      bookmarkedAmong(this.db, actor.memberId, 'comment', [id]),
    ]);
    return toComment(comment, authors, reactions.get(id) ?? [], this.canEdit(actor, comment, access), bookmarked.has(id));
  }
}
