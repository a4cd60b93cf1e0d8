import { notificationRoutes } from '@hearth/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { refreshNotificationLists, storeUnreadCount, unreadCountQuery } from './notification-queries';

export type NotificationsAbout = { postId: string } | { conversationId: string };

/**
 * Opening a thread or a conversation reads its notifications: once per open, and only when
 * the bell shows something unread (nothing to clear otherwise). A failure is left alone:
 * the entries stay unread and can be cleared from the notification centre.
 */
export function useMarkNotificationsRead(about: NotificationsAbout, isEnabled = true): void {
  const queryClient = useQueryClient();
  const unread = useQuery(unreadCountQuery);
  const hasUnread = (unread.data?.unreadCount ?? 0) > 0;
  const done = useRef<string | null>(null);
  const postId = 'postId' in about ? about.postId : null;
  const conversationId = 'conversationId' in about ? about.conversationId : null;
  const id = postId ?? conversationId;

  useEffect(() => {
    if (!isEnabled || !hasUnread || !id || done.current === id) return;
    done.current = id;
    const body = postId ? { postId } : { conversationId: id };
    call(notificationRoutes.markNotificationsRead, { body }).then(
      ({ unreadCount }) => {
        storeUnreadCount(queryClient, unreadCount);
        void refreshNotificationLists(queryClient);
      },
      () => undefined,
    );
  }, [id, postId, isEnabled, hasUnread, queryClient]);
}
