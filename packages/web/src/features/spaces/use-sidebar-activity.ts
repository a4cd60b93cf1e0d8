import { SpacesChangedEvent, spaceRoutes } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { routeKey } from '../../api/api-query';
import { catchUpAfterReconnect, realtime } from '../../api/realtime';
import { memberRoom } from '../chat/use-chat-activity';

/**
 * Listens to the member's own room while signed in: when an admin adds the member to a
 * space (a private one, say) or removes them, a `spaces` event arrives and the sidebar is
 * reloaded at once instead of at its next minute's refresh. After a reconnect it is reloaded
 * too, for whatever changed meanwhile.
 */
export function useSidebarActivity(memberId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const reload = () => void queryClient.invalidateQueries({ queryKey: routeKey(spaceRoutes.listSpaces) });
    return realtime().listen(memberRoom(memberId), {
      onEvent: (event) => {
        if (SpacesChangedEvent.safeParse(event).success) reload();
      },
      onStatus: catchUpAfterReconnect(reload),
    });
  }, [memberId, queryClient]);
}
