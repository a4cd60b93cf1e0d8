import type { PostSummary } from '@hearth/contracts';
import type { z } from 'zod';
import type { PostListQuery } from '@hearth/contracts';
import { DAY_MS } from '../../platform/clock.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { toPostSummary } from './posts.mappers.js';
import { latestPosts, topPosts, unansweredPosts, type PostSummaryRow, type ThreadScope } from './posts.repository.js';
import type { PostsDeps } from './thread-access.js';

const PERIOD_MS = { day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS } as const;

/**
 * One page of threads in a scope, by the list's sort: `latest` (last activity), `top`
 * (reactions + 2 × replies since the period began) or `unanswered` (no reply yet, newest).
 * The same for a space's list and the home feed, so both rank alike.
 */
export async function threadPage(
  deps: PostsDeps,
  scope: ThreadScope,
  query: z.output<typeof PostListQuery>,
  lead: PostSummaryRow[] = [],
): Promise<{ items: PostSummary[]; nextCursor: string | null; rows: PostSummaryRow[] }> {
  const db = deps.platform.db;
  const cursor = decodeCursor(query.cursor);
  const rows =
    query.sort === 'top'
      ? await topPosts(db, scope, query.period === 'all' ? 0 : deps.platform.clock.now() - PERIOD_MS[query.period], cursor, query.limit)
      : query.sort === 'unanswered'
        ? await unansweredPosts(db, scope, cursor, query.limit)
        : await latestPosts(db, scope, cursor, query.limit);
  const authors = await deps.members.refs([...lead, ...rows].map((r) => r.authorId));
  const page = toPage(
    rows,
    query.limit,
    (r) =>
      query.sort === 'top'
        ? { at: r.reactionCount + 2 * r.commentCount, id: r.id }
        : { at: query.sort === 'unanswered' ? r.createdAt : r.lastActivityAt, id: r.id },
    (r) => toPostSummary(r, authors),
  );
  return {
    items: [...lead.map((r) => toPostSummary(r, authors)), ...page.items],
    nextCursor: page.nextCursor,
    rows: rows.slice(0, query.limit),
  };
}
