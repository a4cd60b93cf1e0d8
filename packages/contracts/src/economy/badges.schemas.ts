import { z } from 'zod';
import { Id, IsoTime, PlainText } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** The built-in rules a badge can be earned by (only facts Hearth records). */
export const BadgeRule = z.enum([
  'first_post',
  'first_accepted_answer',
  'checkin_streak_7',
  'checkin_streak_30',
  'tips_given_100',
  'reactions_received_10',
  'reactions_received_100',
  'profile_completed',
]);
export type BadgeRule = z.infer<typeof BadgeRule>;
export const BADGE_RULES = BadgeRule.options;

/** The fixed set of icons a badge may wear (emoji, so they render everywhere without assets). */
export const BadgeIcon = z.enum([
  '🌱',
  '💬',
  '✅',
  '🔥',
  '🌟',
  '🎁',
  '❤️',
  '💯',
  '🪪',
  '🏆',
  '🎖️',
  '🛡️',
  '🎉',
  '📚',
  '🎨',
  '🤝',
  '🚀',
  '👑',
]);
export type BadgeIcon = z.infer<typeof BadgeIcon>;
export const BADGE_ICONS = BadgeIcon.options;

/** The badge's colour: metal tiers, or the community's accent. */
export const BadgeTier = z.enum(['bronze', 'silver', 'gold', 'accent']);
export type BadgeTier = z.infer<typeof BadgeTier>;

const BadgeName = PlainText(40)
  .transform((s) => s.trim())
  .pipe(z.string().min(1));
const BadgeDescription = PlainText(200).transform((s) => s.trim());
const Reason = PlainText(500)
  .transform((s) => s.trim())
  .pipe(z.string().min(1));

export const Badge = z.object({
  id: Id,
  /** The rule that awards it; null for a manual badge (awarded by staff). */
  rule: BadgeRule.nullable(),
  /** Shown name: the owner's, or the rule's built-in name in the reader's language. */
  name: z.string(),
  description: z.string(),
  icon: BadgeIcon,
  tier: BadgeTier,
  isEnabled: z.boolean(),
  /** True when the owner renamed a rule badge (or always for a manual one). */
  isRenamed: z.boolean(),
  holderCount: z.number().int().min(0),
});
export type Badge = z.infer<typeof Badge>;

export const BadgeList = z.object({ items: z.array(Badge) });
export type BadgeList = z.infer<typeof BadgeList>;

/** A badge a member holds. */
export const HeldBadge = z.object({ badge: Badge, awardedAt: IsoTime, isManual: z.boolean() });
export type HeldBadge = z.infer<typeof HeldBadge>;
export const HeldBadgeList = z.object({ items: z.array(HeldBadge) });
export type HeldBadgeList = z.infer<typeof HeldBadgeList>;

export const BadgeHolder = z.object({ member: AuthorRef, awardedAt: IsoTime });
export type BadgeHolder = z.infer<typeof BadgeHolder>;
export const BadgeHolders = z.object({ badge: Badge, items: z.array(BadgeHolder), nextCursor: z.string().nullable() });
export type BadgeHolders = z.infer<typeof BadgeHolders>;

export const BadgeParams = z.object({ id: Id });
export const BadgeMemberParams = z.object({ id: Id });

export const CreateBadgeBody = z.strictObject({
  name: BadgeName,
  description: BadgeDescription.default(''),
  icon: BadgeIcon,
  tier: BadgeTier,
});
export type CreateBadgeBody = z.input<typeof CreateBadgeBody>;

/** `name: null` gives a rule badge its built-in name back. */
export const UpdateBadgeBody = z.strictObject({
  name: BadgeName.nullable().optional(),
  description: BadgeDescription.nullable().optional(),
  icon: BadgeIcon.optional(),
  tier: BadgeTier.optional(),
  isEnabled: z.boolean().optional(),
});
export type UpdateBadgeBody = z.input<typeof UpdateBadgeBody>;

export const BadgeAwardBody = z.strictObject({ memberId: Id, reason: Reason });
export type BadgeAwardBody = z.input<typeof BadgeAwardBody>;

export const BadgeRecheckResult = z.object({ isQueued: z.literal(true) });
