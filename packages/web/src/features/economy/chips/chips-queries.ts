import { chipRoutes } from '@hearth/contracts';
import { useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { refreshAfterMovement } from '../economy-queries';

export const chipEligibilityQuery = apiQuery(chipRoutes.chipEligibility);
export const chipSettingsQuery = apiQuery(chipRoutes.getChipSettings);
export const chipPageQuery = (code: string) => apiQuery(chipRoutes.getAsset, { params: { code } });
export const chipRequestsQuery = (status: 'pending' | 'approved' | 'declined') =>
  apiQuery(chipRoutes.listChipRequests, { query: { status, limit: 50 } });

/** Every asset, a page at a time, for the browse list. */
export function useAssetList() {
  return useInfiniteQuery({
    queryKey: routeKey(chipRoutes.listAssets),
    queryFn: ({ pageParam, signal }) => call(chipRoutes.listAssets, { query: { limit: 30, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** After a mint, gift, airdrop, freeze or a new chip: pages, lists and wallets are stale. */
export async function refreshChips(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: routeKey(chipRoutes.getAsset) }),
    queryClient.invalidateQueries({ queryKey: routeKey(chipRoutes.listAssets) }),
    queryClient.invalidateQueries({ queryKey: routeKey(chipRoutes.chipEligibility) }),
    queryClient.invalidateQueries({ queryKey: routeKey(chipRoutes.listChipRequests) }),
    refreshAfterMovement(queryClient),
  ]);
}

export const chipPath = (code: string) => `/chips/${encodeURIComponent(code)}`;
