/** Domain events of the economy module (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

const Id = z.string().min(1);

/** A tip landed: the recipient is told (notifications), with the amount already in words' reach. */
export const TipSent = domainEvent(
  'economy.tip_sent',
  z.object({
    tipId: Id,
    tipperId: Id,
    recipientId: Id,
    targetKind: z.enum(['post', 'comment', 'message']),
    targetId: Id,
    postId: Id.nullable(),
    conversationId: Id.nullable(),
    spaceId: Id.nullable(),
    /** The thread's title (empty for messages). */
    title: z.string(),
    amount: z.number().int().positive(),
    assetName: z.string(),
    at: z.number(),
  }),
);
