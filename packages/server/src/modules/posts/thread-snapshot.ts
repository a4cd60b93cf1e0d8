import type { ReactionCount } from '@hearth/contracts';
import type { DbOrTx } from '../../db/database.js';
import { DeflatedPart } from '../../platform/http/deflate-pieces.js';
import type { MembersService } from '../members/index.js';
import { toComment, type Authors } from './posts.mappers.js';
import { commentsOf, findPost, type CommentRow, type PostRow, type SubjectKind } from './posts.repository.js';
import { pollDefinition, type PollDefinition } from './polls.service.js';

/** The most comments one page may ask for (the getPost contract's `limit`). */
export const MAX_PAGE = 200;

/** Comments per compressed chunk: small enough that a reader's own comment spoils little. */
export const CHUNK = 16;

/** One emoji on one subject: its count, and who reacted (to tell each reader `mine`). */
export interface SharedReaction {
  emoji: string;
  members: Set<string>;
}

export interface SharedComment {
  row: CommentRow;
  reactions: SharedReaction[];
}

/**
 * Every held comment's JSON, each followed by a comma, as a reader sees it who wrote none
 * of them, reacted to none and bookmarked none. `starts[i]` is where comment i begins
 * (`starts[n]` is the end); `chunks[j]` stands for comments `j * CHUNK` up to `CHUNK` more,
 * without the last comma, compressed the first time a response is deflated, and `runs` for
 * other runs of comments that readers' pages have needed (between comments of their own).
 * Staff get their own copy, in which they may edit every comment.
 */
export interface JoinedComments {
  bytes: Buffer;
  starts: number[];
  chunks: DeflatedPart[];
  runs: Map<number, DeflatedPart>;
}

/**
 * What a thread page shows everyone, as of `version` (the post row's) and `authorsVersion`
 * (names and avatars): the thread, its first `MAX_PAGE + 1` comments (one more than a page,
 * to know whether there is a next one), reactions, poll and authors, each comment serialised
 * once (thread-page.ts splices a reader's page from those bytes), with indexes of the
 * comments each member has a part in.
 */
export interface ThreadSnapshot {
  version: number;
  authorsVersion: number;
  post: PostRow;
  authors: Authors;
  postReactions: SharedReaction[];
  poll: PollDefinition | null;
  comments: SharedComment[];
  /** Positions of each author's comments, of each member's reacted-to comments, of each comment. */
  byAuthor: Map<string, number[]>;
  reactedBy: Map<string, number[]>;
  positionOf: Map<string, number>;
  /** Positions of pending comments (shown only to their author and staff). */
  pending: number[];
  plain: JoinedComments;
  staff: JoinedComments;
  /** The page's opening (the post as a reader sees it), by what makes readers differ: compressed once per kind. */
  heads: Map<string, DeflatedPart>;
  /** Approximate memory held, for the cache's budget. */
  bytes: number;
}

/** The version of names and avatars (bumped by a trigger on `member`; migration 0012). */
export async function authorsVersionOf(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('authorRefVersion').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/**
 * Reads a thread's shared page from the database. The versions are read first, so a change
 * that lands while the rest is read makes the snapshot look older than it is (and it is
 * rebuilt at the next read), never newer. Null when the thread is gone.
 */
export async function buildThreadSnapshot(db: DbOrTx, members: MembersService, postId: string): Promise<ThreadSnapshot | null> {
  const authorsVersion = await authorsVersionOf(db);
  const post = await findPost(db, postId);
  if (!post) return null;
  const [rows, poll] = await Promise.all([commentsOf(db, postId, null, MAX_PAGE), pollDefinition(db, postId)]);
  const [authors, postReactions, commentReactions] = await Promise.all([
    members.refs([post.authorId, ...rows.map((c) => c.authorId)]),
    reactionsOf(db, 'post', [postId]),
    reactionsOf(
      db,
      'comment',
      rows.map((c) => c.id),
    ),
  ]);
  const comments = rows.map((row): SharedComment => ({ row, reactions: commentReactions.get(row.id) ?? [] }));
  const byAuthor = new Map<string, number[]>();
  const reactedBy = new Map<string, number[]>();
  comments.forEach(({ row, reactions }, i) => {
    push(byAuthor, row.authorId, i);
    const reactors = new Set(reactions.flatMap((r) => [...r.members]));
    for (const memberId of reactors) push(reactedBy, memberId, i);
  });
  const plain = joinComments(comments, authors, false);
  const staff = joinComments(comments, authors, true);
  const reactionRows = [...commentReactions.values(), postReactions.get(postId) ?? []].reduce(
    (sum, list) => sum + list.reduce((n, r) => n + r.members.size, 0),
    0,
  );
  return {
    version: Number(post.version),
    authorsVersion,
    post,
    authors,
    postReactions: postReactions.get(postId) ?? [],
    poll,
    comments,
    byAuthor,
    reactedBy,
    positionOf: new Map(rows.map((row, i) => [row.id, i])),
    pending: rows.flatMap((row, i) => (row.status === 'pending' ? [i] : [])),
    plain,
    staff,
    heads: new Map(),
    // Compressed chunks, once made, add about a quarter of the JSON again.
    bytes: post.html.length + post.body.length + (plain.bytes.length + staff.bytes.length) * 1.25 + rows.length * 600 + reactionRows * 100,
  };
}

/** The counts a reader sees; `memberId` null for nobody's own. */
export function countsFor(reactions: readonly SharedReaction[], memberId: string | null): ReactionCount[] {
  return reactions.map((r) => ({ emoji: r.emoji, count: r.members.size, mine: memberId !== null && r.members.has(memberId) }));
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function joinComments(comments: SharedComment[], authors: Authors, asStaff: boolean): JoinedComments {
  const starts: number[] = [];
  let offset = 0;
  const parts = comments.map(({ row, reactions }) => {
    const json = Buffer.from(JSON.stringify(toComment(row, authors, countsFor(reactions, null), asStaff, false)));
    starts.push(offset);
    offset += json.length + 1;
    return json;
  });
  starts.push(offset);
  const bytes = Buffer.concat(
    parts.flatMap((part) => [part, COMMA]),
    offset,
  );
  const chunks: DeflatedPart[] = [];
  for (let lo = 0; lo < comments.length; lo += CHUNK) {
    const hi = Math.min(lo + CHUNK, comments.length);
    chunks.push(new DeflatedPart(bytes.subarray(starts[lo], starts[hi]! - 1)));
  }
  return { bytes, starts, chunks, runs: new Map() };
}

const COMMA = Buffer.from(',');

/** Every reaction on these subjects, per subject and emoji, emojis in the order they first came. */
async function reactionsOf(db: DbOrTx, kind: SubjectKind, subjectIds: string[]): Promise<Map<string, SharedReaction[]>> {
  const bySubject = new Map<string, SharedReaction[]>();
  if (subjectIds.length === 0) return bySubject;
  const rows = await db
    .selectFrom('reaction')
    .select(['subjectId', 'emoji', 'memberId'])
    .where('subjectKind', '=', kind)
    .where('subjectId', 'in', subjectIds)
    .orderBy('createdAt')
    .orderBy('emoji')
    .orderBy('memberId')
    .execute();
  for (const row of rows) {
    const list = bySubject.get(row.subjectId) ?? [];
    let reaction = list.find((r) => r.emoji === row.emoji);
    if (!reaction) {
      reaction = { emoji: row.emoji, members: new Set() };
      list.push(reaction);
    }
    reaction.members.add(row.memberId);
    bySubject.set(row.subjectId, list);
  }
  return bySubject;
}
