import { ChatMessage, HIDDEN_AUTHOR_ID, type AuthorRef, type Conversation, type Locale, type ReactionCount } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { ConversationMemberRow, ConversationRow, MessageRow } from './chat.repository.js';

export type Authors = Map<string, AuthorRef>;

const EXCERPT_CHARS = 120;

/** A member we cannot resolve (gone) still shows as someone. */
export const authorOf = (authors: Authors, id: string): AuthorRef => authors.get(id) ?? { id, displayName: '—', avatarUrl: null };

/** A message for readers; a deleted one keeps its place (seq, author, time) but loses its words. */
export function toChatMessage(row: MessageRow, authors: Authors, reactions: ReactionCount[]): ChatMessage {
  const isDeleted = row.status === 'deleted';
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    authorId: row.authorId,
    author: authorOf(authors, row.authorId),
    body: isDeleted ? '' : row.body,
    html: isDeleted ? '' : row.html,
    parentId: row.parentId,
    replyCount: row.replyCount,
    reactions: isDeleted ? [] : reactions,
    status: isDeleted ? 'deleted' : 'published',
    editedAt: toIsoOrNull(row.editedAt),
    createdAt: toIso(row.createdAt),
  };
}

const HIDDEN_AUTHOR: AuthorRef = { id: HIDDEN_AUTHOR_ID, displayName: '', avatarUrl: null };

/**
 * A message as a member blocked either way with its author gets it: it keeps its place (id,
 * seq, parent, replies, status, time) and loses its words, reactions, edit time and author —
 * the same for both sides, so nobody learns who blocked whom.
 */
export function withholdMessage(message: ChatMessage): ChatMessage {
  return {
    id: message.id,
    conversationId: message.conversationId,
    seq: message.seq,
    authorId: HIDDEN_AUTHOR_ID,
    author: HIDDEN_AUTHOR,
    body: '',
    html: '',
    parentId: message.parentId,
    replyCount: message.replyCount,
    reactions: [],
    status: message.status,
    editedAt: null,
    createdAt: message.createdAt,
    isHidden: true,
  };
}

/** A room event's `message` withheld (realtime `withhold`); null when it carries no chat message. */
export function withholdEventMessage<E extends { type: string; message?: unknown }>(event: E): E | null {
  const message = ChatMessage.safeParse(event.message);
  return message.success ? { ...event, message: withholdMessage(message.data) } : null;
}

/** Names of the other members of a DM, in the reader's language's list style. */
function dmTitle(members: AuthorRef[], viewerId: string, locale: Locale): string {
  const others = members.filter((m) => m.id !== viewerId);
  const names = (others.length > 0 ? others : members).map((m) => m.displayName);
  return names.join(locale === 'en' ? ', ' : '、');
}

export interface ConversationViewInput {
  row: ConversationRow;
  viewerId: string;
  locale: Locale;
  readSeq: number;
  /** DM members with their read state; empty for space channels. */
  members: ConversationMemberRow[];
  authors: Authors;
  last: MessageRow | undefined;
  spaceName: string | null;
  canPost: boolean;
  /** Authors the viewer must not see (blocked either way): the last message is withheld. */
  hidden: ReadonlySet<string>;
  /** Of the messages after `readSeq`, how many are by those authors (not counted as unread). */
  hiddenUnread: number;
}

export function toConversation(input: ConversationViewInput): Conversation {
  const { row, viewerId, authors, last } = input;
  const members = input.members.map((m) => authorOf(authors, m.memberId));
  const isHidden = last !== undefined && input.hidden.has(last.authorId);
  const excerpt = last && !isHidden ? (last.status === 'deleted' ? '' : last.text) : '';
  return {
    id: row.id,
    kind: row.kind === 'space' ? 'space' : 'dm',
    spaceId: row.spaceId,
    title: row.kind === 'space' ? (input.spaceName ?? '') : dmTitle(members, viewerId, input.locale),
    members,
    lastSeq: row.lastSeq,
    readSeq: Math.min(input.readSeq, row.lastSeq),
    unread: Math.max(0, row.lastSeq - input.readSeq - input.hiddenUnread),
    reads: input.members.filter((m) => m.memberId !== viewerId).map((m) => ({ memberId: m.memberId, readSeq: m.readSeq })),
    lastMessage: last
      ? {
          authorId: isHidden ? HIDDEN_AUTHOR_ID : last.authorId,
          excerpt: excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS)}…` : excerpt,
          createdAt: toIso(last.createdAt),
          ...(isHidden ? { isHidden: true as const } : {}),
        }
      : null,
    canPost: input.canPost,
    createdAt: toIso(row.createdAt),
  };
}
