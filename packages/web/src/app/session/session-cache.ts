import { systemRoutes, type Me } from '@hearth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { routeKey } from '../../api/api-query';
import { meQuery } from '../../api/session';

const keptPaths = new Set<string>([systemRoutes.setupStatus.path, systemRoutes.community.path]);

/**
 * Sets who is signed in and drops every other cached answer (it belonged to the previous
 * member), keeping only what is the same for everyone: setup status and the community.
 */
export function forgetMemberData(queryClient: QueryClient, member: Me | null): void {
  queryClient.removeQueries({
    predicate: (query) => {
      const [, path] = query.queryKey as readonly unknown[];
      return typeof path !== 'string' || (!keptPaths.has(path) && path !== meQuery.queryKey[1]);
    },
  });
  queryClient.setQueryData(meQuery.queryKey, member);
}

/** After setup: the community exists now. */
export function markSetUp(queryClient: QueryClient): void {
  queryClient.setQueryData(routeKey(systemRoutes.setupStatus), { needsSetup: false });
  void queryClient.invalidateQueries({ queryKey: routeKey(systemRoutes.community) });
}
