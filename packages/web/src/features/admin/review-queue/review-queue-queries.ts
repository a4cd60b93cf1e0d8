import { moderationRoutes as r, type BulkDecideBody } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useApiPages } from '../shared/use-api-pages';

/** Held threads and replies, oldest first. */
export const useReviewQueue = () => useApiPages(r.listReviewQueue, { limit: 20 });

/** Approve or remove one item; the queue is read again either way (another moderator may have been first). */
export function useDecideHeld() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: routeKey(r.listReviewQueue) });
  return useMutation({
    mutationFn: (decision: { id: string; action: 'approve' } | { id: string; action: 'remove'; reason: string }) =>
      decision.action === 'approve'
        ? call(r.approveHeld, { params: { id: decision.id }, body: {} })
        : call(r.removeHeld, { params: { id: decision.id }, body: { reason: decision.reason } }),
    onSettled: refresh,
  });
}

/** Approve or remove several items at once; each is decided on its own, and the queue is read again. */
export function useBulkDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkDecideBody) => call(r.bulkDecideHeld, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routeKey(r.listReviewQueue) }),
  });
}
