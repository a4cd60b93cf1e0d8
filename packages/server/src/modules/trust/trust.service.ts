import type { LockTrustBody, Role, TrustLevels, TrustStatus, UnlockTrustBody } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { AppError, notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { TrustFacts, TrustThreshold, WriteFacts } from '../moderation/index.js';
import * as repo from './trust.repository.js';
import { abilityTable, daysBetween, earnedLevel, effectiveLevel, FLAG_MEMORY_DAYS, MAX_LEVEL, STAFF_LEVEL } from './trust-rules.js';
import type { TrustSettingsStore } from './trust-settings.js';

/** What trust levels read of other modules (bound by the composition root). */
export interface TrustDeps {
  platform: Platform;
  members: { standingOf(id: string): Promise<{ role: Role; joinedAt: number } | null> };
  posts: {
    publishedCountBy(id: string): Promise<number>;
    reactionsReceivedBy(id: string): Promise<number>;
    writtenSinceBy(id: string, since: number): Promise<number>;
  };
  moderation: { trustFacts(id: string, since: number): Promise<TrustFacts>; trustThreshold(): Promise<TrustThreshold> };
  people: { areFriends(a: string, b: string): Promise<boolean> };
}

/** A cached level older than this is recomputed when next needed (tenure moves on by itself). */
const FRESH_MS = 3_600_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Trust levels 0–4: each member's level from tenure, published threads and replies, reactions
 * received and upheld flags (a mute or ban in force holds it at 0), cached per member and
 * recomputed on events, by a daily sweep and when stale; an admin's lock wins. Staff count
 * as level 4. The limits of levels 0–2 apply to writes while the owner keeps them on.
 */
export class TrustService {
  constructor(
    private readonly deps: TrustDeps,
    private readonly settings: TrustSettingsStore,
  ) {}

  private get db() {
    return this.deps.platform.db;
  }

  /** The level that applies to a member now (staff 4); null for an unknown member. */
  async levelOf(memberId: string): Promise<number | null> {
    const standing = await this.deps.members.standingOf(memberId);
    if (!standing) return null;
    if (standing.role !== 'member') return STAFF_LEVEL;
    const row = await this.current(memberId, standing.joinedAt);
    return effectiveLevel(row.earnedLevel, row.lockedLevel);
  }

  /** Levels of several members (unknown ones are left out). */
  async levels(memberIds: readonly string[]): Promise<TrustLevels> {
    const levels: Record<string, number> = {};
    for (const id of memberIds) {
      const level = await this.levelOf(id);
      if (level !== null) levels[id] = level;
    }
    return { levels };
  }

  /** Recomputes and stores a member's level now (event subscribers and the sweep). Unknown and staff members are skipped. */
  async recompute(memberId: string): Promise<void> {
    const standing = await this.deps.members.standingOf(memberId);
    if (standing && standing.role === 'member') await this.compute(memberId, standing.joinedAt);
  }

  /**
   * A member's level, its numbers, any lock, the ability table and what unlocks the next level.
   * @throws not_found
   */
  async statusOf(memberId: string): Promise<TrustStatus> {
    const standing = await this.deps.members.standingOf(memberId);
    if (!standing) throw notFound();
    const [settings, threshold] = await Promise.all([this.settings.get(), this.deps.moderation.trustThreshold()]);
    const isStaff = standing.role !== 'member';
    const row = await this.current(memberId, standing.joinedAt);
    const earned = row.earnedLevel;
    const level = isStaff ? STAFF_LEVEL : effectiveLevel(earned, row.lockedLevel);
    const nextLevel = isStaff || earned >= MAX_LEVEL ? null : earned + 1;
    return {
      memberId,
      level,
      earnedLevel: isStaff ? STAFF_LEVEL : earned,
      isStaff,
      restricted: Number(row.restricted) === 1,
      lock:
        !isStaff && row.lockedLevel !== null
          ? { level: Number(row.lockedLevel), reason: row.lockReason ?? '', lockedBy: row.lockedBy, lockedAt: toIso(Number(row.lockedAt)) }
          : null,
      progress: { days: Number(row.days), posts: Number(row.posts), reactions: Number(row.reactions), flags: Number(row.flags) },
      next: nextLevel === null ? null : { level: nextLevel, requirement: settings.levels[nextLevel - 1]! },
      limitsEnabled: settings.limitsEnabled,
      abilities: abilityTable(settings.limitsEnabled, threshold),
      computedAt: toIso(Number(row.computedAt)),
    };
  }

  /**
   * Locks a member's level (admins, checked by the route): it no longer follows their numbers. Audited.
   * @throws not_found, trust_level_staff (422: staff are level 4 anyway)
   */
  async lock(actor: Actor, memberId: string, body: LockTrustBody): Promise<TrustStatus> {
    const row = await this.lockable(memberId);
    await withTransaction(this.db, async (tx) => {
      await repo.saveLock(tx, memberId, {
        lockedLevel: body.level,
        lockReason: body.reason,
        lockedBy: actor.memberId,
        lockedAt: this.deps.platform.clock.now(),
      });
      await this.deps.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'trust.lock',
        targetKind: 'member',
        targetId: memberId,
        reason: body.reason,
        before: { level: effectiveLevel(row.earnedLevel, row.lockedLevel), locked: row.lockedLevel },
        after: { level: body.level, locked: body.level },
      });
    });
    return this.statusOf(memberId);
  }

  /**
   * Unlocks a member's level (admins): it follows their numbers again. Audited.
   * @throws not_found, trust_level_staff (422), trust_level_not_locked (409)
   */
  async unlock(actor: Actor, memberId: string, body: UnlockTrustBody): Promise<TrustStatus> {
    const row = await this.lockable(memberId);
    if (row.lockedLevel === null) throw new AppError('trust_level_not_locked', 409);
    await withTransaction(this.db, async (tx) => {
      await repo.saveLock(tx, memberId, { lockedLevel: null, lockReason: null, lockedBy: null, lockedAt: null });
      await this.deps.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'trust.unlock',
        targetKind: 'member',
        targetId: memberId,
        reason: body.reason,
        before: { level: row.lockedLevel, locked: row.lockedLevel },
        after: { level: row.earnedLevel, locked: null },
      });
    });
    return this.statusOf(memberId);
  }

  /**
   * The limits of the author's level on one write (the moderation gate asks before it commits).
   * @throws trust_level_images, trust_level_links (403), trust_level_rate (429)
   */
  async assertMayWrite(authorId: string, facts: WriteFacts): Promise<void> {
    const abilities = await this.abilitiesOf(authorId);
    if (!abilities) return;
    const params = { level: abilities.level };
    if (facts.images > 0 && !abilities.images) throw new AppError('trust_level_images', 403, params);
    if (facts.links > 0 && !abilities.links) throw new AppError('trust_level_links', 403, params);
    if (facts.newPost && abilities.postsPerHour !== null) {
      const now = this.deps.platform.clock.now();
      if ((await this.deps.posts.writtenSinceBy(authorId, now - HOUR)) >= abilities.postsPerHour)
        throw new AppError('trust_level_rate', 429, { ...params, maximum: abilities.postsPerHour });
    }
  }

  /**
   * Whether the sender's level lets them start a DM with these members: below the DM level only friends.
   * @throws trust_level_dm (403)
   */
  async assertMayStartDm(senderId: string, otherIds: readonly string[]): Promise<void> {
    const abilities = await this.abilitiesOf(senderId);
    if (!abilities || abilities.dmStrangers) return;
    for (const other of otherIds) {
      if (!(await this.deps.people.areFriends(senderId, other))) throw new AppError('trust_level_dm', 403, { level: abilities.level });
    }
  }

  /** Recomputes every cached level (the daily sweep: tenure moves on without events). Returns how many. */
  async sweep(): Promise<number> {
    let afterId = '';
    let count = 0;
    for (;;) {
      const ids = await repo.memberIdsAfter(this.db, afterId, 200);
      if (ids.length === 0) return count;
      for (const id of ids) await this.recompute(id);
      count += ids.length;
      afterId = ids[ids.length - 1]!;
    }
  }

  private async abilitiesOf(memberId: string) {
    const [level, settings] = await Promise.all([this.levelOf(memberId), this.settings.get()]);
    if (level === null || !settings.limitsEnabled) return null;
    return abilityTable(true, await this.deps.moderation.trustThreshold())[level]!;
  }

  private async lockable(memberId: string): Promise<repo.TrustLevelRow> {
    const standing = await this.deps.members.standingOf(memberId);
    if (!standing) throw notFound();
    if (standing.role !== 'member') throw refused('trust_level_staff');
    return this.current(memberId, standing.joinedAt);
  }

  /** The cached row when fresh, else computed now. */
  private async current(memberId: string, joinedAt: number): Promise<repo.TrustLevelRow> {
    const row = await repo.findLevel(this.db, memberId);
    // computedAt -1: the thresholds changed since (repo.markAllStale).
    if (row && Number(row.computedAt) >= 0 && Number(row.computedAt) >= this.deps.platform.clock.now() - FRESH_MS) return row;
    return this.compute(memberId, joinedAt);
  }

  private async compute(memberId: string, joinedAt: number): Promise<repo.TrustLevelRow> {
    const now = this.deps.platform.clock.now();
    const [settings, posts, reactions, facts] = await Promise.all([
      this.settings.get(),
      this.deps.posts.publishedCountBy(memberId),
      this.deps.posts.reactionsReceivedBy(memberId),
      this.deps.moderation.trustFacts(memberId, now - FLAG_MEMORY_DAYS * DAY),
    ]);
    const progress = { days: daysBetween(joinedAt, now), posts, reactions, flags: facts.flags };
    const computed = {
      memberId,
      earnedLevel: earnedLevel(progress, facts.restricted, settings.levels),
      ...progress,
      restricted: facts.restricted ? 1 : 0,
      computedAt: now,
    };
    await repo.saveComputed(this.db, computed);
    return (await repo.findLevel(this.db, memberId))!;
  }
}
