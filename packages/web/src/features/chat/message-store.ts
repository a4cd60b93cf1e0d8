import type { ChatMessage, ReactionCount, ReadMark } from '@hearth/contracts';
import { toggledReactions } from '../posts/post-cache';

/** A message of the caller's that the server has not confirmed yet. */
export interface PendingMessage {
  /** Its Idempotency-Key: a retry sends the same one, so it can never post twice. */
  key: string;
  body: string;
  parentId: string | null;
  status: 'sending' | 'failed';
  error: unknown;
  createdAt: string;
  /** The highest seq known when it was sent: its echo over the socket comes after it. */
  afterSeq: number;
}

/**
 * Everything one open conversation knows: the messages of the main channel and of the threads
 * opened (one list, ascending by seq, each id once), the caller's unconfirmed messages, and
 * the other members' read positions.
 */
export interface ChatState {
  isLoaded: boolean;
  messages: ChatMessage[];
  /** The main channel has messages before the first one loaded. */
  hasOlder: boolean;
  /** Threads whose earlier replies are not loaded yet, by root message id. */
  threadHasOlder: Record<string, boolean>;
  /**
   * The live feed starts after this seq. Reply counts loaded with a message already count
   * the replies up to it; a reply after it that we learn of adds one to its parent.
   */
  baselineSeq: number;
  /** The highest seq known (main channel and threads). */
  lastSeq: number;
  /** The caller's read position when the conversation opened (where "New messages" starts). */
  openedReadSeq: number;
  pending: PendingMessage[];
  /** Read positions of the other members (DM read receipts). */
  reads: Record<string, number>;
}

export type ChatAction =
  | { type: 'loaded'; items: ChatMessage[]; hasMore: boolean; baselineSeq: number; readSeq: number; reads: ReadMark[] }
  | { type: 'olderLoaded'; items: ChatMessage[]; hasMore: boolean }
  /** The newest page again, after a reconnect: edits and reactions missed meanwhile. */
  | { type: 'refreshed'; items: ChatMessage[] }
  | { type: 'threadLoaded'; rootId: string; items: ChatMessage[]; hasMore: boolean; isOlder: boolean }
  /** A `message` event of the room. */
  | { type: 'received'; message: ChatMessage }
  /** A `message_updated` event: its reactions carry nobody's `mine`, so the caller's own marks are kept. */
  | { type: 'updated'; message: ChatMessage }
  /** The server's answer to the caller (edit): authoritative, `mine` included. */
  | { type: 'saved'; message: ChatMessage }
  | { type: 'deleted'; id: string }
  | { type: 'reactionToggled'; id: string; emoji: string }
  | { type: 'reactionsSet'; id: string; reactions: ReactionCount[] }
  | { type: 'read'; memberId: string; readSeq: number }
  | { type: 'sendStarted'; pending: PendingMessage }
  | { type: 'sendFailed'; key: string; error: unknown }
  | { type: 'sendRetried'; key: string }
  | { type: 'sendSucceeded'; key: string; message: ChatMessage }
  | { type: 'sendDiscarded'; key: string };

export const initialChatState: ChatState = {
  isLoaded: false,
  messages: [],
  hasOlder: false,
  threadHasOlder: {},
  baselineSeq: 0,
  lastSeq: 0,
  openedReadSeq: 0,
  pending: [],
  reads: {},
};

/** The highest seq of some messages (0 for none). */
export function maxSeq(messages: readonly Pick<ChatMessage, 'seq'>[]): number {
  return messages.reduce((max, message) => Math.max(max, message.seq), 0);
}

/** Reactions from the room (mine = false for all) with the caller's own marks from what we show. */
export function keepMine(incoming: readonly ReactionCount[], local: readonly ReactionCount[]): ReactionCount[] {
  const mine = new Set(local.filter((reaction) => reaction.mine).map((reaction) => reaction.emoji));
  return incoming.map((reaction) => ({ ...reaction, mine: mine.has(reaction.emoji) }));
}

type MergeMode = 'replace' | 'keepMine';

/**
 * Adds messages to the list (by id, sorted by seq, no duplicates). A known one is replaced;
 * a reply we did not know, after the baseline, adds one to its parent's reply count.
 */
