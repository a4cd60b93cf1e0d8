import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { AuthorRef, PostSummary } from './posts.schemas.js';

export const BookmarkKind = z.enum(['post', 'comment']);
export type BookmarkKind = z.infer<typeof BookmarkKind>;

/** A bookmarked thread, or a comment with the thread it belongs to. */
export const Bookmark = z.object({
  id: Id,
  kind: BookmarkKind,
  bookmarkedAt: IsoTime,
  post: PostSummary,
  comment: z.object({ id: Id, excerpt: z.string(), author: AuthorRef, createdAt: IsoTime }).nullable(),
});
export type Bookmark = z.infer<typeof Bookmark>;

export const BookmarkState = z.object({ bookmarked: z.boolean() });

const CALENDAR_MAX_DAYS = 100;

/** A window of the content calendar: `from` ≤ publishAt < `to`, at most 100 days. */
export const ScheduledPostsQuery = z.object({ from: IsoTime, to: IsoTime }).superRefine((query, ctx) => {
  const span = Date.parse(query.to) - Date.parse(query.from);
  if (span <= 0) ctx.addIssue({ code: 'custom', message: 'before_start', path: ['to'] });
  else if (span > CALENDAR_MAX_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', message: 'range_too_long', path: ['to'] });
});
export type ScheduledPostsQuery = z.input<typeof ScheduledPostsQuery>;

/** A thread on the content calendar: still scheduled, or already gone out at its time. */
export const ScheduledPost = PostSummary.extend({ publishAt: IsoTime });
export type ScheduledPost = z.infer<typeof ScheduledPost>;
