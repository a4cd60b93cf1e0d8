import { memberRoutes } from '@hearth/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';

const PAGE_SIZE = 20;

/**
 * The directory, page after page by cursor. While a new search loads, the previous results
 * stay on screen (marked as placeholder) instead of flashing to skeletons.
 */
export function useMemberDirectory(query: string) {
  return useInfiniteQuery({
    queryKey: [...routeKey(memberRoutes.directory), 'pages', { q: query }],
    queryFn: ({ pageParam, signal }) =>
      call(memberRoutes.directory, { query: { q: query || undefined, limit: PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}
