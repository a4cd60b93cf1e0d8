import { sql, type Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { CommentTable, PostTable } from '../../db/schema.js';
import type { Keyset } from '../../platform/pagination.js';
import { olderThan } from '../../platform/pagination.js';

export type PostRow = Selectable<PostTable>;
export type CommentRow = Selectable<CommentTable>;
export type SubjectKind = 'post' | 'comment';

/** Queries on the posts module's own tables: post, comment, revision, reaction. */
export async function findPost(db: DbOrTx, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('post').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findComment(db: DbOrTx, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('comment').selectAll().where('id', '=', id).executeTakeFirst();
}

const SUMMARY = [
  'id',
  'spaceId',
  'authorId',
  'title',
  'text',
  'status',
  'pinnedAt',
  'lockedAt',
  'commentCount',
  'reactionCount',
  'acceptedCommentId',
  'createdAt',
  'lastActivityAt',
] as const;
export type PostSummaryRow = Pick<PostRow, (typeof SUMMARY)[number]>;

/** Pinned threads of a space, most recently pinned first. */
export async function pinnedPosts(db: DbOrTx, spaceId: string): Promise<PostSummaryRow[]> {
  return db
    .selectFrom('post')
    .select(SUMMARY)
    .where('spaceId', '=', spaceId)
    .where('status', '=', 'published')
    .where('pinnedAt', 'is not', null)
    .orderBy('pinnedAt', 'desc')
    .execute();
}

/**
 * Which threads a list covers: those of `spaceIds` (a space, or every space its reader may
 * see), narrowed for a home feed to joined spaces or followed authors, without the authors
 * the reader blocked or who blocked them.
 */
export interface ThreadScope {
  spaceIds: readonly string[];
  followed?: { spaceIds: readonly string[]; authorIds: readonly string[] };
  excludeAuthorIds?: readonly string[];
  /** Leave pinned threads in (a feed has no pinned section). */
  includePinned?: boolean;
}

export const spaceScope = (spaceId: string): ThreadScope => ({ spaceIds: [spaceId] });

function scoped(db: DbOrTx, scope: ThreadScope) {
  let query = db
    .selectFrom('post')
    .select(SUMMARY)
    .where('status', '=', 'published')
    .where('spaceId', 'in', scope.spaceIds.length > 0 ? [...scope.spaceIds] : ['']);
  const followed = scope.followed;
  if (followed)
    query = query.where((eb) =>
      eb.or([
        eb('spaceId', 'in', followed.spaceIds.length > 0 ? [...followed.spaceIds] : ['']),
        eb('authorId', 'in', followed.authorIds.length > 0 ? [...followed.authorIds] : ['']),
      ]),
    );
  if (scope.excludeAuthorIds?.length) query = query.where('authorId', 'not in', [...scope.excludeAuthorIds]);
  return query;
}

/** Unpinned published threads by last activity, newest first. */
export async function latestPosts(db: DbOrTx, scope: ThreadScope, cursor: Keyset | null, limit: number): Promise<PostSummaryRow[]> {
  let query = scoped(db, scope);
  if (!scope.includePinned) query = query.where('pinnedAt', 'is', null);
  if (cursor) query = query.where(olderThan(cursor, 'lastActivityAt', 'id'));
  return query
    .orderBy('lastActivityAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Threads created since `since`, most reacted-to and replied-to first; the cursor's `at` is the score. */
export async function topPosts(
  db: DbOrTx,
  scope: ThreadScope,
  since: number,
  cursor: Keyset | null,
  limit: number,
): Promise<PostSummaryRow[]> {
  const score = sql<number>`(reaction_count + 2 * comment_count)`;
  let query = scoped(db, scope).where('createdAt', '>=', since);
  if (cursor) query = query.where(sql<boolean>`(${score} < ${cursor.at} or (${score} = ${cursor.at} and id < ${cursor.id}))`);
  return query
    .orderBy(score, 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Threads nobody has replied to yet, newest first. */
export async function unansweredPosts(db: DbOrTx, scope: ThreadScope, cursor: Keyset | null, limit: number): Promise<PostSummaryRow[]> {
  let query = scoped(db, scope).where('commentCount', '=', 0).where('acceptedCommentId', 'is', null);
  if (cursor) query = query.where(olderThan(cursor, 'createdAt', 'id'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Comments of a thread, oldest first, from after the cursor. */
export async function commentsOf(db: DbOrTx, postId: string, cursor: Keyset | null, limit: number): Promise<CommentRow[]> {
  let query = db.selectFrom('comment').selectAll().where('postId', '=', postId);
  if (cursor) query = query.where(sql<boolean>`(created_at > ${cursor.at} or (created_at = ${cursor.at} and id > ${cursor.id}))`);
  return query
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .limit(limit + 1)
    .execute();
}

/** Reaction counts per subject and emoji, with whether `memberId` is among them. */
export async function reactionCounts(
  db: DbOrTx,
  kind: SubjectKind,
  subjectIds: string[],
  memberId: string,
): Promise<Map<string, { emoji: string; count: number; mine: boolean }[]>> {
  const counts = new Map<string, { emoji: string; count: number; mine: boolean }[]>();
  if (subjectIds.length === 0) return counts;
  const rows = await db
    .selectFrom('reaction')
    .select((eb) => [
      'subjectId',
      'emoji',
      eb.fn.countAll<number>().as('count'),
      eb.fn.max(sql<number>`case when member_id = ${memberId} then 1 else 0 end`).as('mine'),
      eb.fn.min('createdAt').as('first'),
    ])
    .where('subjectKind', '=', kind)
    .where('subjectId', 'in', subjectIds)
    .groupBy(['subjectId', 'emoji'])
    .orderBy('first')
    .execute();
  for (const row of rows) {
    const list = counts.get(row.subjectId) ?? [];
    list.push({ emoji: row.emoji, count: Number(row.count), mine: Number(row.mine) === 1 });
    counts.set(row.subjectId, list);
  }
  return counts;
}

export async function insertRevision(
  db: DbOrTx,
  row: { id: string; subjectKind: SubjectKind; subjectId: string; title: string | null; body: string; editorId: string; createdAt: number },
): Promise<void> {
  await db.insertInto('revision').values(row).execute();
}

export async function revisionsOf(db: DbOrTx, kind: SubjectKind, subjectId: string, cursor: Keyset | null, limit: number) {
  let query = db.selectFrom('revision').selectAll().where('subjectKind', '=', kind).where('subjectId', '=', subjectId);
  if (cursor) query = query.where(olderThan(cursor, 'createdAt', 'id'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Threads whose publish time falls in [from, to) in the given spaces, scheduled or already out, by time. */
export async function scheduledBetween(
  db: DbOrTx,
  spaceIds: string[],
  from: number,
  to: number,
  limit: number,
): Promise<(PostSummaryRow & { publishAt: number | null })[]> {
  if (spaceIds.length === 0) return [];
  return db
    .selectFrom('post')
    .select([...SUMMARY, 'publishAt'])
    .where('publishAt', '>=', from)
    .where('publishAt', '<', to)
    .where('status', 'in', ['scheduled', 'published'])
    .where('spaceId', 'in', spaceIds)
    .orderBy('publishAt')
    .orderBy('id')
    .limit(limit)
    .execute();
}
