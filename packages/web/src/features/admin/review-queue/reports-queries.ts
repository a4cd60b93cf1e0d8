import { moderationRoutes, spamReportRoutes as r, type ReportOutcome, type ReportTargetKind } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useApiPages } from '../shared/use-api-pages';

/** Open reports grouped per target, the longest-waiting first. */
export const useReportGroups = () => useApiPages(r.listReports, { limit: 20 });

/** Handle a target's reports; both halves of the queue are read again (a hidden item leaves the held list too). */
export function useResolveReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: ReportTargetKind; id: string; outcome: ReportOutcome; reason?: string }) =>
      call(r.resolveReports, {
        params: { kind: input.kind, id: input.id },
        body: { outcome: input.outcome, ...(input.reason ? { reason: input.reason } : {}) },
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: routeKey(r.listReports) }),
        queryClient.invalidateQueries({ queryKey: routeKey(moderationRoutes.listReviewQueue) }),
      ]),
  });
}
