import type { ActivityItem, BlockedMember, DmPolicy, PageQuery, PersonSummary, PrivacySettings, Relationship } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage, type Keyset } from '../../platform/pagination.js';
import type { MembersService } from '../members/index.js';
import type { AuthorActivity } from '../posts/index.js';
import { HiddenMembersCache } from './hidden-members-cache.js';
import { MemberFollowed } from './people.events.js';
import { canDirectMessage, toDmPolicy } from './people.policy.js';
import {
  blockedAmong,
  blockedEitherWay,
  followeeIdsOf,
  blocksBetween,
  blocksPage,
  deleteBlock,
  deleteFollow,
  deleteFollowsBetween,
  findDmPolicy,
  followCounts,
  followersPage,
  followFlags,
  followingPage,
  followsBetween,
  friendsPage,
  insertBlock,
  insertFollow,
  saveDmPolicy,
  type FollowRow,
} from './people.repository.js';

/** Where a member's recent threads and replies come from (the posts module, bound late: it needs this module first). */
export interface ActivitySource {
  recentByAuthor(actor: Actor, authorId: string, page: { limit: number; before: Keyset | null }): Promise<AuthorActivity[]>;
}

export interface PeopleDeps {
  platform: Platform;
  members: MembersService;
  activity: ActivitySource;
}

type Paged<T> = { items: T[]; nextCursor: string | null };

/** Follows and friends, blocks, and who may DM whom. */
export class PeopleService {
  private readonly hidden: HiddenMembersCache;

  constructor(private readonly deps: PeopleDeps) {
    this.hidden = new HiddenMembersCache(deps.platform.bus, deps.platform.clock, (memberId) => blockedEitherWay(this.db, memberId));
  }

  /** Starts hearing other nodes' block changes. */
  async listen(): Promise<void> {
    await this.hidden.listen();
  }

  private get db() {
    return this.deps.platform.db;
  }

  /**
   * Whether `senderId` may start a DM with `recipientId` or write in their 1:1 DM: neither
   * blocks the other, and the recipient's policy lets the sender in (`friends`: each
   * follows the other; `nobody`: no one).
   */
  async canDirectMessage(senderId: string, recipientId: string): Promise<boolean> {
    if (senderId === recipientId) return true;
    const [blocks, policy, follows] = await Promise.all([
      blocksBetween(this.db, senderId, recipientId),
      findDmPolicy(this.db, recipientId),
      followsBetween(this.db, senderId, recipientId),
    ]);
    return canDirectMessage({
      blockedEither: blocks.blocking || blocks.blockedBy,
      recipientPolicy: toDmPolicy(policy),
      areFriends: follows.following && follows.followedBy,
    });
  }

  /** Whether each of the two follows the other (friends). */
  async areFriends(a: string, b: string): Promise<boolean> {
    if (a === b) return true;
    const follows = await followsBetween(this.db, a, b);
    return follows.following && follows.followedBy;
  }

  /** Whether either member blocks the other. */
  async blockedEither(a: string, b: string): Promise<boolean> {
    if (a === b) return false;
    const blocks = await blocksBetween(this.db, a, b);
    return blocks.blocking || blocks.blockedBy;
  }

  /** Members whose content the viewer must not see: those the viewer blocks and those who block the viewer. */
  async hiddenAuthorIds(viewerId: string): Promise<ReadonlySet<string>> {
    return this.hidden.get(viewerId);
  }

  /**
   * Hears, on this node, that these members' blocks changed (on whichever node), once
   * `hiddenAuthorIds` would answer anew for them.
   */
  onBlocksChanged(listener: (memberIds: readonly string[]) => void): void {
    this.hidden.onChanged(listener);
  }

  /** Everyone the member follows (the home feed shows their threads). */
  async followeeIds(memberId: string): Promise<string[]> {
    return followeeIdsOf(this.db, memberId);
  }

