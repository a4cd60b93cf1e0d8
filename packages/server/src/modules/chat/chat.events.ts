/** Domain events of the chat module (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

const Id = z.string().min(1);

/**
 * A message was sent. `memberIds` are the conversation's members for a DM (who is told of
 * it); a chat space has no member list (everyone who may read the space may read it), so
 * only its mentions are told.
 */
export const MessageSent = domainEvent(
  'chat.message_sent',
  z.object({
    messageId: Id,
    conversationId: Id,
    kind: z.enum(['dm', 'space']),
    spaceId: Id.nullable(),
    title: z.string(),
    authorId: Id,
    memberIds: z.array(Id),
    mentionIds: z.array(Id),
    excerpt: z.string().max(280),
    at: z.number(),
  }),
);
