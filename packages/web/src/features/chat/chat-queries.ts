import { chatRoutes, spaceRoutes, type Conversation, type RouteResponse } from '@hearth/contracts';
import { keepPreviousData, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';

/** Newest messages per page, and older ones per scroll to the top. */
export const MESSAGE_PAGE_SIZE = 50;
const CONVERSATION_PAGE_SIZE = 20;

export type ConversationPage = RouteResponse<typeof chatRoutes.listConversations>;

export function conversationQuery(id: string) {
  return apiQuery(chatRoutes.getConversation, { params: { id } });
}

/**
 * The first page of the caller's DMs, for the nav's unread badge (the number of DMs with
 * unread messages). Kept current by `conversation_activity` events (useChatActivity).
 */
export const conversationsBadgeQuery = {
  ...apiQuery(chatRoutes.listConversations, { query: { limit: 50 } }),
  staleTime: 30_000,
  refetchOnWindowFocus: true,
} as const;

/** The chat page's list of DMs, most recent activity first, page after page. */
export function useConversationList() {
  return useInfiniteQuery({
    queryKey: [...routeKey(chatRoutes.listConversations), 'pages'],
    queryFn: ({ pageParam, signal }) =>
      call(chatRoutes.listConversations, { query: { limit: CONVERSATION_PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The number of DMs with something unread in a page of them. */
export function countUnreadConversations(page: Pick<ConversationPage, 'items'> | undefined): number {
  return page?.items.filter((conversation) => conversation.unread > 0).length ?? 0;
}

/** Every list of DMs (the nav badge and the chat page) is stale: unread counts or last messages moved. */
export function refreshConversationLists(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: routeKey(chatRoutes.listConversations) });
}

/**
 * After marking a conversation read: its unread count is gone from every list showing it;
 * a chat space's unread dot goes too.
 */
export function noteConversationRead(queryClient: QueryClient, conversation: Pick<Conversation, 'id' | 'kind'>, seq: number): void {
  const clear = (item: Conversation): Conversation =>
    item.id === conversation.id ? { ...item, readSeq: Math.max(item.readSeq, seq), unread: 0 } : item;
  queryClient.setQueryData<RouteResponse<typeof chatRoutes.getConversation>>(
    routeKey(chatRoutes.getConversation, { params: { id: conversation.id } }),
    (data) => (data ? { conversation: clear(data.conversation) } : data),
  );
  queryClient.setQueryData<ConversationPage>(conversationsBadgeQuery.queryKey, (page) =>
    page ? { ...page, items: page.items.map(clear) } : page,
  );
  if (conversation.kind === 'dm') void refreshConversationLists(queryClient);
  else void queryClient.invalidateQueries({ queryKey: routeKey(spaceRoutes.listSpaces) });
}