  /**
   * Of the members an author mentions, those blocked either way with the author: their
   * mention is rendered as plain text and notifies nobody.
   */
  async unmentionableBy(authorId: string, memberIds: readonly string[]): Promise<Set<string>> {
    return blockedAmong(
      this.db,
      authorId,
      memberIds.filter((id) => id !== authorId),
    );
  }

  /** How the caller and a member stand, with the member's counts. @throws not_found */
  async relationship(actor: Actor, memberId: string): Promise<Relationship> {
    await this.deps.members.getProfile(memberId);
    return this.relationshipOf(actor, memberId);
  }

  /**
   * Follows a member; following again changes nothing and emits nothing. A new follow emits
   * MemberFollowed in its transaction.
   * @throws not_found, cannot_follow_self (422), follow_blocked (422: either blocks the other)
   */
  async follow(actor: Actor, memberId: string): Promise<Relationship> {
    if (memberId === actor.memberId) throw refused('cannot_follow_self');
    await this.assertParticipant(memberId);
    await withTransaction(this.db, async (tx) => {
      const blocks = await blocksBetween(tx, actor.memberId, memberId);
      if (blocks.blocking || blocks.blockedBy) throw refused('follow_blocked');
      const at = this.deps.platform.clock.now();
      if (await insertFollow(tx, actor.memberId, memberId, at))
        await this.deps.platform.events.emit(tx, MemberFollowed, { followerId: actor.memberId, followeeId: memberId, at });
    });
    return this.relationshipOf(actor, memberId);
  }

  /** Stops following; a no-op when not following. @throws not_found */
  async unfollow(actor: Actor, memberId: string): Promise<Relationship> {
    await this.deps.members.getProfile(memberId);
    await deleteFollow(this.db, actor.memberId, memberId);
    return this.relationshipOf(actor, memberId);
  }

  /**
   * Blocks a member and, in the same transaction, ends the follows between the two both
   * ways. Blocking again changes nothing.
   * @throws not_found, cannot_block_self (422)
   */
  async block(actor: Actor, memberId: string): Promise<Relationship> {
    if (memberId === actor.memberId) throw refused('cannot_block_self');
    await this.deps.members.getProfile(memberId);
    await withTransaction(this.db, async (tx) => {
      await insertBlock(tx, actor.memberId, memberId, this.deps.platform.clock.now());
      await deleteFollowsBetween(tx, actor.memberId, memberId);
    });
    await this.hidden.changed([actor.memberId, memberId]);
    return this.relationshipOf(actor, memberId);
  }

  /** Unblocks; follows that the block ended stay ended. A no-op when not blocking. @throws not_found */
  async unblock(actor: Actor, memberId: string): Promise<Relationship> {
    await this.deps.members.getProfile(memberId);
    await deleteBlock(this.db, actor.memberId, memberId);
    await this.hidden.changed([actor.memberId, memberId]);
    return this.relationshipOf(actor, memberId);
  }

  /** A member's followers as the caller may see them. @throws not_found */
  async followers(actor: Actor, memberId: string, query: PageQuery): Promise<Paged<PersonSummary>> {
    await this.deps.members.getProfile(memberId);
    const rows = await followersPage(this.db, memberId, actor.memberId, decodeCursor(query.cursor), query.limit);
    return this.personPage(actor, rows, query.limit);
  }

  /** Whom a member follows, as the caller may see them. @throws not_found */
  async following(actor: Actor, memberId: string, query: PageQuery): Promise<Paged<PersonSummary>> {
    await this.deps.members.getProfile(memberId);
    const rows = await followingPage(this.db, memberId, actor.memberId, decodeCursor(query.cursor), query.limit);
    return this.personPage(actor, rows, query.limit);
  }

  /** The caller's friends (mutual follows). */
  async friends(actor: Actor, query: PageQuery): Promise<Paged<PersonSummary>> {
    const rows = await friendsPage(this.db, actor.memberId, decodeCursor(query.cursor), query.limit);
    return this.personPage(actor, rows, query.limit);
  }

