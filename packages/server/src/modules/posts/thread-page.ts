import type { Actor } from '../../platform/http/actor.js';
import { notFound } from '../../platform/errors/app-error.js';
import { DeflatedPart, type Piece } from '../../platform/http/deflate-pieces.js';
import { SerializedJson } from '../../platform/http/serialized-json.js';
import { encodeCursor } from '../../platform/pagination.js';
import type { SpaceAccessDecision } from '../spaces/index.js';
import { toComment, toPost } from './posts.mappers.js';
import { choicesOf } from './polls.repository.js';
import { pollForReader } from './polls.service.js';
import type { PostsDeps } from './thread-access.js';
import { ThreadCache } from './thread-cache.js';
import { buildThreadSnapshot, CHUNK, countsFor, MAX_PAGE, type JoinedComments, type ThreadSnapshot } from './thread-snapshot.js';
import { bookmarksInThread, threadHead } from './thread-version.js';

const COMMA = Buffer.from(',');

/** What is one reader's own on a thread page: computed per request, never cached. */
interface Reader {
  memberId: string;
  access: SpaceAccessDecision;
  /** Authors the reader blocks or is blocked by: their comments are left out. */
  hidden: ReadonlySet<string>;
  bookmarkedPost: boolean;
  bookmarkedComments: Set<string>;
}

/**
 * GET /api/posts/:id without a cursor, the web app's thread page. Per request: the thread's
 * head (space, status, versions) by primary key, the space's access policy, the reader's
 * blocks and bookmarks (and poll choices); everything else comes from this node's snapshot
 * of the thread at exactly that version, already serialised.
 */
export class ThreadPages {
  readonly cache: ThreadCache;

  constructor(private readonly deps: PostsDeps) {
    this.cache = new ThreadCache((postId) => buildThreadSnapshot(deps.platform.db, deps.members, postId));
  }

  /**
   * The thread and its first `limit` comments as the getPost contract's JSON, for `actor`;
   * null in the rare case that the thread kept moving or changing status while it was read
   * (the caller then reads it without the cache).
   * @throws not_found (no such thread, or the caller may not read it)
   */
  async read(actor: Actor, postId: string, limit: number): Promise<SerializedJson | null> {
    const { db } = this.deps.platform;
    for (let attempt = 0; attempt < 3; attempt++) {
      const head = await threadHead.executeTakeFirst(db, { id: postId });
      const access = head ? await this.deps.spaces.access(actor, head.spaceId) : null;
      if (!head || !access?.canView) throw notFound();
      if (head.status !== 'published' && head.authorId !== actor.memberId && !access.canModerate) throw notFound();
      const snapshot = await this.cache.get(postId, Number(head.version), Number(head.authorsVersion ?? 0));
      if (!snapshot) throw notFound();
      // A snapshot may be newer than the head (built after a later change): fine for its
      // content, but who may read it was decided on the head's space and status.
      const { post } = snapshot;
      if (post.spaceId !== head.spaceId || post.status !== head.status || post.authorId !== head.authorId) continue;
      const [hidden, bookmarks] = await Promise.all([
        this.deps.people.hiddenAuthorIds(actor.memberId),
        bookmarksInThread.execute(db, { memberId: actor.memberId, postId }),
      ]);
      const reader: Reader = {
        memberId: actor.memberId,
        access,
        hidden,
        bookmarkedPost: bookmarks.some((b) => b.subjectKind === 'post'),
        bookmarkedComments: new Set(bookmarks.filter((b) => b.subjectKind === 'comment').map((b) => b.subjectId)),
      };
      const choices = snapshot.poll ? await choicesOf(db, snapshot.poll.poll.id, actor.memberId) : [];
      return this.render(snapshot, reader, choices, limit);
    }
    return null;
  }

