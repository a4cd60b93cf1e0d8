/** Domain events of chips (see platform/events): notifications tell the member. */
import { z } from 'zod';
import { domainEvent } from '../../../platform/events/domain-events.js';

const Id = z.string().min(1);

/** An admin decided a member's request to issue a chip. */
export const ChipRequestDecided = domainEvent(
  'economy.chip_request_decided',
  z.object({
    requestId: Id,
    memberId: Id,
    deciderId: Id,
    decision: z.enum(['approved', 'declined']),
    code: z.string(),
    chipName: z.string(),
    reason: z.string().nullable(),
    at: z.number(),
  }),
);

/** Chips landed in a member's wallet from their issuer (a gift or an airdrop). */
export const ChipReceived = domainEvent(
  'economy.chip_received',
  z.object({
    recipientId: Id,
    /** The issuing member, or the admin who gave a brand chip. */
    giverId: Id,
    code: z.string(),
    chipName: z.string(),
    amount: z.number().int().positive(),
    note: z.string().nullable(),
    at: z.number(),
  }),
);
