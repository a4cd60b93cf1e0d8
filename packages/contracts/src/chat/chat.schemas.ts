import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { AuthorRef, Emoji, MarkdownBody, ReactionCount } from '../posts/posts.schemas.js';
import { RealtimeSeq } from '../realtime/realtime.schemas.js';

/** Most members in one group DM, the starter included. */
export const DM_MAX_MEMBERS = 50;
/** A chat message is shorter than a post. */
export const MESSAGE_MAX_LENGTH = 4_000;

/** A chat space's channel, or a direct conversation between members. */
export const ConversationKind = z.enum(['space', 'dm']);
export type ConversationKind = z.infer<typeof ConversationKind>;

export const ChatMessageStatus = z.enum(['published', 'deleted']);

/**
 * Who a withheld message is from, as its reader gets it: nobody in particular, so a member
 * cannot tell whether they blocked its author or its author blocked them.
 */
export const HIDDEN_AUTHOR_ID = 'hidden';

/**
 * One message of a conversation. `seq` is its place in the conversation (1, 2, 3 … no holes);
 * `parentId` makes it a threaded reply to another message of the same conversation.
 * `isHidden`: its author and the reader are blocked either way, so it keeps its place (id,
 * seq, parent, replies, time) but loses its words, reactions and author (`HIDDEN_AUTHOR_ID`).
 */
export const ChatMessage = z.object({
  id: Id,
  conversationId: Id,
  seq: RealtimeSeq.positive(),
  authorId: Id,
  author: AuthorRef,
  /** Markdown source (empty once deleted). */
  body: z.string(),
  /** Sanitised HTML of `body`. */
  html: z.string(),
  parentId: Id.nullable(),
  replyCount: z.number().int().min(0),
  reactions: z.array(ReactionCount),
  status: ChatMessageStatus,
  editedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  isHidden: z.literal(true).optional(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/** How far a member of a DM has read (for read receipts). */
export const ReadMark = z.object({ memberId: Id, readSeq: RealtimeSeq });
export type ReadMark = z.infer<typeof ReadMark>;

export const Conversation = z.object({
  id: Id,
  kind: ConversationKind,
  /** The chat space, for a space's channel. */
  spaceId: Id.nullable(),
  /** The space's name, or the other members' names for a DM. */
  title: z.string(),
  /** Everyone in a DM (the caller included); empty for a space channel. */
  members: z.array(AuthorRef),
  /** The seq of the newest message (0 when there is none). */
  lastSeq: RealtimeSeq,
  /** The caller's read position; `unread` = lastSeq − readSeq, not counting their own messages. */
  readSeq: RealtimeSeq,
  unread: z.number().int().min(0),
  /** Read positions of the other members of a DM (read receipts); empty for space channels. */
  reads: z.array(ReadMark),
  /** The newest message; withheld like a message (`isHidden`, empty excerpt) across a block. */
  lastMessage: z.object({ authorId: Id, excerpt: z.string(), createdAt: IsoTime, isHidden: z.literal(true).optional() }).nullable(),
  canPost: z.boolean(),
  createdAt: IsoTime,
});
export type Conversation = z.infer<typeof Conversation>;

export const StartDmBody = z.strictObject({
  /** The other members (the caller is added). One for a 1:1 DM, which is reused if it exists. */
  memberIds: z
    .array(Id)
    .min(1)
    .max(DM_MAX_MEMBERS - 1),
});
export type StartDmBody = z.input<typeof StartDmBody>;

export const MessageBody = MarkdownBody.pipe(z.string().max(MESSAGE_MAX_LENGTH));

export const PostMessageBody = z.strictObject({ body: MessageBody, parentId: Id.optional() });
export type PostMessageBody = z.input<typeof PostMessageBody>;
export const EditMessageBody = z.strictObject({ body: MessageBody });

/**
 * Messages in seq order. `afterSeq`: the ones after it (catching up, oldest first);
 * `beforeSeq`: the newest ones before it (scrolling back); neither: the newest page.
 * `parentId`: the replies of one message instead of the main channel.
 */
export const MessagesQuery = z.object({
  afterSeq: z.coerce.number().int().min(0).optional(),
  beforeSeq: z.coerce.number().int().min(1).optional(),
  parentId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MessagesQuery = z.input<typeof MessagesQuery>;

/** A page of messages, ascending by seq; `hasMore`: there are more in the direction asked. */
export const MessagePage = z.object({ items: z.array(ChatMessage), hasMore: z.boolean() });
export type MessagePage = z.infer<typeof MessagePage>;

export const MarkReadBody = z.strictObject({ seq: RealtimeSeq });
export const MessageReactionBody = z.strictObject({ emoji: Emoji });

/* Realtime events of a `conversation:<id>` room (besides API.md's `message`). */

/** A message was edited, deleted or reacted to (not sequenced: it changes an existing seq). */
export const MessageUpdatedEvent = z.object({ type: z.literal('message_updated'), message: ChatMessage });
/** A member of a DM read up to `readSeq`. */
export const ReadEvent = z.object({ type: z.literal('read'), memberId: Id, readSeq: RealtimeSeq });
/** On a member's own room: a conversation they are in has a new message (for unread badges). */
export const ConversationActivityEvent = z.object({
  type: z.literal('conversation_activity'),
  conversationId: Id,
  lastSeq: RealtimeSeq,
  authorId: Id,
});
export type ConversationActivityEvent = z.infer<typeof ConversationActivityEvent>;
