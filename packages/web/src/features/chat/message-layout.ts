import type { AuthorRef, ChatMessage } from '@hearth/contracts';

/** Consecutive messages of one author within this time share one name and avatar. */
export const GROUP_WINDOW_MS = 5 * 60_000;

type Groupable = Pick<ChatMessage, 'authorId' | 'createdAt'>;

/** Whether `message` continues `previous`'s group (same author, less than 5 minutes later). */
export function continuesGroup(previous: Groupable | undefined, message: Groupable): boolean {
  if (!previous || previous.authorId !== message.authorId) return false;
  const gap = Date.parse(message.createdAt) - Date.parse(previous.createdAt);
  return gap >= 0 && gap < GROUP_WINDOW_MS;
}

/**
 * Where the "New messages" divider goes: the index of the first message after `readSeq` that
 * someone else wrote, or -1 when everything shown is read.
 */
export function firstUnreadIndex(messages: readonly Pick<ChatMessage, 'seq' | 'authorId'>[], readSeq: number, myId: string): number {
  return messages.findIndex((message) => message.seq > readSeq && message.authorId !== myId);
}

export interface MessageRow {
  message: ChatMessage;
  /** Shares the previous message's name and avatar. */
  isContinuation: boolean;
  /** The "New messages" divider goes just above it. */
  isFirstUnread: boolean;
}

/** The main list as rows: groups of one author, broken by the unread divider. */
export function layoutMessages(messages: readonly ChatMessage[], unreadAfterSeq: number, myId: string): MessageRow[] {
  const unreadIndex = firstUnreadIndex(messages, unreadAfterSeq, myId);
  return messages.map((message, index) => ({
    message,
    isFirstUnread: index === unreadIndex,
    isContinuation: index !== unreadIndex && continuesGroup(messages[index - 1], message),
  }));
}

/** How many messages from others came after `seenSeq` (for "N new messages ↓"). */
export function countNewFromOthers(messages: readonly Pick<ChatMessage, 'seq' | 'authorId'>[], seenSeq: number, myId: string): number {
  return messages.reduce((count, message) => count + (message.seq > seenSeq && message.authorId !== myId ? 1 : 0), 0);
}

export interface ReadReceipt {
  /** The caller's latest message, under which the receipt shows. */
  messageId: string;
  /** How many of the other members have read up to it. */
  seenBy: number;
  /** 1:1 ("Seen") rather than a group ("Seen by N"). */
  isDirect: boolean;
}

/**
 * The read receipt of a DM: under the caller's latest message, how many of the others have
 * read it. Null when the caller has no message there or nobody has read it yet.
 */
export function readReceipt(
  messages: readonly Pick<ChatMessage, 'id' | 'seq' | 'authorId' | 'status'>[],
  myId: string,
  members: readonly Pick<AuthorRef, 'id'>[],
  reads: Readonly<Record<string, number>>,
): ReadReceipt | null {
  let latest: (typeof messages)[number] | undefined;
  for (const message of messages) if (message.authorId === myId && message.status === 'published') latest = message;
  if (!latest) return null;
  const others = members.filter((member) => member.id !== myId);
  const seenBy = others.filter((member) => (reads[member.id] ?? 0) >= latest.seq).length;
  if (seenBy === 0) return null;
  return { messageId: latest.id, seenBy, isDirect: others.length === 1 };
}
