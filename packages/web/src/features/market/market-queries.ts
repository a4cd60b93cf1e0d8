import { economyRoutes, marketRoutes } from '@hearth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';

export const marketPaths = {
  market: '/market',
  mine: '/market/mine',
  asset: (assetId: string) => `/market/assets/${encodeURIComponent(assetId)}`,
} as const;

export const marketOverviewQuery = apiQuery(marketRoutes.marketOverview);
export const bookQuery = (assetId: string) => apiQuery(marketRoutes.listMarketOrders, { query: { assetId, mine: 'false', limit: 50 } });
export const assetFillsQuery = (assetId: string) =>
  apiQuery(marketRoutes.listMarketFills, { query: { assetId, mine: 'false', limit: 20 } });
export const myOrdersQuery = apiQuery(marketRoutes.listMarketOrders, { query: { mine: 'true', limit: 50 } });
export const myFillsQuery = apiQuery(marketRoutes.listMarketFills, { query: { mine: 'true', limit: 20 } });

/** After posting, filling or cancelling: the books, fills and the wallet are stale. */
export async function refreshMarket(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: routeKey(marketRoutes.marketOverview) }),
    queryClient.invalidateQueries({ queryKey: routeKey(marketRoutes.listMarketOrders) }),
    queryClient.invalidateQueries({ queryKey: routeKey(marketRoutes.listMarketFills) }),
    queryClient.invalidateQueries({ queryKey: routeKey(economyRoutes.getWallet) }),
    queryClient.invalidateQueries({ queryKey: routeKey(economyRoutes.walletHistory) }),
  ]);
}
