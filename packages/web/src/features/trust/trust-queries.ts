import { trustRoutes as r, type LockTrustBody, type TrustStatus } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';

export const useMyTrust = () => useQuery(apiQuery(r.myTrust));

export const useMemberTrust = (id: string) => useQuery(apiQuery(r.memberTrust, { params: { id } }));

/** The levels of the authors on screen (the review queue), in one request. */
export function useTrustLevels(ids: readonly string[]) {
  const unique = [...new Set(ids)].sort();
  return useQuery({ ...apiQuery(r.trustLevels, { query: { ids: unique.join(',') } }), enabled: unique.length > 0 });
}

/** Lock (with a level) or unlock a member's level; the answer is their new status. */
export function useLockTrust(id: string) {
  const queryClient = useQueryClient();
  const settle = (status: TrustStatus) => {
    queryClient.setQueryData(routeKey(r.memberTrust, { params: { id } }), status);
    void queryClient.invalidateQueries({ queryKey: routeKey(r.trustLevels) });
  };
  const lock = useMutation({ mutationFn: (body: LockTrustBody) => call(r.lockTrust, { params: { id }, body }), onSuccess: settle });
  const unlock = useMutation({
    mutationFn: (reason: string) => call(r.unlockTrust, { params: { id }, body: { reason } }),
    onSuccess: settle,
  });
  return { lock, unlock };
}
