import { z } from 'zod';
import { IsoTime } from '../common/index.js';
import { PostListQuery, PostSummary } from '../posts/posts.schemas.js';

/** `following`: joined spaces and followed members; `all`: every space the member may read. */
export const FeedScope = z.enum(['following', 'all']);
export type FeedScope = z.infer<typeof FeedScope>;

/** The home feed's list; without `scope`, `following` once the member joined or follows anything. */
export const FeedQuery = PostListQuery.extend({ scope: FeedScope.optional() });
export type FeedQuery = z.input<typeof FeedQuery>;

export const FeedItem = PostSummary.extend({ spaceName: z.string(), spaceIcon: z.string().nullable() });
export type FeedItem = z.infer<typeof FeedItem>;

export const FeedPage = z.object({
  items: z.array(FeedItem),
  nextCursor: z.string().nullable(),
  scope: FeedScope,
  /**
   * When the member's previous visit began (null on the first): the "new since your last
   * visit" line goes above the first item whose activity (or, for `unanswered`, creation) is older.
   */
  lastVisitAt: IsoTime.nullable(),
});
export type FeedPage = z.infer<typeof FeedPage>;
