import type { Poll, PollInput, PollResultsVisibility } from '@hearth/contracts';
import type { z } from 'zod';
import { withTransaction, type DbOrTx, type Tx } from '../../db/database.js';
import { toIsoOrNull } from '../../platform/clock.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { SpaceAccessDecision } from '../spaces/index.js';
import type { PostRow } from './posts.repository.js';
import {
  choicesOf,
  deletePoll,
  findPollOfPost,
  insertPoll,
  optionsOf,
  replaceVotes,
  voteCounts,
  voterCount,
  type PollOptionRow,
  type PollRow,
} from './polls.repository.js';
import { visibleThread, type PostsDeps } from './thread-access.js';
import { bumpThreadVersion } from './thread-version.js';

export type PollInputValue = z.output<typeof PollInput>;

/** Polls on threads: created with the thread, edited by its author until the first vote, voted in while open. */
export class PollsService {
  constructor(private readonly deps: PostsDeps) {}

  private get now() {
    return this.deps.platform.clock.now();
  }

  /**
   * The rules a poll's shape cannot say: it closes in the future, and after its thread is published.
   * @throws invalid_input (poll.closesAt: in_the_past | closes_before_publish)
   */
  checkTimes(input: PollInputValue, publishAt: number | null): void {
    if (!input.closesAt) return;
    const closesAt = Date.parse(input.closesAt);
    if (closesAt <= this.now) throw invalid('poll.closesAt', 'in_the_past');
    if (publishAt !== null && closesAt <= publishAt) throw invalid('poll.closesAt', 'closes_before_publish');
  }

  /** Stores a new poll on a thread inside the caller's transaction. */
  async insert(tx: Tx, postId: string, input: PollInputValue): Promise<void> {
    const now = this.now;
    const ids = this.deps.platform.ids;
    await insertPoll(
      tx,
      {
        id: ids.next(),
        postId,
        question: input.question ? input.question : null,
        multiple: input.multiple ? 1 : 0,
        maxChoices: input.multiple ? (input.maxChoices ?? input.options.length) : 1,
        closesAt: input.closesAt ? Date.parse(input.closesAt) : null,
        resultsVisibility: input.resultsVisibility,
        createdAt: now,
        updatedAt: now,
      },
      input.options,
      () => ids.next(),
    );
  }

  /**
   * Replaces (or with null removes) a thread's poll, for its author while nobody has voted.
   * Checked inside the transaction, so a vote that lands first wins.
   * @throws forbidden (not the author), poll_has_votes (409)
   */
  async replace(tx: Tx, actor: Actor, post: PostRow, input: PollInputValue | null): Promise<void> {
    if (post.authorId !== actor.memberId) throw new AppError('forbidden', 403);
    const existing = await findPollOfPost(tx, post.id);
    if (existing) {
      if ((await voterCount(tx, existing.id)) > 0) throw conflict('poll_has_votes');
      await deletePoll(tx, existing.id);
    }
    if (input) await this.insert(tx, post.id, input);
  }

  /** The poll's closing time, if the thread has a poll that closes. */
  async closesAt(db: DbOrTx, postId: string): Promise<number | null> {
    return (await findPollOfPost(db, postId))?.closesAt ?? null;
  }

  /**
   * Votes (or changes the vote) in a thread's poll; the choices replace the caller's earlier ones.
   * @throws not_found (no such thread or poll), thread_deleted / thread_scheduled / thread_locked / poll_closed (409),
   *   cannot_post (403), invalid_input (optionIds: unknown_option | too_many_choices)
   */
  async vote(actor: Actor, postId: string, optionIds: string[]): Promise<Poll> {
    return this.change(actor, postId, async (tx, poll) => {
      const known = new Set((await optionsOf(tx, poll.id)).map((option) => option.id));
      if (optionIds.some((id) => !known.has(id))) throw invalid('optionIds', 'unknown_option');
      if (optionIds.length > poll.maxChoices) throw invalid('optionIds', 'too_many_choices');
      await replaceVotes(tx, poll.id, actor.memberId, optionIds, this.now);
    });
  }

