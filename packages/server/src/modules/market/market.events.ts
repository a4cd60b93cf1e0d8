/** Domain events of the member market (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

const Id = z.string().min(1);

/** A taker filled (part of) an order: its seller is told (notifications). */
export const MarketOrderFilled = domainEvent(
  'market.order_filled',
  z.object({
    orderId: Id,
    fillId: Id,
    sellerId: Id,
    takerId: Id,
    /** `3 ALICE for 15 積分`: what changed hands, in the assets' own names. */
    summary: z.string(),
    /** Whether the order has no units left. */
    filled: z.boolean(),
    at: z.number(),
  }),
);
