import { memberRoutes, systemRoutes, type Community, type Me } from '@hearth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { call } from './client';
import { routeKey } from './api-query';

/** GET /api/me: the signed-in member, or null when nobody is signed in (401). */
export const meQuery = queryOptions<Me | null>({
  queryKey: routeKey(memberRoutes.me),
  queryFn: async ({ signal }) => {
    try {
      return (await call(memberRoutes.me, { signal })).member;
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

/** GET /api/setup: whether the first-run wizard is still needed. */
export const setupStatusQuery = queryOptions({
  queryKey: routeKey(systemRoutes.setupStatus),
  queryFn: ({ signal }) => call(systemRoutes.setupStatus, { signal }),
  staleTime: Infinity,
});

/** GET /api/community: name, policy, accent colour; fails with 409 not_set_up before setup. */
export const communityQuery = queryOptions<Community>({
  queryKey: routeKey(systemRoutes.community),
  queryFn: ({ signal }) => call(systemRoutes.community, { signal }),
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

export function useCommunity(options: { enabled?: boolean } = {}) {
  return useQuery({ ...communityQuery, enabled: options.enabled ?? true });
}

export function useSetupStatus() {
  return useQuery(setupStatusQuery);
}