export function mergeMessages(
  messages: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
  baselineSeq: number,
  mode: MergeMode = 'replace',
): ChatMessage[] {
  if (incoming.length === 0) return messages as ChatMessage[];
  const byId = new Map(messages.map((message) => [message.id, message]));
  const newReplies: ChatMessage[] = [];
  for (const message of incoming) {
    const known = byId.get(message.id);
    if (!known) {
      byId.set(message.id, message);
      if (message.parentId !== null && message.seq > baselineSeq) newReplies.push(message);
    } else {
      byId.set(message.id, mode === 'keepMine' ? { ...message, reactions: keepMine(message.reactions, known.reactions) } : message);
    }
  }
  for (const reply of newReplies) {
    const parent = byId.get(reply.parentId!);
    if (parent) byId.set(parent.id, { ...parent, replyCount: parent.replyCount + 1 });
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

function patch(messages: readonly ChatMessage[], id: string, change: (message: ChatMessage) => ChatMessage): ChatMessage[] {
  return messages.map((message) => (message.id === id ? change(message) : message));
}

function withMessages(state: ChatState, incoming: readonly ChatMessage[], mode: MergeMode = 'replace'): ChatState {
  return {
    ...state,
    messages: mergeMessages(state.messages, incoming, state.baselineSeq, mode),
    lastSeq: Math.max(state.lastSeq, maxSeq(incoming)),
  };
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'loaded': {
      const reads: Record<string, number> = {};
      for (const mark of action.reads) reads[mark.memberId] = mark.readSeq;
      const base: ChatState = {
        ...initialChatState,
        isLoaded: true,
        hasOlder: action.hasMore,
        baselineSeq: action.baselineSeq,
        openedReadSeq: action.readSeq,
        reads,
      };
      return { ...withMessages(base, action.items), lastSeq: Math.max(action.baselineSeq, maxSeq(action.items)) };
    }
    case 'olderLoaded':
      return { ...withMessages(state, action.items), hasOlder: action.hasMore };
    case 'refreshed':
      return withMessages(state, action.items);
    case 'threadLoaded': {
      const next = withMessages(state, action.items);
      const hasOlder = action.isOlder || !(action.rootId in state.threadHasOlder) ? action.hasMore : state.threadHasOlder[action.rootId]!;
      return { ...next, threadHasOlder: { ...state.threadHasOlder, [action.rootId]: hasOlder } };
    }
    case 'received':
      return withMessages(state, [action.message], 'keepMine');
    case 'updated':
      if (!state.messages.some((message) => message.id === action.message.id)) return state;
      return withMessages(state, [action.message], 'keepMine');
    case 'saved':
      return withMessages(state, [action.message]);
    case 'deleted':
      return {
        ...state,
        messages: patch(state.messages, action.id, (message) => ({ ...message, status: 'deleted', body: '', html: '', reactions: [] })),
      };
    case 'reactionToggled':
      return {
        ...state,
        messages: patch(state.messages, action.id, (message) => ({
          ...message,
          reactions: toggledReactions(message.reactions, action.emoji),
        })),
      };
    case 'reactionsSet':
      return { ...state, messages: patch(state.messages, action.id, (message) => ({ ...message, reactions: action.reactions })) };
    case 'read':
      if ((state.reads[action.memberId] ?? 0) >= action.readSeq) return state;
      return { ...state, reads: { ...state.reads, [action.memberId]: action.readSeq } };
    case 'sendStarted':
      return { ...state, pending: [...state.pending, action.pending] };
    case 'sendFailed':
      return {
        ...state,
        pending: state.pending.map((item) => (item.key === action.key ? { ...item, status: 'failed', error: action.error } : item)),
      };
    case 'sendRetried':
      return {
        ...state,
        pending: state.pending.map((item) => (item.key === action.key ? { ...item, status: 'sending', error: null } : item)),
      };
    case 'sendSucceeded': {
      const sent = state.pending.find((item) => item.key === action.key);
      const next = withMessages(state, [action.message]);
      // Another message with the same words, still on its way, must not take this one for its echo.
      const pending = state.pending
        .filter((item) => item.key !== action.key)
        .map((item) =>
          sent && item.status === 'sending' && item.body.trim() === sent.body.trim()
            ? { ...item, afterSeq: Math.max(item.afterSeq, action.message.seq) }
            : item,
        );
      return { ...next, pending };
    }
    case 'sendDiscarded':
      return { ...state, pending: state.pending.filter((item) => item.key !== action.key) };
  }
}

/** The main channel: messages that are not threaded replies. */
export function mainMessages(messages: readonly ChatMessage[]): ChatMessage[] {
  return messages.filter((message) => message.parentId === null);
}

export function threadReplies(messages: readonly ChatMessage[], rootId: string): ChatMessage[] {
  return messages.filter((message) => message.parentId === rootId);
}

/**
 * The caller's unconfirmed messages to show in one list (main channel: parentId null). One
 * still sending whose echo already came over the socket (the caller's own message after it,
 * with the same words) is left out, so it never shows twice.
 */
export function visiblePending(
  pending: readonly PendingMessage[],
  messages: readonly ChatMessage[],
  myId: string,
  parentId: string | null,
): PendingMessage[] {
  const own = messages.filter((message) => message.authorId === myId && message.parentId === parentId);
  const claimed = new Set<string>();
  return pending.filter((item) => {
    if (item.parentId !== parentId) return false;
    if (item.status !== 'sending') return true;
    const echo = own.find((message) => !claimed.has(message.id) && message.seq > item.afterSeq && message.body.trim() === item.body.trim());
    if (!echo) return true;
    claimed.add(echo.id);
    return false;
  });
}
