import { economyRoutes, type TipSummary, type TipTarget } from '@hearth/contracts';
import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';

export const walletQuery = apiQuery(economyRoutes.getWallet);

/** The caller's movements, newest first, a page at a time (the server's cursor never skips one). */
export function useWalletHistory() {
  return useInfiniteQuery({
    queryKey: routeKey(economyRoutes.walletHistory),
    queryFn: ({ pageParam, signal }) => call(economyRoutes.walletHistory, { query: { limit: 20, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

const targetKey = (target: TipTarget) => `${target.kind}:${target.id}`;
const emptySummary = (target: TipTarget): TipSummary => ({ target, totals: [], topSupporters: [], tipCount: 0 });

/**
 * Summaries asked for in the same tick go out as one request (a thread page asks for the
 * thread and every comment at once), at most 100 targets per request.
 */
let waiting = new Map<string, { target: TipTarget; resolve: (s: TipSummary) => void; reject: (e: unknown) => void }[]>();
let scheduled = false;
function flush() {
  scheduled = false;
  const batch = waiting;
  waiting = new Map();
  const keys = [...batch.keys()];
  for (let i = 0; i < keys.length; i += 100) {
    const chunk = keys.slice(i, i + 100);
    call(economyRoutes.tipSummaries, { query: { targets: chunk.join(',') } }).then(
      ({ items }) => {
        const found = new Map(items.map((item) => [targetKey(item.target), item]));
        for (const key of chunk) for (const w of batch.get(key) ?? []) w.resolve(found.get(key) ?? emptySummary(w.target));
      },
      (error: unknown) => {
        for (const key of chunk) for (const w of batch.get(key) ?? []) w.reject(error);
      },
    );
  }
}
function loadSummary(target: TipTarget): Promise<TipSummary> {
  return new Promise((resolve, reject) => {
    const key = targetKey(target);
    waiting.set(key, [...(waiting.get(key) ?? []), { target, resolve, reject }]);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  });
}

export const tipSummaryKey = (target: TipTarget) => ['tip-summary', target.kind, target.id] as const;

export function useTipSummary(target: TipTarget) {
  return useQuery({ queryKey: tipSummaryKey(target), queryFn: () => loadSummary(target), staleTime: 30_000 });
}

/** After a tip or a grant: balances, history and the target's totals are stale. */
export async function refreshAfterMovement(queryClient: QueryClient, target?: TipTarget): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: walletQuery.queryKey }),
    queryClient.invalidateQueries({ queryKey: routeKey(economyRoutes.walletHistory) }),
    ...(target ? [queryClient.invalidateQueries({ queryKey: tipSummaryKey(target) })] : []),
  ]);
}
