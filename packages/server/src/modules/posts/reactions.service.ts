import type { ReactionCount } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { CommentsService } from './comments.service.js';
import { ReactionAdded, ReactionRemoved } from './posts.events.js';
import { reactionCounts, type SubjectKind } from './posts.repository.js';
import { visibleThread, type PostsDeps } from './thread-access.js';
import { bumpThreadVersion } from './thread-version.js';

/** Emoji reactions on threads and comments: one of each emoji per member, counted. */
export class ReactionsService {
  constructor(
    private readonly deps: PostsDeps,
    private readonly comments: CommentsService,
  ) {}

  /**
   * Adds (`on`) or takes back the caller's reaction; doing either twice changes nothing.
   * @throws not_found, cannot_post (403) for members who may only read, thread_deleted / comment_deleted (409)
   */
  async set(actor: Actor, kind: SubjectKind, id: string, emoji: string, on: boolean): Promise<ReactionCount[]> {
    const { access, post, authorId } = await this.subjectAccess(actor, kind, id);
    if (on && !access.canParticipate) throw new AppError('cannot_post', 403);
    const db = this.deps.platform.db;
    await withTransaction(db, async (tx) => {
      const key = { subjectKind: kind, subjectId: id, emoji, memberId: actor.memberId };
      const exists = await tx
        .selectFrom('reaction')
        .select('emoji')
        .where('subjectKind', '=', kind)
        .where('subjectId', '=', id)
        .where('emoji', '=', emoji)
        .where('memberId', '=', actor.memberId)
        .executeTakeFirst();
      if (on === Boolean(exists)) return;
      if (on)
        await tx
          .insertInto('reaction')
          .values({ ...key, createdAt: this.deps.platform.clock.now() })
          .execute();
      else
        await tx
          .deleteFrom('reaction')
          .where('subjectKind', '=', kind)
          .where('subjectId', '=', id)
          .where('emoji', '=', emoji)
          .where('memberId', '=', actor.memberId)
          .execute();
      const table = kind === 'post' ? 'post' : 'comment';
      await tx
        .updateTable(table)
        .set((eb) => ({ reactionCount: eb('reactionCount', on ? '+' : '-', 1) }))
        .where('id', '=', id)
        .execute();
      await bumpThreadVersion(tx, post.id);
      const counted = await tx.selectFrom(table).select('reactionCount').where('id', '=', id).executeTakeFirstOrThrow();
      const reactionCount = Number(counted.reactionCount);
      const at = this.deps.platform.clock.now();
      const about = { subjectKind: kind, subjectId: id, postId: post.id, subjectAuthorId: authorId, reactorId: actor.memberId, emoji };
      if (on)
        await this.deps.platform.events.emit(tx, ReactionAdded, { ...about, spaceId: post.spaceId, title: post.title, reactionCount, at });
      else await this.deps.platform.events.emit(tx, ReactionRemoved, { ...about, reactionCount, at });
    });
    return (await reactionCounts(db, kind, [id], actor.memberId)).get(id) ?? [];
  }

  private async subjectAccess(actor: Actor, kind: SubjectKind, id: string) {
    if (kind === 'post') {
      const { post, access } = await visibleThread(this.deps, actor, id);
      if (post.status === 'scheduled') throw new AppError('thread_scheduled', 409);
      if (post.status !== 'published') throw new AppError('thread_deleted', 409);
      return { access, post, authorId: post.authorId };
    }
    const { comment, access, post } = await this.comments.visible(actor, id);
    if (comment.status !== 'published') throw new AppError('comment_deleted', 409);
    return { access, post, authorId: comment.authorId };
  }
}
