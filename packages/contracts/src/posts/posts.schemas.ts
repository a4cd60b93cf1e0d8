import { z } from 'zod';
import { Id, IsoTime, PageQuery } from '../common/index.js';
import { Poll, PollInput } from './polls.schemas.js';

export * from './polls.schemas.js';

/** The author of a post or comment, as readers see them. */
export const AuthorRef = z.object({ id: Id, displayName: z.string(), avatarUrl: z.string().nullable() });
export type AuthorRef = z.infer<typeof AuthorRef>;

/** One emoji; reactions are counted per emoji. */
export const Emoji = z
  .string()
  .min(1)
  .max(32)
  .refine((value) => /^\p{Extended_Pictographic}/u.test(value) || /^[\u{1F1E6}-\u{1F1FF}]{2}$/u.test(value), 'emoji');

export const ReactionCount = z.object({ emoji: z.string(), count: z.number().int().min(1), mine: z.boolean() });
export type ReactionCount = z.infer<typeof ReactionCount>;

/** `scheduled`: written for later; only its author and staff see it until it publishes. */
export const PostStatus = z.enum(['published', 'pending', 'deleted', 'scheduled']);
export type PostStatus = z.infer<typeof PostStatus>;

/** Markdown source of a post or comment; the server stores it and a sanitised HTML rendering. */
export const MarkdownBody = z
  .string()
  .max(20_000)
  // eslint-disable-next-line no-control-regex
  .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), 'control_characters')
  .pipe(z.string().trim().min(1));

export const PostTitle = z
  .string()
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((text) => !/[\u0000-\u001F\u007F]/.test(text), 'control_characters')
  .pipe(z.string().trim().min(1));

export const Post = z.object({
  id: Id,
  spaceId: Id,
  title: z.string(),
  /** Markdown source (empty when deleted). */
  body: z.string(),
  /** Sanitised HTML rendering of `body`. */
  html: z.string(),
  author: AuthorRef,
  status: PostStatus,
  pinned: z.boolean(),
  locked: z.boolean(),
  commentCount: z.number().int().min(0),
  reactions: z.array(ReactionCount),
  acceptedCommentId: Id.nullable(),
  editedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  lastActivityAt: IsoTime,
  /** When a scheduled thread goes (or went) out; null for threads posted at once. */
  publishAt: IsoTime.nullable(),
  poll: Poll.nullable(),
  /** Whether the caller bookmarked it. */
  bookmarked: z.boolean(),
  /** What the caller may do with it. */
  canEdit: z.boolean(),
  canModerate: z.boolean(),
  canComment: z.boolean(),
});
export type Post = z.infer<typeof Post>;

/** A thread in a list: no body, an excerpt of its text. */
export const PostSummary = z.object({
  id: Id,
  spaceId: Id,
  title: z.string(),
  excerpt: z.string(),
  author: AuthorRef,
  status: PostStatus,
  pinned: z.boolean(),
  locked: z.boolean(),
  commentCount: z.number().int().min(0),
  reactionCount: z.number().int().min(0),
  answered: z.boolean(),
  createdAt: IsoTime,
  lastActivityAt: IsoTime,
});
export type PostSummary = z.infer<typeof PostSummary>;

export const Comment = z.object({
  id: Id,
  postId: Id,
  /** The comment this one replies to (nested replies); null for a reply to the post. */
  parentId: Id.nullable(),
  body: z.string(),
  html: z.string(),
  author: AuthorRef,
  status: PostStatus,
  reactions: z.array(ReactionCount),
  editedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  /** Whether the caller bookmarked it. */
  bookmarked: z.boolean(),
  canEdit: z.boolean(),
});
export type Comment = z.infer<typeof Comment>;

export const Revision = z.object({
  id: Id,
  title: z.string().nullable(),
  body: z.string(),
  editor: AuthorRef,
  createdAt: IsoTime,
});
export type Revision = z.infer<typeof Revision>;

export const CreatePostBody = z.strictObject({
  title: PostTitle,
  body: MarkdownBody,
  poll: PollInput.optional(),
  /** Staff only: publish later, at this future time (the thread stays hidden until then). */
  publishAt: IsoTime.optional(),
});
export type CreatePostBody = z.input<typeof CreatePostBody>;
export const UpdatePostBody = z.strictObject({
  title: PostTitle.optional(),
  body: MarkdownBody.optional(),
  /** The author replaces (or with null removes) the poll, until someone has voted. */
  poll: PollInput.nullable().optional(),
  /** Reschedules a thread that has not been published yet (staff). */
  publishAt: IsoTime.optional(),
});
export type UpdatePostBody = z.input<typeof UpdatePostBody>;

export const CreateCommentBody = z.strictObject({ body: MarkdownBody, parentId: Id.optional() });
export type CreateCommentBody = z.input<typeof CreateCommentBody>;
export const UpdateCommentBody = z.strictObject({ body: MarkdownBody });

export const ReactionBody = z.strictObject({ emoji: Emoji });

export const PostListQuery = PageQuery.extend({
  sort: z.enum(['latest', 'top', 'unanswered']).default('latest'),
  period: z.enum(['day', 'week', 'month', 'all']).default('all'),
});
export type PostListQuery = z.input<typeof PostListQuery>;

export const PinBody = z.strictObject({ pinned: z.boolean() });
export const LockBody = z.strictObject({ locked: z.boolean() });
export const MoveBody = z.strictObject({ spaceId: Id });
export const AcceptBody = z.strictObject({ commentId: Id.nullable() });
