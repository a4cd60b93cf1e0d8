import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';

/**
 * Points earning rules (積分規則), daily check-in (簽到), XP and levels, and points expiry:
 * what the owner configures and what members see of it.
 */

/** Every rule the community can turn on; each award is one qualifying act of one of them. */
export const EarningRuleId = z.enum([
  'daily_checkin',
  'checkin_streak',
  'first_post_of_day',
  'reply_reactions',
  'reactions_received',
  'profile_completed',
  'referral_active',
]);
export type EarningRuleId = z.infer<typeof EarningRuleId>;

/** Points per award: a whole number from 0 to a million (0 earns nothing, like turning it off). */
const RuleAmount = z.number().int().min(0).max(1_000_000);

export const EarningRule = z.object({
  isEnabled: z.boolean(),
  amount: RuleAmount,
  /** Most points one member may earn by this rule per community-local day. */
  dailyCap: z.number().int().min(1).max(10_000_000),
  /**
   * Rule-specific count: for `reply_reactions`, the reactions a reply needs; for
   * `checkin_streak`, every how many consecutive days the bonus is paid. Ignored elsewhere.
   */
  threshold: z.number().int().min(1).max(1000),
});
export type EarningRule = z.infer<typeof EarningRule>;

export const EarningRules = z.object({
  daily_checkin: EarningRule,
  checkin_streak: EarningRule,
  first_post_of_day: EarningRule,
  reply_reactions: EarningRule,
  reactions_received: EarningRule,
  profile_completed: EarningRule,
  referral_active: EarningRule,
});
export type EarningRules = z.infer<typeof EarningRules>;

/** A level the owner names: reached once XP is at least `threshold`. The first starts at 0. */
export const LevelDefinition = z.object({ name: z.string().trim().min(1).max(40), threshold: z.number().int().min(0).max(1e12) });
export type LevelDefinition = z.infer<typeof LevelDefinition>;

const TimeZoneName = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

export const EarningSettings = z.object({
  rules: EarningRules,
  /** Seconds an award stays pending before it settles (0–7 days); undoing the act meanwhile cancels it. */
  reviewWindowSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 86_400),
  /** The community's day for check-ins and daily caps starts at midnight here. */
  timeZone: TimeZoneName,
  /** Missed check-ins of the current month a member may make up, and what each costs in points. */
  makeUpsPerMonth: z.number().int().min(0).max(31),
  makeUpCost: z.number().int().min(0).max(1_000_000),
  /** Points expire this many months after they arrived, oldest first; null never. */
  expiryMonths: z.number().int().min(1).max(120).nullable(),
  /** Members are told this many days before points expire. */
  expiryNoticeDays: z.number().int().min(1).max(90),
  /** Levels, lowest first; thresholds strictly increase, the first is 0. */
  levels: z
    .array(LevelDefinition)
    .min(1)
    .max(30)
    .refine((levels) => levels[0]?.threshold === 0, 'the first level starts at 0')
    .refine((levels) => levels.every((l, i) => i === 0 || l.threshold > levels[i - 1]!.threshold), 'thresholds must increase'),
});
export type EarningSettings = z.infer<typeof EarningSettings>;

/** `PATCH /api/admin/economy/earning`: any part; rules merge one by one (a rule given whole or in part). */
const RulePatch = EarningRule.partial().strict().optional();
export const EarningSettingsPatch = EarningSettings.extend({
  rules: z
    .object({
      daily_checkin: RulePatch,
      checkin_streak: RulePatch,
      first_post_of_day: RulePatch,
      reply_reactions: RulePatch,
      reactions_received: RulePatch,
      profile_completed: RulePatch,
      referral_active: RulePatch,
    })
    .strict(),
})
  .partial()
  .strict();
export type EarningSettingsPatch = z.infer<typeof EarningSettingsPatch>;

export const AwardStatus = z.enum(['pending', 'settled', 'cancelled', 'reversed', 'capped']);
export type AwardStatus = z.infer<typeof AwardStatus>;

export const PointsAward = z.object({
  id: Id,
  rule: EarningRuleId,
  amount: z.number().int(),
  status: AwardStatus,
  createdAt: IsoTime,
  /** When a pending award settles. */
  settlesAt: IsoTime,
});
export type PointsAward = z.infer<typeof PointsAward>;

export const MemberLevel = z.object({
  memberId: Id,
  xp: z.number().int(),
  /** 0-based position in the owner's list. */
  index: z.number().int(),
  name: z.string(),
  /** The next level's threshold, or null at the top. */
  nextThreshold: z.number().int().nullable(),
  nextName: z.string().nullable(),
});
export type MemberLevel = z.infer<typeof MemberLevel>;

export const MemberLevelsQuery = z.object({
  /** Comma-separated member ids, at most 100. */
  ids: z.string().min(1).max(6600),
});
export const MemberLevels = z.object({ items: z.array(MemberLevel) });
export type MemberLevels = z.infer<typeof MemberLevels>;

/** `GET /api/earning/me`: what the wallet shows beside the balance. */
export const EarningSummary = z.object({
  pending: z.number().int(),
  /** Newest first, at most 20 still pending. */
  pendingAwards: z.array(PointsAward),
  /** The next points to expire, or null. */
  expiring: z.object({ amount: z.number().int(), on: IsoTime }).nullable(),
  level: MemberLevel,
});
export type EarningSummary = z.infer<typeof EarningSummary>;

/** A local date `YYYY-MM-DD` (the community's day). */
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const LocalMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const CheckinCalendarQuery = z.object({ month: LocalMonth.optional() });

export const CheckinDay = z.object({ date: LocalDate, isMadeUp: z.boolean() });

export const CheckinCalendar = z.object({
  isEnabled: z.boolean(),
  /** Today in the community's time zone, and the month shown. */
  today: LocalDate,
  month: LocalMonth,
  checkedInToday: z.boolean(),
  /** Consecutive days up to today (or yesterday, if today is still open). */
  streak: z.number().int(),
  days: z.array(CheckinDay),
  amount: z.number().int(),
  streakEvery: z.number().int(),
  streakBonus: z.number().int(),
  makeUps: z.object({ allowed: z.number().int(), used: z.number().int(), cost: z.number().int() }),
});
export type CheckinCalendar = z.infer<typeof CheckinCalendar>;

export const CheckinResult = z.object({
  date: LocalDate,
  streak: z.number().int(),
  /** False when the day was already checked in (nothing new happened). */
  isNew: z.boolean(),
  /** Points awarded (pending through the review window), bonus included. */
  awarded: z.number().int(),
  calendar: CheckinCalendar,
});
export type CheckinResult = z.infer<typeof CheckinResult>;

export const MakeUpBody = z.object({ date: LocalDate }).strict();
export type MakeUpBody = z.infer<typeof MakeUpBody>;
