import type { AuthorRef, ChatMessage, Conversation, Locale, ReactionCount } from '@hearth/contracts';
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
}

export function toConversation(input: ConversationViewInput): Conversation {
  const { row, viewerId, authors, last } = input;
  const members = input.members.map((m) => authorOf(authors, m.memberId));
  const excerpt = last ? (last.status === 'deleted' ? '' : last.text) : '';
  return {
    id: row.id,
    kind: row.kind === 'space' ? 'space' : 'dm',
    spaceId: row.spaceId,
    title: row.kind === 'space' ? (input.spaceName ?? '') : dmTitle(members, viewerId, input.locale),
    members,
    lastSeq: row.lastSeq,
    readSeq: Math.min(input.readSeq, row.lastSeq),
    unread: Math.max(0, row.lastSeq - input.readSeq),
    reads: input.members.filter((m) => m.memberId !== viewerId).map((m) => ({ memberId: m.memberId, readSeq: m.readSeq })),
    lastMessage: last
      ? {
          authorId: last.authorId,
          excerpt: excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS)}…` : excerpt,
          createdAt: toIso(last.createdAt),
        }
      : null,
    canPost: input.canPost,
    createdAt: toIso(row.createdAt),
  };
}
