import type { ScheduledPost } from '@hearth/contracts';
import { withTransaction, type Tx } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { AppError, invalid } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import { ROLE_RANK } from '@hearth/contracts';
import { PUBLISH_SCHEDULED_JOB, PublishScheduledPayload } from './posts.jobs.js';
import { ThreadPublished, excerptOf } from './posts.events.js';
import { toPostSummary } from './posts.mappers.js';
import { findPost, scheduledBetween, type PostRow } from './posts.repository.js';
import type { PostsDeps } from './thread-access.js';

/** The most a calendar window lists (a busy month of a busy community). */
const CALENDAR_LIMIT = 500;

/**
 * Threads written now and published later: staff schedule them, a job publishes each at its
 * time (making it visible, searchable and counted as new activity exactly then), and the
 * content calendar lists them.
 */
export class ScheduledThreads {
  constructor(private readonly deps: PostsDeps) {
    deps.platform.jobs.define({
      name: PUBLISH_SCHEDULED_JOB,
      payload: PublishScheduledPayload,
      handle: (payload) => this.publish(payload),
    });
  }

  /**
   * Only staff schedule (owner, admin, moderator), and only for later.
   * @throws forbidden (403) for members, invalid_input (publishAt: in_the_past)
   */
  assertCanSchedule(actor: Actor, publishAt: number): void {
    if (ROLE_RANK[actor.role] < ROLE_RANK.moderator) throw new AppError('forbidden', 403);
    if (publishAt <= this.deps.platform.clock.now()) throw invalid('publishAt', 'in_the_past');
  }

  /** Enqueues the publishing job in the transaction that stored (or moved) the publish time. */
  async enqueue(tx: Tx, postId: string, publishAt: number): Promise<void> {
    await this.deps.platform.jobs.enqueue(tx, PUBLISH_SCHEDULED_JOB, { postId, publishAt }, { runAt: publishAt });
  }

  /**
   * The job: publishes the thread if it is still scheduled for exactly this time. Its
   * created and activity times become the publish time, so it lands at the top of its space
   * as new; the space's unread counts, the search index and ThreadPublished follow in the
   * same transaction. Idempotent: a second run finds it no longer scheduled.
   */
  async publish(payload: PublishScheduledPayload): Promise<void> {
    await withTransaction(this.deps.platform.db, async (tx) => {
      const post = await findPost(tx, payload.postId);
      if (!post || post.status !== 'scheduled' || post.publishAt !== payload.publishAt) return;
      const now = this.deps.platform.clock.now();
      const result = await tx
        .updateTable('post')
        .set((eb) => ({ status: 'published', createdAt: now, lastActivityAt: now, version: eb('version', '+', 1) }))
        .where('id', '=', post.id)
        .where('status', '=', 'scheduled')
        .where('publishAt', '=', payload.publishAt)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return;
      // Mentions are notified as the author may reach people now (a block since then counts).
      const mentions = renderMarkdown(post.body).mentions;
      const unreachable = mentions.length > 0 ? await this.deps.people.unmentionableBy(post.authorId, mentions) : new Set<string>();
      await this.announce(
        tx,
        post,
        mentions.filter((id) => !unreachable.has(id)),
        now,
      );
    });
  }

  /** What makes a thread visible to everyone: activity, search, and the ThreadPublished event. */
  async announce(
    tx: Tx,
    post: Pick<PostRow, 'id' | 'spaceId' | 'authorId' | 'title' | 'text'>,
    mentionIds: string[],
    at: number,
  ): Promise<void> {
    await this.deps.spaces.recordActivity(tx, post.spaceId, at);
    await this.deps.search.index(tx, {
      kind: 'post',
      id: post.id,
      postId: null,
      spaceId: post.spaceId,
      conversationId: null,
      authorId: post.authorId,
      title: post.title,
      body: post.text,
      createdAt: at,
    });
    await this.deps.platform.events.emit(tx, ThreadPublished, {
      postId: post.id,
      spaceId: post.spaceId,
      authorId: post.authorId,
      title: post.title,
      excerpt: excerptOf(post.text),
      mentionIds,
      at,
    });
  }

  /** The content calendar: threads whose publish time falls in [from, to), in spaces the caller sees, by time. */
  async calendar(actor: Actor, from: number, to: number): Promise<ScheduledPost[]> {
    const spaceIds = await this.deps.spaces.visibleSpaceIds(actor);
    const rows = await scheduledBetween(this.deps.platform.db, spaceIds, from, to, CALENDAR_LIMIT);
    const authors = await this.deps.members.refs(rows.map((r) => r.authorId));
    return rows.map((row) => ({ ...toPostSummary(row, authors), publishAt: toIso(row.publishAt!) }));
  }
}
