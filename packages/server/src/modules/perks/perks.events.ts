/** Domain events of the perks marketplace (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

const Id = z.string().min(1);

/**
 * Something happened to an order: the other side is told (notifications). `recipientIds` are
 * who must hear of it (the seller, or for brand perks the admin who listed it; the buyer).
 */
export const PerkOrderChanged = domainEvent(
  'perks.order_changed',
  z.object({
    orderId: Id,
    perkId: Id,
    title: z.string(),
    event: z.enum(['redeemed', 'cancelled', 'expired', 'fulfilled', 'declined', 'refunded']),
    /** Who did it; null for the expiry job. */
    actorId: Id.nullable(),
    /** Told as the seller (kind perk_order). */
    sellerRecipientIds: z.array(Id),
    /** Told as the buyer (kind perk_redemption). */
    buyerRecipientIds: z.array(Id),
    at: z.number(),
  }),
);
