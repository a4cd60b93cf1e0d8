import { z } from 'zod';
import { Id, IsoTime, Page } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

export const SearchKind = z.enum(['post', 'comment', 'message', 'member', 'space']);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  kind: SearchKind.optional(),
  spaceId: Id.optional(),
  authorId: Id.optional(),
  /** Only what was written at or after / before this time. */
  from: IsoTime.optional(),
  to: IsoTime.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** Where a match lies in `snippet` (UTF-16 offsets), for highlighting without trusting HTML. */
export const MatchRange = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type MatchRange = z.infer<typeof MatchRange>;

export const SearchHit = z.object({
  kind: SearchKind,
  id: Id,
  /** A thread's title, a member's name, a space's name; for comments and messages, where they are. */
  title: z.string().optional(),
  /** Plain text around the first match. */
  snippet: z.string(),
  highlights: z.array(MatchRange),
  /** Where the hit opens: the thread (for comments too), the conversation, the profile, the space. */
  postId: Id.optional(),
  spaceId: Id.optional(),
  conversationId: Id.optional(),
  author: AuthorRef.optional(),
  createdAt: IsoTime.optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SuggestQuery = z.object({ q: z.string().trim().min(1).max(100) });
export const Suggestion = z.object({ kind: SearchKind, id: Id, title: z.string(), postId: Id.optional(), spaceId: Id.optional() });
export type Suggestion = z.infer<typeof Suggestion>;

/**
 * How many results a search has, counted up to a cap: `isCapped` means "more than `count`"
 * (shown as "More than 500 results"). Threads, replies and chat are counted among the newest
 * matches the caller may read, so counting costs no more than the first page; members and
 * spaces shown on the first page are added.
 */
export const SearchTotal = z.object({ count: z.number().int().min(0), isCapped: z.boolean() });
export type SearchTotal = z.infer<typeof SearchTotal>;

/** A page of results; the first page also says how many there are. */
export const SearchPage = Page(SearchHit).extend({ total: SearchTotal.optional() });
export type SearchPage = z.infer<typeof SearchPage>;
