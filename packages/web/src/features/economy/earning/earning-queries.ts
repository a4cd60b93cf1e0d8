import { earningRoutes, type MemberLevel } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { walletQuery } from '../economy-queries';

export const earningSummaryQuery = apiQuery(earningRoutes.earningSummary);
export const checkinQuery = (month?: string) => apiQuery(earningRoutes.checkinCalendar, { query: month ? { month } : {} });

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Check-in and make-up: each press carries its own Idempotency-Key; the calendar, wallet and summary follow. */
export function useCheckin() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: routeKey(earningRoutes.checkinCalendar) }),
      queryClient.invalidateQueries({ queryKey: earningSummaryQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: walletQuery.queryKey }),
    ]);
  const checkIn = useMutation({
    mutationFn: () => call(earningRoutes.checkIn, { idempotencyKey: newKey() }),
    onSuccess: refresh,
  });
  const makeUp = useMutation({
    mutationFn: (date: string) => call(earningRoutes.makeUpCheckin, { body: { date }, idempotencyKey: newKey() }),
    onSuccess: refresh,
  });
  return { checkIn, makeUp };
}

/** Levels asked for in the same tick go out as one request (a directory page asks for every card at once). */
let waiting = new Map<string, ((level: MemberLevel | null) => void)[]>();
let scheduled = false;
function flush() {
  scheduled = false;
  const batch = waiting;
  waiting = new Map();
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    call(earningRoutes.memberLevels, { query: { ids: chunk.join(',') } }).then(
      ({ items }) => {
        const found = new Map(items.map((l) => [l.memberId, l]));
        for (const id of chunk) for (const resolve of batch.get(id) ?? []) resolve(found.get(id) ?? null);
      },
      () => {
        for (const id of chunk) for (const resolve of batch.get(id) ?? []) resolve(null);
      },
    );
  }
}

export function useMemberLevel(memberId: string) {
  return useQuery({
    queryKey: ['member-level', memberId],
    staleTime: 60_000,
    queryFn: () =>
      new Promise<MemberLevel | null>((resolve) => {
        waiting.set(memberId, [...(waiting.get(memberId) ?? []), resolve]);
        if (!scheduled) {
          scheduled = true;
          setTimeout(flush, 0);
        }
      }),
  });
}
