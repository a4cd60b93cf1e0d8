import {
  ConversationMessage,
  RealtimeClientFrame,
  conversationIdOf,
  conversationRoom,
  type ErrorFrame,
  type EventFrame,
  type MessageFrame,
  type RealtimeErrorCode,
  RoomEvent,
  type SubscribedFrame,
  type TypingNoticeFrame,
  type UnsubscribedFrame,
  type UnsubscribeReason,
} from '@hearth/contracts';
import type { RawData } from 'ws';

/** A client frame reduced to what the hub acts on: API.md's `conversationId` becomes its room. */
export type ClientCommand =
  { type: 'subscribe' | 'unsubscribe' | 'typing'; room: string } | { type: 'resume'; room: string; afterSeq: number } | { type: 'ping' };

export type DecodedFrame = { ok: true; command: ClientCommand } | { ok: false; detail: string };

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** Parses one client frame; never throws. */
export function decodeClientFrame(data: RawData, isBinary: boolean): DecodedFrame {
  if (isBinary) return { ok: false, detail: 'frames are JSON text' };
  let json: unknown;
  try {
    json = JSON.parse(textOf(data));
  } catch {
    return { ok: false, detail: 'malformed JSON' };
  }
  const parsed = RealtimeClientFrame.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, detail: issue ? `${issue.path.join('.') || 'frame'}: ${issue.message}` : 'invalid frame' };
  }
  const frame = parsed.data;
  if (frame.type === 'ping') return { ok: true, command: { type: 'ping' } };
  const room = frame.room ?? conversationRoom(frame.conversationId!);
  if (frame.type === 'resume') return { ok: true, command: { type: 'resume', room, afterSeq: frame.afterSeq } };
  return { ok: true, command: { type: frame.type, room } };
}

// Frames about a conversation room also carry `conversationId`, as API.md's clients expect.
function about(room: string): { room: string; conversationId?: string } {
  const conversationId = conversationIdOf(room);
  return conversationId === null ? { room } : { room, conversationId };
}

/**
 * A room event as sent to clients: a conversation's `message` event becomes API.md's
 * `{type:"message", conversationId, message}`; anything else is an `event` frame.
 */
export function encodeEvent(room: string, seq: number | undefined, event: RoomEvent): string {
  const conversationId = conversationIdOf(room);
  if (conversationId !== null && event.type === 'message') {
    const message = ConversationMessage.safeParse(event.message);
    if (message.success) return encodeMessage(conversationId, message.data);
  }
  const frame: EventFrame = { type: 'event', ...about(room), ...(seq === undefined ? {} : { seq }), event };
  return JSON.stringify(frame);
}

/** API.md's chat frame for a message already checked against ConversationMessage. */
export function encodeMessage(conversationId: string, message: ConversationMessage): string {
  const frame: MessageFrame = { type: 'message', conversationId, message };
  return JSON.stringify(frame);
}

/**
 * The variant of an already encoded client frame (`text`) for members blocked either way
 * with its author: the room kind's `withhold` of the event, with the same seq. Null (or no
 * `withhold`) sends nothing for an unsequenced event and a bare `{type:"withheld"}` event
 * for a sequenced one, so the sequence keeps no holes. @throws on a frame that is not JSON
 */
export function encodeWithheld(
  room: string,
  seq: number | undefined,
  text: string,
  withhold: ((event: RoomEvent) => RoomEvent | null) | undefined,
): string | null {
  const frame = JSON.parse(text) as { type?: unknown; message?: unknown; event?: unknown };
  const original = RoomEvent.parse(frame.type === 'message' ? { type: 'message', message: frame.message } : frame.event);
  const withheld = withhold?.(original) ?? null;
  if (withheld !== null) return encodeEvent(room, seq, withheld);
  return seq === undefined ? null : encodeEvent(room, seq, { type: 'withheld' });
}

/**
 * A server frame made once for every socket it goes to: the whole WebSocket frame (RFC 6455
 * §5.2: FIN and the text opcode, no mask, the payload length, the UTF-8 payload), and the
 * payload alone. Sockets write `bytes` as they are, so fanning an event out to thousands of
 * sockets encodes it once, not once per socket.
 */
export interface WireFrame {
  readonly bytes: Buffer;
  readonly payload: Buffer;
}

export function toWireFrame(text: string): WireFrame {
  const length = Buffer.byteLength(text);
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const bytes = Buffer.allocUnsafe(headerLength + length);
  bytes[0] = 0x81;
  if (headerLength === 2) bytes[1] = length;
  else if (headerLength === 4) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeBigUInt64BE(BigInt(length), 2);
  }
  bytes.write(text, headerLength, 'utf8');
  return { bytes, payload: bytes.subarray(headerLength) };
}

export function encodeSubscribed(room: string, lastSeq: number | null, hasMore: boolean): string {
  const frame: SubscribedFrame = { type: 'subscribed', ...about(room), lastSeq, ...(hasMore ? { hasMore } : {}) };
  return JSON.stringify(frame);
}

export function encodeUnsubscribed(room: string, reason: UnsubscribeReason): string {
  const frame: UnsubscribedFrame = { type: 'unsubscribed', ...about(room), reason };
  return JSON.stringify(frame);
}

export function encodeTyping(room: string, memberId: string): string {
  const frame: TypingNoticeFrame = { type: 'typing', ...about(room), memberId };
  return JSON.stringify(frame);
}

export function encodeError(code: RealtimeErrorCode, detail: string, room?: string): string {
  const frame: ErrorFrame = { type: 'error', code, detail, ...(room === undefined ? {} : about(room)) };
  return JSON.stringify(frame);
}

export const PONG_FRAME = JSON.stringify({ type: 'pong' });
