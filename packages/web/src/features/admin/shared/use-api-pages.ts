import type { RouteContract, RouteParams, RouteQuery, RouteResponse } from '@hearth/contracts';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call, type CallArgs } from '../../../api/client';

/** A GET route answering `{items, nextCursor}` (every list of the API). */
type PagedRoute = RouteContract & { method: 'GET' };
export type PageOf<R extends PagedRoute> =
  RouteResponse<R> extends { items: infer Items extends unknown[] } ? { items: Items; nextCursor: string | null } : never;

/** The cache key of a paged list; `routeKey(route)` is the prefix that invalidates every page of it. */
export function pagesKey<R extends PagedRoute>(route: R, query: Partial<RouteQuery<R>>, params?: RouteParams<R>): QueryKey {
  return [...routeKey(route), 'pages', query, ...(params ? [params] : [])];
}

/**
 * A cursor-paged list: the first page now, the next ones on `fetchNextPage()`. Pages stay
 * cached, so coming back to the list shows what was loaded before.
 */
export function useApiPages<R extends PagedRoute>(route: R, query: Partial<RouteQuery<R>>, params?: RouteParams<R>) {
  return useInfiniteQuery({
    queryKey: pagesKey(route, query, params),
    queryFn: ({ pageParam, signal }) => {
      const options = { ...(params ? { params } : {}), query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) }, signal };
      return call(route, ...([options] as unknown as CallArgs<R>)) as Promise<PageOf<R>>;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: PageOf<R>) => last.nextCursor,
  });
}

/** Every item of the loaded pages, in order. */
export function itemsOf<T>(data: { pages: readonly { items: readonly T[] }[] } | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