  /** Takes back the caller's vote (nothing to take back changes nothing). @throws as `vote` */
  async retract(actor: Actor, postId: string): Promise<Poll> {
    return this.change(actor, postId, (tx, poll) => replaceVotes(tx, poll.id, actor.memberId, [], this.now));
  }

  private async change(actor: Actor, postId: string, work: (tx: Tx, poll: PollRow) => Promise<void>): Promise<Poll> {
    const { post, access } = await visibleThread(this.deps, actor, postId);
    if (post.status === 'scheduled') throw conflict('thread_scheduled');
    if (post.status !== 'published') throw conflict('thread_deleted');
    if (post.lockedAt !== null) throw conflict('thread_locked');
    if (!access.canParticipate) throw new AppError('cannot_post', 403);
    await withTransaction(this.deps.platform.db, async (tx) => {
      const poll = await findPollOfPost(tx, postId);
      if (!poll) throw notFound();
      if (isClosed(poll, this.now)) throw conflict('poll_closed');
      await work(tx, poll);
      await bumpThreadVersion(tx, postId);
    });
    const view = await this.view(this.deps.platform.db, actor, post, access);
    if (!view) throw notFound();
    return view;
  }

  /** The thread's poll as `actor` sees it (counts only once they may see results), or null. */
  async view(db: DbOrTx, actor: Actor, post: PostRow, access: Pick<SpaceAccessDecision, 'canParticipate'>): Promise<Poll | null> {
    const definition = await pollDefinition(db, post.id);
    if (!definition) return null;
    const mine = await choicesOf(db, definition.poll.id, actor.memberId);
    return pollForReader(definition, { memberId: actor.memberId, choices: mine, canParticipate: access.canParticipate }, post, this.now);
  }
}

/** A poll as it is for everyone: the poll, its options and the counts. */
export interface PollDefinition {
  poll: PollRow;
  options: PollOptionRow[];
  counts: Map<string, number>;
  voters: number;
}

/** The thread's poll and its counts, or null when it has none. */
export async function pollDefinition(db: DbOrTx, postId: string): Promise<PollDefinition | null> {
  const poll = await findPollOfPost(db, postId);
  if (!poll) return null;
  const [options, counts, voters] = await Promise.all([optionsOf(db, poll.id), voteCounts(db, poll.id), voterCount(db, poll.id)]);
  return { poll, options, counts, voters };
}

/** The poll as one reader sees it, given their own choices: counts only once they may see results. */
export function pollForReader(
  { poll, options, counts, voters }: PollDefinition,
  reader: { memberId: string; choices: string[]; canParticipate: boolean },
  post: Pick<PostRow, 'authorId' | 'status' | 'lockedAt'>,
  now: number,
): Poll {
  const closed = isClosed(poll, now);
  const visibility = poll.resultsVisibility as PollResultsVisibility;
  const canSeeResults = visibility === 'always' || closed || reader.choices.length > 0;
  return {
    id: poll.id,
    question: poll.question,
    options: options.map((option) => ({
      id: option.id,
      label: option.label,
      votes: canSeeResults ? (counts.get(option.id) ?? 0) : null,
    })),
    multiple: poll.multiple === 1,
    maxChoices: poll.maxChoices,
    closesAt: toIsoOrNull(poll.closesAt),
    isClosed: closed,
    resultsVisibility: visibility,
    canSeeResults,
    voterCount: voters,
    myChoices: reader.choices,
    canVote: !closed && post.status === 'published' && post.lockedAt === null && reader.canParticipate,
    canEdit: post.authorId === reader.memberId && post.status !== 'deleted' && voters === 0,
  };
}

const isClosed = (poll: PollRow, now: number) => poll.closesAt !== null && now >= poll.closesAt;
