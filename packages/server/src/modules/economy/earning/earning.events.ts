/** Domain events of points earning (see platform/events); notifications tell the member. */
import { z } from 'zod';
import { domainEvent } from '../../../platform/events/domain-events.js';

/** The member's XP reached a new level (told once per level). */
export const LevelReached = domainEvent(
  'economy.level_reached',
  z.object({ memberId: z.string().min(1), levelIndex: z.number().int(), levelName: z.string(), at: z.number() }),
);

/** Some of the member's points expire soon: `amount` on `expiresOn` (UTC midnight of that day). */
export const PointsExpiring = domainEvent(
  'economy.points_expiring',
  z.object({ memberId: z.string().min(1), amount: z.number().int().positive(), expiresOn: z.number(), at: z.number() }),
);

/** The member checked in (today, or a made-up day); badge rules read their streaks from it. */
export const CheckedIn = domainEvent(
  'economy.checked_in',
  z.object({ memberId: z.string().min(1), day: z.number().int(), at: z.number() }),
);
