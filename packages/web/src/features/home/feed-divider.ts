import type { FeedItem } from '@hearth/contracts';

/**
 * Where the "new since your last visit" line goes: before the first item whose time (last
 * activity; creation for `unanswered`) is not after the previous visit. -1 when there is no
 * line: a first visit, nothing new, or everything new (the line would sit at the very end).
 */
export function newSinceIndex(items: readonly FeedItem[], lastVisitAt: string | null, sort: 'latest' | 'top' | 'unanswered'): number {
  if (!lastVisitAt || sort === 'top') return -1;
  const visit = Date.parse(lastVisitAt);
  const at = (item: FeedItem) => Date.parse(sort === 'unanswered' ? item.createdAt : item.lastActivityAt);
  const index = items.findIndex((item) => at(item) <= visit);
  return index <= 0 ? -1 : index;
}
