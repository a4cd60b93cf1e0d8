import { NotificationsChangedEvent } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { catchUpAfterReconnect, realtime } from '../../api/realtime';
import { memberRoom } from '../chat/use-chat-activity';
import { refreshNotificationLists, storeUnreadCount, unreadCountQuery } from './notification-queries';

/**
 * Listens to the member's own room while signed in: the bell's count moves as soon as a
 * `notifications` event says so, and the lists are refetched (when shown) for the new
 * entries. After a reconnect both are refetched, for whatever happened meanwhile.
 */
export function useNotificationActivity(memberId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    return realtime().listen(memberRoom(memberId), {
      onEvent: (event) => {
        const changed = NotificationsChangedEvent.safeParse(event);
        if (!changed.success) return;
        storeUnreadCount(queryClient, changed.data.unreadCount);
        void refreshNotificationLists(queryClient);
      },
      onStatus: catchUpAfterReconnect(() => {
        void queryClient.invalidateQueries({ queryKey: unreadCountQuery.queryKey });
        void refreshNotificationLists(queryClient);
      }),
    });
  }, [memberId, queryClient]);
}