  private render(snapshot: ThreadSnapshot, reader: Reader, choices: string[], limit: number): SerializedJson {
    const count = Math.min(limit, snapshot.comments.length);
    const last = snapshot.comments[count - 1];
    const nextCursor = snapshot.comments.length > limit && last ? encodeCursor({ at: last.row.createdAt, id: last.row.id }) : null;
    const pieces: Piece[] = [this.head(snapshot, reader, choices)];
    addItems(pieces, snapshot, reader, count);
    pieces.push(Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}}`));
    return new SerializedJson(pieces);
  }

  /**
   * The page's opening, up to the first comment: the post as this reader sees it. It differs
   * between readers only in what `kind` lists, so readers of one kind (most readers are of a
   * few) share one, serialised and compressed once.
   */
  private head(snapshot: ThreadSnapshot, reader: Reader, choices: string[]): DeflatedPart {
    const { post } = snapshot;
    const { memberId, access } = reader;
    const now = this.deps.platform.clock.now();
    const poll = snapshot.poll;
    const isPollClosed = poll !== null && poll.poll.closesAt !== null && now >= poll.poll.closesAt;
    const abilities = {
      canEdit: post.status !== 'deleted' && (post.authorId === memberId || access.canModerate),
      canModerate: access.canModerate,
      canComment: post.status === 'published' && access.canParticipate && (post.lockedAt === null || access.canModerate),
    };
    const mine = snapshot.postReactions.filter((r) => r.members.has(memberId)).map((r) => r.emoji);
    const kind = JSON.stringify([
      abilities,
      reader.bookmarkedPost,
      mine,
      poll ? [choices, access.canParticipate, isPollClosed, post.authorId === memberId] : null,
    ]);
    let head = snapshot.heads.get(kind);
    if (!head) {
      const view = toPost(post, snapshot.authors, countsFor(snapshot.postReactions, memberId), abilities, {
        poll: poll ? pollForReader(poll, { memberId, choices, canParticipate: access.canParticipate }, post, now) : null,
        bookmarked: reader.bookmarkedPost,
      });
      if (snapshot.heads.size >= HEADS_KEPT) snapshot.heads.clear();
      head = new DeflatedPart(Buffer.from(`{"post":${JSON.stringify(view)},"comments":{"items":[`));
      snapshot.heads.set(kind, head);
    }
    return head;
  }
}

const HEADS_KEPT = 16;

/**
 * Appends the first `count` comments, comma-separated: whole chunks of the shared bytes
 * (compressed once, when deflated) where the reader has no part in any of their comments,
 * and elsewhere runs of the shared bytes (views, not copies) with the comments the reader
 * has a part in (wrote, reacted to, bookmarked) serialised for them, and those of blocked
 * members (and others' pending ones) left out.
 */
function addItems(pieces: Piece[], snapshot: ThreadSnapshot, reader: Reader, count: number): void {
  const staff = reader.access.canModerate;
  const { memberId } = reader;
  const joined = staff ? snapshot.staff : snapshot.plain;
  const special = specialComments(snapshot, reader);
  const held = snapshot.comments.length;
  let isFirst = true;
  const add = (piece: Piece) => {
    if (!isFirst) pieces.push(COMMA);
    pieces.push(piece);
    isFirst = false;
  };
  let next = 0;
  for (let lo = 0; lo < count; lo += CHUNK) {
    const hi = Math.min(lo + CHUNK, count);
    while (next < special.length && special[next]![0] < lo) next++;
    if ((next === special.length || special[next]![0] >= hi) && hi === Math.min(lo + CHUNK, held)) {
      add(joined.chunks[lo / CHUNK]!);
      continue;
    }
    let runStart = lo;
    for (; next < special.length && special[next]![0] < hi; next++) {
      const [i, isOwn] = special[next]!;
      if (i > runStart) add(run(joined, runStart, i));
      runStart = i + 1;
      if (!isOwn) continue;
      const { row, reactions } = snapshot.comments[i]!;
      const bookmarked = reader.bookmarkedComments.has(row.id);
      const comment = toComment(row, snapshot.authors, countsFor(reactions, memberId), row.authorId === memberId || staff, bookmarked);
      add(Buffer.from(JSON.stringify(comment)));
    }
    if (hi > runStart) add(run(joined, runStart, hi));
  }
}

/**
 * Positions of the comments that are not the shared bytes for this reader, in order, with
 * whether the reader has a part in it (true) or must not see it (false): blocked members'
 * comments are left out both ways (replies to them then stand on their own), and so are
 * others' pending ones for non-staff.
 */
function specialComments(snapshot: ThreadSnapshot, reader: Reader): [number, boolean][] {
  const { memberId } = reader;
  const special = new Map<number, boolean>();
  for (const id of reader.bookmarkedComments) {
    const i = snapshot.positionOf.get(id);
    if (i !== undefined) special.set(i, true);
  }
  for (const i of snapshot.reactedBy.get(memberId) ?? []) special.set(i, true);
  for (const i of snapshot.byAuthor.get(memberId) ?? []) special.set(i, true);
  if (!reader.access.canModerate)
    for (const i of snapshot.pending) if (snapshot.comments[i]!.row.authorId !== memberId) special.set(i, false);
  for (const id of reader.hidden) for (const i of snapshot.byAuthor.get(id) ?? []) special.set(i, false);
  return [...special].sort((a, b) => a[0] - b[0]);
}

const RUNS_KEPT = 512;
/** Runs shorter than this go out stored: compressing so little costs more than it saves. */
const COMPRESSED_RUN_BYTES = 2048;

/**
 * Shared comments [from, to), comma-separated. A long run is kept compressed, so the reader's
 * next page (or a reader alike) costs no compression.
 */
function run(joined: JoinedComments, from: number, to: number): Piece {
  const bytes = joined.bytes.subarray(joined.starts[from], joined.starts[to]! - 1);
  if (bytes.length < COMPRESSED_RUN_BYTES) return bytes;
  const key = from * (MAX_PAGE + 2) + to;
  let part = joined.runs.get(key);
  if (!part) {
    if (joined.runs.size >= RUNS_KEPT) joined.runs.clear();
    part = new DeflatedPart(bytes);
    joined.runs.set(key, part);
  }
  return part;
}
