import { PRESENCE_MAX_IDS, PresenceEvent, presenceRoutes } from '@hearth/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { apiQuery, routeKey } from '../../api/api-query';
import { realtime } from '../../api/realtime';
import { useSignedInMember } from '../../app/session/session-context';
import { memberRoom } from '../chat/use-chat-activity';
import { mergePresence, notePresence, presenceVersion, subscribePresence, type PresenceState } from './presence-store';

/**
 * Presence of these members: asked of the server (again every 30 s, for people whose comings
 * and goings the member is not told of), then kept current by `presence` events on the
 * member's own room, which the server sends about everyone they share a DM with. Returns a
 * lookup; undefined while unknown.
 */
export function usePresence(memberIds: readonly string[]): (memberId: string) => PresenceState | undefined {
  const me = useSignedInMember();
  const queryClient = useQueryClient();
  const ids = useMemo(() => [...new Set(memberIds)].sort().slice(0, PRESENCE_MAX_IDS).join(','), [memberIds]);
  const answer = useQuery({
    ...apiQuery(presenceRoutes.listPresence, { query: { ids } }),
    enabled: ids !== '',
    staleTime: 15_000,
    refetchInterval: 30_000,
  });
  const version = useSyncExternalStore(subscribePresence, presenceVersion);

  useEffect(() => {
    let wasLive = false;
    let isBehind = false;
    return realtime().listen(memberRoom(me.id), {
      onEvent: (event) => {
        const parsed = PresenceEvent.safeParse(event);
        if (parsed.success) notePresence(parsed.data);
      },
      // Events missed while the socket was down are not replayed: ask again once it is back.
      onStatus: (status) => {
        if (status !== 'live') {
          if (wasLive) isBehind = true;
          return;
        }
        if (isBehind) void queryClient.invalidateQueries({ queryKey: routeKey(presenceRoutes.listPresence) });
        wasLive = true;
        isBehind = false;
      },
    });
  }, [me.id, queryClient]);

  const items = answer.data?.items;
  return useCallback(
    (memberId: string) =>
      mergePresence(
        memberId,
        items?.find((item) => item.memberId === memberId),
      ),
    // `version` moves whenever an event arrives, so the lookup (and whoever renders with it) changes too.
    [items, version],
  );
}
