/** Domain events of badges (see platform/events); notifications tell the member. */
import { z } from 'zod';
import { domainEvent } from '../../../platform/events/domain-events.js';

/** A member was given a badge, by a rule or by staff; `badgeName` is in the member's language. */
export const BadgeAwarded = domainEvent(
  'economy.badge_awarded',
  z.object({
    memberId: z.string().min(1),
    badgeId: z.string().min(1),
    badgeName: z.string(),
    icon: z.string(),
    awardedBy: z.string().nullable(),
    at: z.number(),
  }),
);