  /** Members the caller blocks, most recent first (whatever their status now, so they can be unblocked). */
  async blocks(actor: Actor, query: PageQuery): Promise<Paged<BlockedMember>> {
    const rows = await blocksPage(this.db, actor.memberId, decodeCursor(query.cursor), query.limit);
    const refs = await this.deps.members.refs(rows.map((r) => r.memberId));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.memberId }),
      (r): BlockedMember => {
        const ref = refs.get(r.memberId);
        return { id: r.memberId, displayName: ref?.displayName ?? '—', avatarUrl: ref?.avatarUrl ?? null, blockedAt: toIso(r.createdAt) };
      },
    );
  }

  async privacy(actor: Actor): Promise<PrivacySettings> {
    return { dmPolicy: toDmPolicy(await findDmPolicy(this.db, actor.memberId)) };
  }

  async updatePrivacy(actor: Actor, patch: { dmPolicy: DmPolicy }): Promise<PrivacySettings> {
    await saveDmPolicy(this.db, actor.memberId, patch.dmPolicy, this.deps.platform.clock.now());
    return this.privacy(actor);
  }

  /**
   * A member's recent threads and replies that the caller may read (the posts module applies
   * the space access rules); nothing across a block. @throws not_found
   */
  async activity(actor: Actor, memberId: string, query: PageQuery): Promise<Paged<ActivityItem>> {
    await this.deps.members.getProfile(memberId);
    if (await this.blockedEither(actor.memberId, memberId)) return { items: [], nextCursor: null };
    const rows = await this.deps.activity.recentByAuthor(actor, memberId, { limit: query.limit + 1, before: decodeCursor(query.cursor) });
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r): ActivityItem => ({ ...r, createdAt: toIso(r.createdAt) }),
    );
  }

  private async relationshipOf(actor: Actor, memberId: string): Promise<Relationship> {
    const isSelf = memberId === actor.memberId;
    const [follows, blocks, counts, canDm] = await Promise.all([
      followsBetween(this.db, actor.memberId, memberId),
      blocksBetween(this.db, actor.memberId, memberId),
      followCounts(this.db, memberId),
      isSelf || actor.status !== 'active' ? false : this.canDirectMessage(actor.memberId, memberId),
    ]);
    return {
      memberId,
      following: follows.following,
      followedBy: follows.followedBy,
      friend: follows.following && follows.followedBy,
      blocking: blocks.blocking,
      canDm,
      counts,
    };
  }

  /** Someone who can be followed: an active or muted member. @throws not_found */
  private async assertParticipant(memberId: string): Promise<void> {
    const known = await this.deps.members.existingMemberIds([memberId]);
    if (!known.has(memberId)) throw notFound();
  }

  /** Rows of a follow list (limit + 1) as a page of people with their standing to the caller. */
  private async personPage(actor: Actor, rows: FollowRow[], limit: number): Promise<Paged<PersonSummary>> {
    const ids = rows.slice(0, limit).map((r) => r.memberId);
    const [summaries, flags] = await Promise.all([this.deps.members.summaries(ids), followFlags(this.db, actor.memberId, ids)]);
    const page = toPage(
      rows,
      limit,
      (r) => ({ at: r.createdAt, id: r.memberId }),
      (r): PersonSummary | null => {
        const summary = summaries.get(r.memberId);
        if (!summary) return null;
        const isFollowing = flags.viewerFollows.has(r.memberId);
        const followsYou = flags.followViewer.has(r.memberId);
        return { ...summary, isFollowing, followsYou, isFriend: isFollowing && followsYou, since: toIso(r.createdAt) };
      },
    );
    // Banned or departed members keep their follow rows but are not shown, as in the directory.
    return { items: page.items.filter((item): item is PersonSummary => item !== null), nextCursor: page.nextCursor };
  }
}
