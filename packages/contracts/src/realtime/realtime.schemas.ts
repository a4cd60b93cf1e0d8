import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';

/*
 * Frames of the one WebSocket at /api/realtime (API.md "Realtime"). Every frame is a JSON
 * object `{type, ...}`. Rooms are `<kind>:<id>` strings (`conversation:…`, `member:…`,
 * `space:…`); the chat frames of API.md address a conversation by `conversationId`, which
 * is the room `conversation:<conversationId>`.
 */

/** The room kind that API.md's `conversationId` frames address. */
export const CONVERSATION_ROOM_KIND = 'conversation';

/** The id part of a room: the characters of UUIDs, slugs and compound ids. */
export const RealtimeRoomId = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** A room: `<kind>:<id>`, kind in lower case. */
export const RealtimeRoom = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9_]{0,31}:[A-Za-z0-9_.:-]{1,160}$/);
export type RealtimeRoom = z.infer<typeof RealtimeRoom>;

/** A conversation id as the chat frames carry it (a room id without the kind). */
export const ConversationId = Id.regex(/^[A-Za-z0-9_.:-]+$/);

/** A position in a sequenced room: 1, 2, 3 … with no holes; 0 means "before the first". */
export const RealtimeSeq = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** The room of a conversation. */
export function conversationRoom(conversationId: string): string {
  return `${CONVERSATION_ROOM_KIND}:${conversationId}`;
}

/** The conversation id of a `conversation:` room, or null for any other room. */
export function conversationIdOf(room: string): string | null {
  const prefix = `${CONVERSATION_ROOM_KIND}:`;
  return room.startsWith(prefix) ? room.slice(prefix.length) : null;
}

// Client frames that name a room accept either `room` or API.md's `conversationId`, never both.
const target = { room: RealtimeRoom.optional(), conversationId: ConversationId.optional() };
const hasOneTarget = (frame: { room?: string | undefined; conversationId?: string | undefined }) =>
  (frame.room === undefined) !== (frame.conversationId === undefined);
const oneTargetError = { message: 'room_or_conversation_id', path: ['room'] };

/* ---------------------------------------------------------------- client → server */

/** Start receiving a room's live events (no backlog; use `resume` for an exact sequence). */
export const SubscribeFrame = z.object({ type: z.literal('subscribe'), ...target }).refine(hasOneTarget, oneTargetError);
export type SubscribeFrame = z.infer<typeof SubscribeFrame>;

/** Subscribe and first receive every event after `afterSeq`, in seq order, then live ones. */
export const ResumeFrame = z.object({ type: z.literal('resume'), ...target, afterSeq: RealtimeSeq }).refine(hasOneTarget, oneTargetError);
export type ResumeFrame = z.infer<typeof ResumeFrame>;

export const UnsubscribeFrame = z.object({ type: z.literal('unsubscribe'), ...target }).refine(hasOneTarget, oneTargetError);
export type UnsubscribeFrame = z.infer<typeof UnsubscribeFrame>;

/** "I am typing" in a subscribed room: relayed to the room's other members, never stored. */
export const TypingFrame = z.object({ type: z.literal('typing'), ...target }).refine(hasOneTarget, oneTargetError);
export type TypingFrame = z.infer<typeof TypingFrame>;

export const PingFrame = z.object({ type: z.literal('ping') });
export type PingFrame = z.infer<typeof PingFrame>;

/** Every frame a client may send. */
export const RealtimeClientFrame = z.discriminatedUnion('type', [SubscribeFrame, ResumeFrame, UnsubscribeFrame, TypingFrame, PingFrame]);
export type RealtimeClientFrame = z.infer<typeof RealtimeClientFrame>;

/* ---------------------------------------------------------------- server → client */

/** What a room carries: an object with a `type`; the rest belongs to the module that publishes it. */
export const RoomEvent = z.looseObject({ type: z.string().min(1).max(64) });
export type RoomEvent = z.infer<typeof RoomEvent>;

