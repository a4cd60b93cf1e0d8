import { notificationRoutes, type Notification, type RouteResponse } from '@hearth/contracts';
import { keepPreviousData, useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';

const PAGE_SIZE = 20;

export type NotificationFilter = 'all' | 'unread';
export type NotificationPage = RouteResponse<typeof notificationRoutes.listNotifications>;

/** The bell's count (capped at 100 by the server). Kept live by `notifications` events (useNotificationActivity). */
export const unreadCountQuery = {
  ...apiQuery(notificationRoutes.unreadNotifications),
  staleTime: 60_000,
  refetchOnWindowFocus: true,
} as const;

/** "99+" above 99. */
export function badgeText(count: number, format: (value: number) => string): string {
  return count > 99 ? '99+' : format(count);
}

function listKey(filter: NotificationFilter) {
  return [...routeKey(notificationRoutes.listNotifications), 'pages', filter] as const;
}

/** The notification centre's list, newest first, page after page. */
export function useNotificationList(filter: NotificationFilter) {
  return useInfiniteQuery({
    queryKey: listKey(filter),
    queryFn: ({ pageParam, signal }) =>
      call(notificationRoutes.listNotifications, { query: { filter, limit: PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The badge shows `unreadCount` now (from an answer or an event). */
export function storeUnreadCount(queryClient: QueryClient, unreadCount: number): void {
  queryClient.setQueryData(unreadCountQuery.queryKey, { unreadCount });
}

/** Every list of notifications is stale (something arrived or was read elsewhere). */
export function refreshNotificationLists(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: routeKey(notificationRoutes.listNotifications) });
}

/** Shows entries as read in the cached lists at once (`ids` null: all of them). */
export function noteNotificationsRead(queryClient: QueryClient, ids: readonly string[] | null, readAt: string): void {
  const isRead = (item: Notification) => item.readAt !== null || (ids !== null && !ids.includes(item.id));
  for (const filter of ['all', 'unread'] as const) {
    queryClient.setQueryData<InfiniteData<NotificationPage, string | null>>(listKey(filter), (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (isRead(item) ? item : { ...item, readAt })) })),
          }
        : data,
    );
  }
}
