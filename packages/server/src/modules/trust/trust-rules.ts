import type { TrustAbilities, TrustProgress, TrustRequirement } from '@hearth/contracts';

/** Staff (moderators, admins, the owner) count as this level for every limit. */
export const STAFF_LEVEL = 4;
export const MAX_LEVEL = 4;

/**
 * What levels 1–4 take by default (Discourse-like: basic soon, member after two weeks of
 * taking part, regular and leader after months). Level 1 is what spam detection's old
 * stand-in asked (3 days and 5 posts), so communities keep the same "established" line.
 */
export const DEFAULT_REQUIREMENTS: readonly TrustRequirement[] = [
  { days: 3, posts: 5, reactions: 0, maxFlags: 2 },
  { days: 14, posts: 20, reactions: 10, maxFlags: 1 },
  { days: 60, posts: 100, reactions: 50, maxFlags: 0 },
  { days: 180, posts: 300, reactions: 200, maxFlags: 0 },
];

/** Flags older than this no longer count against a member. */
export const FLAG_MEMORY_DAYS = 180;

/**
 * The limits of each level while the owner keeps them on. Level 0 may not post links or
 * images, may not start DMs with non-friends and writes at most 5 threads and replies an
 * hour; level 1 may post links and images and 20 an hour; level 2 may DM anyone, 60 an hour;
 * levels 3 and 4 have no hourly cap of their own.
 */
const LIMITS: readonly Pick<TrustAbilities, 'links' | 'images' | 'dmStrangers' | 'postsPerHour'>[] = [
  { links: false, images: false, dmStrangers: false, postsPerHour: 5 },
  { links: true, images: true, dmStrangers: false, postsPerHour: 20 },
  { links: true, images: true, dmStrangers: true, postsPerHour: 60 },
  { links: true, images: true, dmStrangers: true, postsPerHour: null },
  { links: true, images: true, dmStrangers: true, postsPerHour: null },
];

/**
 * The level a member's numbers earn: the highest level whose requirement — and every lower
 * one's — they meet. A mute or ban in force holds them at 0; upheld flags above a level's
 * `maxFlags` keep them below it.
 */
export function earnedLevel(progress: TrustProgress, restricted: boolean, requirements: readonly TrustRequirement[]): number {
  if (restricted) return 0;
  let level = 0;
  for (const [index, need] of requirements.entries()) {
    const met =
      progress.days >= need.days && progress.posts >= need.posts && progress.reactions >= need.reactions && progress.flags <= need.maxFlags;
    if (!met) break;
    level = index + 1;
  }
  return level;
}

/** The level that applies: an admin's lock wins over the numbers, up or down. */
export function effectiveLevel(earned: number, lockedLevel: number | null): number {
  return lockedLevel ?? earned;
}

/** The ability table, levels 0 to 4, given whether limits are on and the spam settings' levels. */
export function abilityTable(limitsEnabled: boolean, threshold: { trustedLevel: number; reporterLevel: number }): TrustAbilities[] {
  return LIMITS.map((limits, level) => ({
    level,
    ...(limitsEnabled ? limits : { links: true, images: true, dmStrangers: true, postsPerHour: null }),
    trustedReporter: level >= threshold.reporterLevel,
    established: level >= threshold.trustedLevel,
  }));
}

/** Whole days between two instants (tenure). */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400_000));
}
