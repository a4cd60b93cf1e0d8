import type { RouteContract, RouteResponse } from '@hearth/contracts';
import { queryOptions } from '@tanstack/react-query';
import { call, type CallArgs, type CallOptions } from './client';

/** The query key of a route: `[method, path, options]`; `[method, path]` is its prefix for invalidation. */
export function routeKey<R extends RouteContract>(route: R, options?: Omit<CallOptions<R>, 'signal'>) {
  return options ? ([route.method, route.path, options] as const) : ([route.method, route.path] as const);
}

/**
 * TanStack Query options for a GET route: `useQuery(apiQuery(memberRoutes.directory, {query: {limit: 8}}))`.
 * Spread extra options after it (`{...apiQuery(...), staleTime: 0}`).
 */
export function apiQuery<R extends RouteContract>(route: R, ...[options]: CallArgs<R>) {
  return queryOptions<RouteResponse<R>>({
    queryKey: routeKey(route, options as Omit<CallOptions<R>, 'signal'> | undefined),
    queryFn: ({ signal }) => call(route, ...([{ ...(options ?? {}), signal }] as CallArgs<R>)),
  });
}
