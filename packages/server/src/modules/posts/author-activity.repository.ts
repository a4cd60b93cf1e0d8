import type { DbOrTx } from '../../db/database.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';

/** A thread a member started or a reply they wrote (for their profile's recent activity). */
export interface AuthorActivity {
  kind: 'thread' | 'reply';
  /** The thread's id, or the reply's. */
  id: string;
  postId: string;
  spaceId: string;
  /** The thread's title. */
  title: string;
  excerpt: string;
  createdAt: number;
}

const EXCERPT_CHARS = 160;
const excerpt = (text: string) => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text);

/**
 * A member's published threads and replies (on published threads) in the given spaces,
 * newest first, at most `limit`, older than `before` when given. Two index walks
 * (post_by_author, comment_by_author) merged by time.
 */
export async function recentActivityOf(
  db: DbOrTx,
  authorId: string,
  spaceIds: readonly string[],
  page: { limit: number; before: Keyset | null },
): Promise<AuthorActivity[]> {
  if (spaceIds.length === 0) return [];
  let threads = db
    .selectFrom('post')
    .select(['post.id', 'post.spaceId', 'post.title', 'post.text', 'post.createdAt'])
    .where('post.authorId', '=', authorId)
    .where('post.status', '=', 'published')
    .where('post.spaceId', 'in', [...spaceIds]);
  let replies = db
    .selectFrom('comment')
    .innerJoin('post', 'post.id', 'comment.postId')
    .select(['comment.id', 'comment.postId', 'post.spaceId', 'post.title', 'comment.text', 'comment.createdAt'])
    .where('comment.authorId', '=', authorId)
    .where('comment.status', '=', 'published')
    .where('post.status', '=', 'published')
    .where('post.spaceId', 'in', [...spaceIds]);
  if (page.before) {
    threads = threads.where(olderThan(page.before, 'post.createdAt', 'post.id'));
    replies = replies.where(olderThan(page.before, 'comment.createdAt', 'comment.id'));
  }
  const [threadRows, replyRows] = await Promise.all([
    threads.orderBy('post.createdAt', 'desc').orderBy('post.id', 'desc').limit(page.limit).execute(),
    replies.orderBy('comment.createdAt', 'desc').orderBy('comment.id', 'desc').limit(page.limit).execute(),
  ]);
  const items: AuthorActivity[] = [
    ...threadRows.map((r) => ({
      kind: 'thread' as const,
      id: r.id,
      postId: r.id,
      spaceId: r.spaceId,
      title: r.title,
      excerpt: excerpt(r.text),
      createdAt: r.createdAt,
    })),
    ...replyRows.map((r) => ({
      kind: 'reply' as const,
      id: r.id,
      postId: r.postId,
      spaceId: r.spaceId,
      title: r.title,
      excerpt: excerpt(r.text),
      createdAt: r.createdAt,
    })),
  ];
  return items.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, page.limit);
}

/** How many threads and replies a member has published (their trust level). */
export async function publishedCountOf(db: DbOrTx, authorId: string): Promise<number> {
  const [threads, replies] = await Promise.all([
    db
      .selectFrom('post')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('authorId', '=', authorId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comment')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('authorId', '=', authorId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
  ]);
  return Number(threads.n) + Number(replies.n);
}

/** Reactions others gave a member's published threads and replies (their trust level). */
export async function reactionsReceivedOf(db: DbOrTx, authorId: string): Promise<number> {
  const [threads, replies] = await Promise.all([
    db
      .selectFrom('post')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number>('reactionCount'), eb.lit(0)).as('n'))
      .where('authorId', '=', authorId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comment')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string | number>('reactionCount'), eb.lit(0)).as('n'))
      .where('authorId', '=', authorId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
  ]);
  return Number(threads.n) + Number(replies.n);
}

/** Threads and replies a member wrote since `since`, held or published (a trust level's posts an hour). */
export async function writtenSinceOf(db: DbOrTx, authorId: string, since: number): Promise<number> {
  const [threads, replies] = await Promise.all([
    db
      .selectFrom('post')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('authorId', '=', authorId)
      .where('createdAt', '>=', since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comment')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('authorId', '=', authorId)
      .where('createdAt', '>=', since)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(threads.n) + Number(replies.n);
}
