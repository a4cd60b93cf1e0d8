import { economyRoutes, perkRoutes, type PerkListQuery, type PerkOrderListQuery } from '@hearth/contracts';
import { useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';

export const sellerInfoQuery = apiQuery(perkRoutes.perkSellerInfo);
export const perkQuery = (id: string) => apiQuery(perkRoutes.getPerk, { params: { id } });

type PerkFilters = Pick<PerkListQuery, 'kind' | 'assetId' | 'seller'>;

/** Perks on offer (or the caller's shop with `seller: 'me'`), a page at a time. */
export function usePerks(filters: Partial<PerkFilters>) {
  return useInfiniteQuery({
    queryKey: [...routeKey(perkRoutes.listPerks), filters],
    queryFn: ({ pageParam, signal }) =>
      call(perkRoutes.listPerks, { query: { limit: 24, ...filters, ...(pageParam ? { cursor: pageParam } : {}) }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The caller's redemptions or the orders they fulfil, newest first. */
export function usePerkOrders(role: PerkOrderListQuery['role'], status?: PerkOrderListQuery['status']) {
  return useInfiniteQuery({
    queryKey: [...routeKey(perkRoutes.listPerkOrders), role, status ?? 'all'],
    queryFn: ({ pageParam, signal }) =>
      call(perkRoutes.listPerkOrders, {
        query: { limit: 20, role, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** After a redemption or an order's change: perks, orders and the wallet are stale. */
export async function refreshPerks(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: routeKey(perkRoutes.listPerks) }),
    queryClient.invalidateQueries({ queryKey: routeKey(perkRoutes.getPerk) }),
    queryClient.invalidateQueries({ queryKey: routeKey(perkRoutes.listPerkOrders) }),
    queryClient.invalidateQueries({ queryKey: routeKey(economyRoutes.getWallet) }),
    queryClient.invalidateQueries({ queryKey: routeKey(economyRoutes.walletHistory) }),
  ]);
}
