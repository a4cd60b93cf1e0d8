import type { AuthorRef, Comment, Poll, Post, PostSummary, ReactionCount } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { CommentRow, PostRow, PostSummaryRow } from './posts.repository.js';

export type Authors = Map<string, AuthorRef>;

/** A member who left (or an id we cannot resolve) still shows as an author. */
export const authorOf = (authors: Authors, id: string): AuthorRef => authors.get(id) ?? { id, displayName: '—', avatarUrl: null };

const EXCERPT_CHARS = 200;

/** The first words of a plain-text rendering, for lists. */
export const excerptOfText = (text: string): string => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text);

export function toPostSummary(row: PostSummaryRow, authors: Authors): PostSummary {
  return {
    id: row.id,
    spaceId: row.spaceId,
    title: row.title,
    excerpt: excerptOfText(row.text),
    author: authorOf(authors, row.authorId),
    status: row.status as PostSummary['status'],
    pinned: row.pinnedAt !== null,
    locked: row.lockedAt !== null,
    commentCount: row.commentCount,
    reactionCount: row.reactionCount,
    answered: row.acceptedCommentId !== null,
    createdAt: toIso(row.createdAt),
    lastActivityAt: toIso(row.lastActivityAt),
  };
}

/** A thread for one reader; deleted ones keep their shape but lose their words for non-staff. */
export function toPost(
  row: PostRow,
  authors: Authors,
  reactions: ReactionCount[],
  abilities: { canEdit: boolean; canModerate: boolean; canComment: boolean },
  extras: { poll: Poll | null; bookmarked: boolean } = { poll: null, bookmarked: false },
): Post {
  const hidden = row.status === 'deleted' && !abilities.canModerate;
  return {
    id: row.id,
    spaceId: row.spaceId,
    title: hidden ? '' : row.title,
    body: hidden ? '' : row.body,
    html: hidden ? '' : row.html,
    author: authorOf(authors, row.authorId),
    status: row.status as Post['status'],
    pinned: row.pinnedAt !== null,
    locked: row.lockedAt !== null,
    commentCount: row.commentCount,
    reactions,
    acceptedCommentId: row.acceptedCommentId,
    editedAt: toIsoOrNull(row.editedAt),
    createdAt: toIso(row.createdAt),
    lastActivityAt: toIso(row.lastActivityAt),
    publishAt: toIsoOrNull(row.publishAt),
    poll: hidden ? null : extras.poll,
    bookmarked: extras.bookmarked,
    ...abilities,
  };
}

/** Deleted comments stay in the tree (replies hang off them) without their words. */
export function toComment(row: CommentRow, authors: Authors, reactions: ReactionCount[], canEdit: boolean, bookmarked = false): Comment {
  const deleted = row.status === 'deleted';
  return {
    id: row.id,
    postId: row.postId,
    parentId: row.parentId,
    body: deleted ? '' : row.body,
    html: deleted ? '' : row.html,
    author: authorOf(authors, row.authorId),
    status: row.status as Comment['status'],
    reactions: deleted ? [] : reactions,
    editedAt: toIsoOrNull(row.editedAt),
    createdAt: toIso(row.createdAt),
    bookmarked,
    canEdit: canEdit && !deleted,
  };
}
