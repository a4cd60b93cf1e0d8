import type { PageQuery, Revision } from '@hearth/contracts';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import {
  publishedCountOf,
  reactionsReceivedOf,
  recentActivityOf,
  writtenSinceOf,
  type AuthorActivity,
} from './author-activity.repository.js';
import { contributionFactsOf, type ContributionFacts } from './contribution-facts.repository.js';
import { authorOf } from './posts.mappers.js';
import { revisionsOf, type SubjectKind } from './posts.repository.js';
import type { PostsDeps } from './thread-access.js';
import { tippableContent, type TippableContent } from './tip-targets.js';

/**
 * What other modules read of threads and replies (an author's activity and counts, tip
 * targets, revision pages): reads with no rules of their own. PostsService extends it, so
 * callers keep using `posts`.
 */
export class PostReads {
  constructor(protected readonly deps: PostsDeps) {}

  protected get db() {
    return this.deps.platform.db;
  }

  /**
   * A member's recent published threads and replies, newest first, in the spaces the caller
   * may read (the policy thread listing applies), older than `before` when given.
   */
  async recentByAuthor(
    actor: Actor,
    authorId: string,
    page: { limit: number; before: { at: number; id: string } | null },
  ): Promise<AuthorActivity[]> {
    return recentActivityOf(this.db, authorId, await this.deps.spaces.visibleSpaceIds(actor), page);
  }

  /** How many threads and replies a member has published (spam detection's trust threshold). */
  publishedCountBy(authorId: string): Promise<number> {
    return publishedCountOf(this.db, authorId);
  }

  /** Reactions on a member's published threads and replies (trust levels). */
  reactionsReceivedBy(authorId: string): Promise<number> {
    return reactionsReceivedOf(this.db, authorId);
  }

  /** Threads and replies a member wrote since `since` (a trust level's posts an hour). */
  writtenSinceBy(authorId: string, since: number): Promise<number> {
    return writtenSinceOf(this.db, authorId, since);
  }

  /** What a member has contributed (published posts, accepted answers, reactions received), for badge rules. */
  contributionFacts(memberId: string): Promise<ContributionFacts> {
    return contributionFactsOf(this.db, memberId);
  }

  /** A live thread or comment the caller may read, for tips. @throws not_found */
  tipTarget(actor: Actor, kind: 'post' | 'comment', id: string): Promise<TippableContent> {
    return tippableContent(this.deps, actor, kind, id);
  }

  /** A page of a thread's or reply's edit history, oldest first. */
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
