/**
 * Domain events of the posts module (see platform/events). Payloads carry what a
 * subscriber needs to act without reading this module's tables: ids, the thread's title and
 * a short plain-text excerpt, as they were when the event happened.
 */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

const Id = z.string().min(1);
const Excerpt = z.string().max(280);

/** A thread became visible: created, or a scheduled thread published. */
export const ThreadPublished = domainEvent(
  'posts.thread_published',
  z.object({ postId: Id, spaceId: Id, authorId: Id, title: z.string(), excerpt: Excerpt, mentionIds: z.array(Id), at: z.number() }),
);

/** A reply to a thread (`parentId` null) or to one of its comments. */
export const CommentCreated = domainEvent(
  'posts.comment_created',
  z.object({
    commentId: Id,
    postId: Id,
    spaceId: Id,
    authorId: Id,
    postAuthorId: Id,
    parentId: Id.nullable(),
    parentAuthorId: Id.nullable(),
    title: z.string(),
    excerpt: Excerpt,
    mentionIds: z.array(Id),
    at: z.number(),
  }),
);

/** A member added a reaction to a thread or a comment (taking one back emits nothing). */
export const ReactionAdded = domainEvent(
  'posts.reaction_added',
  z.object({
    subjectKind: z.enum(['post', 'comment']),
    subjectId: Id,
    postId: Id,
    spaceId: Id,
    subjectAuthorId: Id,
    reactorId: Id,
    emoji: z.string(),
    title: z.string(),
    /** The subject's reactions after this one (all emoji). */
    reactionCount: z.number().int().optional(),
    at: z.number(),
  }),
);

/** A member took a reaction back (points earned by it are undone). */
export const ReactionRemoved = domainEvent(
  'posts.reaction_removed',
  z.object({
    subjectKind: z.enum(['post', 'comment']),
    subjectId: Id,
    postId: Id,
    subjectAuthorId: Id,
    reactorId: Id,
    emoji: z.string(),
    reactionCount: z.number().int(),
    at: z.number(),
  }),
);

/** A thread or comment was deleted, by its author or by staff (`byStaff`). */
export const ContentRemoved = domainEvent(
  'posts.content_removed',
  z.object({
    subjectKind: z.enum(['post', 'comment']),
    subjectId: Id,
    postId: Id,
    authorId: Id,
    byStaff: z.boolean(),
    at: z.number(),
  }),
);

/** A moderator acted on someone else's thread or comment. */
export const ContentModerated = domainEvent(
  'posts.content_moderated',
  z.object({
    action: z.enum(['deleted', 'locked', 'moved']),
    subjectKind: z.enum(['post', 'comment']),
    subjectId: Id,
    postId: Id,
    spaceId: Id,
    authorId: Id,
    moderatorId: Id,
    title: z.string(),
    at: z.number(),
  }),
);

/**
 * The asker (or staff) accepted a reply as a question's answer, or cleared it (`commentId`
 * and `answererId` null). `at` orders replays: a later state wins.
 */
export const AnswerAccepted = domainEvent(
  'posts.answer_accepted',
  z.object({ postId: Id, spaceId: Id, commentId: Id.nullable(), answererId: Id.nullable(), at: z.number() }),
);

/** Plain text cut to a notification-sized excerpt. */
export function excerptOf(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
