import { auditRoutes, penaltyRoutes as r, type MemberActionBody } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useApiPages } from '../admin/shared/use-api-pages';

/** The caller's restriction in force and penalties (the banner, the notice page); re-read every minute so a mute's end shows. */
export const useMyStanding = () => useQuery({ ...apiQuery(r.myStanding), refetchInterval: 60_000 });

export const usePenalty = (id: string) => useQuery(apiQuery(r.getPenalty, { params: { id } }));

export const useMemberPenalties = (id: string) => useQuery(apiQuery(r.memberPenalties, { params: { id } }));

export const usePenaltyPolicy = () => useQuery(apiQuery(r.getPenaltyPolicy));

/** Everything a penalty change can show in: standing, notices, member pages, appeals, the queue, the audit log. */
function useRefreshPenalties() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [r.myStanding, r.getPenalty, r.memberPenalties, r.listAppeals, auditRoutes.listAudit].map((route) =>
        queryClient.invalidateQueries({ queryKey: routeKey(route) }),
      ),
    );
}

export function useActOnMember() {
  const refresh = useRefreshPenalties();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberActionBody) => call(r.actOnMember, { body, idempotencyKey: newIdempotencyKey() }),
    onSettled: async () => {
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['GET', '/api/moderation/queue'] });
    },
  });
}

export function useAppeal() {
  const refresh = useRefreshPenalties();
  return useMutation({
    mutationFn: (body: { actionId: string; text: string }) => call(r.appeal, { body, idempotencyKey: newIdempotencyKey() }),
    onSettled: refresh,
  });
}

export const useAppeals = () => useApiPages(r.listAppeals, { limit: 20, status: 'pending' });

export function useDecideAppeal() {
  const refresh = useRefreshPenalties();
  return useMutation({
    mutationFn: (decision: { id: string; outcome: 'uphold' | 'overturn'; reason: string }) =>
      call(r.decideAppeal, { params: { id: decision.id }, body: { outcome: decision.outcome, reason: decision.reason } }),
    onSettled: refresh,
  });
}
