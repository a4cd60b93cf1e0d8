import { badgeRoutes } from '@hearth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../../api/api-query';

export const badgeCatalogueQuery = apiQuery(badgeRoutes.listBadges);
export const adminBadgesQuery = apiQuery(badgeRoutes.adminBadges);
export const memberBadgesQuery = (id: string) => apiQuery(badgeRoutes.memberBadges, { params: { id } });
export const badgeHoldersQuery = (id: string) => apiQuery(badgeRoutes.badgeHolders, { params: { id }, query: { limit: 50 } });

export const badgePath = (id: string) => `/badges/${encodeURIComponent(id)}`;
export const badgesPath = '/badges';

/** After a catalogue change, an award or a revocation: every badge list is stale. */
export async function refreshBadges(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    [badgeRoutes.listBadges, badgeRoutes.adminBadges, badgeRoutes.memberBadges, badgeRoutes.badgeHolders].map((route) =>
      queryClient.invalidateQueries({ queryKey: routeKey(route) }),
    ),
  );
}