/** A chat message as API.md's `message` frame carries it; modules may add fields. */
export const ConversationMessage = z.looseObject({
  id: Id,
  seq: RealtimeSeq.positive(),
  authorId: Id,
  body: z.string(),
  createdAt: IsoTime,
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;

// Frames about a room name it; frames about a conversation room also carry `conversationId`.
const about = { room: RealtimeRoom, conversationId: ConversationId.optional() };

/** An event of a room; `seq` is present in sequenced rooms. */
export const EventFrame = z.object({ type: z.literal('event'), ...about, seq: RealtimeSeq.positive().optional(), event: RoomEvent });
export type EventFrame = z.infer<typeof EventFrame>;

/** API.md's chat frame: a `message` event of a conversation room. */
export const MessageFrame = z.object({ type: z.literal('message'), conversationId: ConversationId, message: ConversationMessage });
export type MessageFrame = z.infer<typeof MessageFrame>;

/**
 * The subscription is live. After a `resume`, it follows the missed events and `lastSeq` is
 * the last seq sent (or `afterSeq` when nothing was missed); `hasMore` says the catch-up
 * stopped at its size limit and the client should resume again from `lastSeq`. After a
 * plain `subscribe`, `lastSeq` is null.
 */
export const SubscribedFrame = z.object({
  type: z.literal('subscribed'),
  ...about,
  lastSeq: RealtimeSeq.nullable(),
  hasMore: z.boolean().optional(),
});
export type SubscribedFrame = z.infer<typeof SubscribedFrame>;

/**
 * Why a subscription ended: the client asked; access was withdrawn; or the server could not
 * check access or read the missed events (subscribe or resume again later).
 */
export const UnsubscribeReason = z.enum(['client', 'access_revoked', 'unavailable']);
export type UnsubscribeReason = z.infer<typeof UnsubscribeReason>;

export const UnsubscribedFrame = z.object({ type: z.literal('unsubscribed'), ...about, reason: UnsubscribeReason });
export type UnsubscribedFrame = z.infer<typeof UnsubscribedFrame>;

/** Another member is typing in a room this socket is subscribed to. */
export const TypingNoticeFrame = z.object({ type: z.literal('typing'), ...about, memberId: Id });
export type TypingNoticeFrame = z.infer<typeof TypingNoticeFrame>;

export const PongFrame = z.object({ type: z.literal('pong') });
export type PongFrame = z.infer<typeof PongFrame>;

/** Stable codes of `error` frames; `detail` is an English hint for developers, not for display. */
export const RealtimeErrorCode = z.enum([
  'invalid_frame',
  'rate_limited',
  'forbidden',
  'unknown_room',
  'not_subscribed',
  'too_many_subscriptions',
  'unavailable',
]);
export type RealtimeErrorCode = z.infer<typeof RealtimeErrorCode>;

/** A refused frame; `room` (and `conversationId`) name the room it was about, when it named one. */
export const ErrorFrame = z.object({
  type: z.literal('error'),
  code: RealtimeErrorCode,
  detail: z.string(),
  room: RealtimeRoom.optional(),
  conversationId: ConversationId.optional(),
});
export type ErrorFrame = z.infer<typeof ErrorFrame>;

/** Every frame the server sends. */
export const RealtimeServerFrame = z.discriminatedUnion('type', [
  EventFrame,
  MessageFrame,
  SubscribedFrame,
  UnsubscribedFrame,
  TypingNoticeFrame,
  PongFrame,
  ErrorFrame,
]);
export type RealtimeServerFrame = z.infer<typeof RealtimeServerFrame>;

/**
 * Close codes besides the standard ones (1008 policy: flooding or repeated invalid frames;
 * 1009 frame too large; 1001 server going away).
 */
export const REALTIME_CLOSE = {
  /** Not signed in, or the session ended: sign in again before reconnecting. */
  unauthenticated: 4401,
  /** The account may not use realtime (banned): do not reconnect. */
  forbidden: 4403,
} as const;
