import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';

/**
 * Trust levels (issue 5 item 7, after Discourse's): 0 new, 1 basic, 2 member, 3 regular,
 * 4 leader. A member's level follows from tenure, activity, reactions received and upheld
 * flags; staff count as level 4; an admin may lock a level, and the lock wins.
 */
export const TrustLevel = z.number().int().min(0).max(4);
export type TrustLevel = z.infer<typeof TrustLevel>;

/** What reaching a level takes. Upheld flags: reports upheld and penalties against the member in the last 180 days. */
export const TrustRequirement = z.object({
  days: z.number().int().min(0).max(3650),
  posts: z.number().int().min(0).max(100_000),
  reactions: z.number().int().min(0).max(1_000_000),
  maxFlags: z.number().int().min(0).max(100),
});
export type TrustRequirement = z.infer<typeof TrustRequirement>;

/** What a level lets a member do (fixed per level; see docs/user-guide.md "Trust levels"). */
export const TrustAbilities = z.object({
  level: TrustLevel,
  links: z.boolean(),
  images: z.boolean(),
  dmStrangers: z.boolean(),
  /** Threads and replies an hour; null = no cap beyond the usual rate limits. */
  postsPerHour: z.number().int().nullable(),
  /** Their reports count toward hiding a thread or reply (spam settings' reporter level). */
  trustedReporter: z.boolean(),
  /** Spam signals only refuse, never hold their writes (spam settings' trusted level). */
  established: z.boolean(),
});
export type TrustAbilities = z.infer<typeof TrustAbilities>;

/** The owner's thresholds: what levels 1–4 take (in order), and whether levels 0–1 are limited at all. */
export const TrustSettings = z.object({
  limitsEnabled: z.boolean(),
  levels: z.array(TrustRequirement).length(4),
  updatedAt: IsoTime.nullable(),
});
export type TrustSettings = z.infer<typeof TrustSettings>;

export const UpdateTrustSettingsBody = TrustSettings.omit({ updatedAt: true }).partial().strict();
export type UpdateTrustSettingsBody = z.infer<typeof UpdateTrustSettingsBody>;

/** Where a member stands: the counts that decide their level. */
export const TrustProgress = z.object({
  days: z.number().int(),
  posts: z.number().int(),
  reactions: z.number().int(),
  flags: z.number().int(),
});
export type TrustProgress = z.infer<typeof TrustProgress>;

export const TrustLock = z.object({ level: TrustLevel, reason: z.string(), lockedBy: Id.nullable(), lockedAt: IsoTime });
export type TrustLock = z.infer<typeof TrustLock>;

/** A member's trust level, why, what it lets them do, and what unlocks the next. */
export const TrustStatus = z.object({
  memberId: Id,
  level: TrustLevel,
  /** The level their numbers earn (what applies once a lock is lifted). */
  earnedLevel: TrustLevel,
  isStaff: z.boolean(),
  /** A mute or ban in force holds the earned level at 0. */
  restricted: z.boolean(),
  lock: TrustLock.nullable(),
  progress: TrustProgress,
  next: z.object({ level: TrustLevel, requirement: TrustRequirement }).nullable(),
  limitsEnabled: z.boolean(),
  /** The ability table, level 0 to 4. */
  abilities: z.array(TrustAbilities).length(5),
  computedAt: IsoTime,
});
export type TrustStatus = z.infer<typeof TrustStatus>;

const Reason = z.string().trim().min(1).max(500);

export const LockTrustBody = z.object({ level: TrustLevel, reason: Reason }).strict();
export type LockTrustBody = z.infer<typeof LockTrustBody>;

export const UnlockTrustBody = z.object({ reason: Reason }).strict();
export type UnlockTrustBody = z.infer<typeof UnlockTrustBody>;

/** Levels of several members (the review queue's authors). */
export const TrustLevelsQuery = z.object({
  ids: z
    .string()
    .max(2000)
    .transform((s) => [...new Set(s.split(',').filter(Boolean))])
    .pipe(z.array(Id).min(1).max(100)),
});
export const TrustLevels = z.object({ levels: z.record(z.string(), TrustLevel) });
export type TrustLevels = z.infer<typeof TrustLevels>;
