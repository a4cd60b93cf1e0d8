import { oversightRoutes } from '@hearth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../../api/api-query';

export const overviewQuery = apiQuery(oversightRoutes.economyOverview);
export const flowsQuery = (assetId: string, days: 30 | 90) => apiQuery(oversightRoutes.economyFlows, { query: { assetId, days } });
export const flagsQuery = (status: 'open' | 'dismissed' | 'actioned') =>
  apiQuery(oversightRoutes.listEconomyFlags, { query: { status, limit: 50 } });
export const transparencySettingsQuery = apiQuery(oversightRoutes.getTransparencySettings);

/** After a freeze, a reversal or a decision: figures, flags and holders are stale. */
export async function refreshConsole(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: routeKey(oversightRoutes.economyOverview) }),
    queryClient.invalidateQueries({ queryKey: routeKey(oversightRoutes.economyFlows) }),
    queryClient.invalidateQueries({ queryKey: routeKey(oversightRoutes.listEconomyFlags) }),
  ]);
}
