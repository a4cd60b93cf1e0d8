import { BADGE_RULES, type BadgeRule } from '@hearth/contracts';
import { z } from 'zod';
import { activeMemberIdsAfter, hasCompleteProfile } from '../../members/index.js';
import type { EconomyDeps } from '../economy.deps.js';
import { qualifies, type BadgeFacts } from './badge-catalogue.js';
import { badgeIdsEverHeld } from './badges.repository.js';
import type { BadgesService } from './badges.service.js';

/** Checks every active member against the rule badges, a page per run (see recheckAll). */
export const RECHECK_BADGES_JOB = 'economy.recheck_badges';
const RecheckPayload = z.object({ afterId: z.string().nullable() });
const RECHECK_PAGE = 200;

/**
 * Rule badges are awarded from facts, not from counting events: a subscriber asks "does the
 * member now qualify?" and awards what they newly reach. Replayed or out-of-order events
 * therefore never double-award (the badge row is unique too), and the recheck job, run by
 * an admin or when a rule badge is switched back on, catches members who qualified before.
 */
export class BadgeRulesService {
  constructor(
    private readonly deps: EconomyDeps,
    private readonly badges: BadgesService,
  ) {
    deps.platform.jobs.define({ name: RECHECK_BADGES_JOB, payload: RecheckPayload, handle: ({ afterId }) => this.recheckPage(afterId) });
  }

  /** Awards each of `rules` the member qualifies for and does not hold yet; returns those awarded. */
  async check(memberId: string, rules: readonly BadgeRule[] = BADGE_RULES): Promise<BadgeRule[]> {
    const held = await badgeIdsEverHeld(this.deps.platform.db, memberId);
    const open = rules.filter((r) => !held.has(r));
    if (open.length === 0) return [];
    const facts = await this.factsOf(memberId, open);
    const awarded: BadgeRule[] = [];
    for (const rule of open) if (qualifies(rule, facts) && (await this.badges.awardRule(rule, memberId))) awarded.push(rule);
    return awarded;
  }

  /** Queues a recheck of every member (the job walks them a page at a time). */
  async recheckAll(): Promise<void> {
    await this.deps.platform.jobs.enqueue(this.deps.platform.db, RECHECK_BADGES_JOB, { afterId: null });
  }

  private async recheckPage(afterId: string | null): Promise<void> {
    const { db, jobs } = this.deps.platform;
    const ids = await activeMemberIdsAfter(db, afterId, RECHECK_PAGE);
    for (const id of ids) await this.check(id);
    if (ids.length === RECHECK_PAGE) await jobs.enqueue(db, RECHECK_BADGES_JOB, { afterId: ids[ids.length - 1]! });
  }

  /** Reads only the facts the open rules need. */
  private async factsOf(memberId: string, rules: readonly BadgeRule[]): Promise<BadgeFacts> {
    const db = this.deps.platform.db;
    const needs = (...names: BadgeRule[]) => names.some((n) => rules.includes(n));
    const [contributions, streak, tips, profile] = await Promise.all([
      needs('first_post', 'first_accepted_answer', 'reactions_received_10', 'reactions_received_100')
        ? this.deps.posts.contributionFacts(memberId)
        : { published: 0, acceptedAnswers: 0, reactionsReceived: 0 },
      needs('checkin_streak_7', 'checkin_streak_30')
        ? db
            .selectFrom('checkin')
            .select((eb) => eb.fn.max<number>('streak').as('best'))
            .where('memberId', '=', memberId)
            .executeTakeFirst()
        : undefined,
      needs('tips_given_100')
        ? db
            .selectFrom('tip')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('tipperId', '=', memberId)
            .executeTakeFirst()
        : undefined,
      needs('profile_completed') ? hasCompleteProfile(db, memberId) : false,
    ]);
    return {
      ...contributions,
      bestStreak: Number(streak?.best ?? 0),
      tipsGiven: Number(tips?.n ?? 0),
      hasCompleteProfile: profile,
    };
  }
}
