import { ConversationActivityEvent, type Conversation } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { catchUpAfterReconnect, realtime } from '../../api/realtime';
import { conversationsBadgeQuery, refreshConversationLists, type ConversationPage } from './chat-queries';

/** The caller's own room, where `conversation_activity` events arrive. */
export function memberRoom(memberId: string): string {
  return `member:${memberId}`;
}

const REFRESH_DELAY_MS = 800;

/**
 * Listens to the member's own room while signed in: a DM they are in got a message. The nav
 * badge moves at once (the conversation counts as unread when someone else wrote), and the
 * lists of DMs are refetched shortly after (a burst of messages refetches once). After a
 * reconnect they are refetched too, for whatever happened meanwhile.
 */
export function useChatActivity(memberId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refreshSoon = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void refreshConversationLists(queryClient);
      }, REFRESH_DELAY_MS);
    };
    const unlisten = realtime().listen(memberRoom(memberId), {
      onEvent: (event) => {
        const activity = ConversationActivityEvent.safeParse(event);
        if (!activity.success) return;
        const { conversationId, lastSeq, authorId } = activity.data;
        queryClient.setQueryData<ConversationPage>(conversationsBadgeQuery.queryKey, (page) => {
          if (!page) return page;
          const bump = (item: Conversation): Conversation =>
            item.id !== conversationId || lastSeq <= item.lastSeq
              ? item
              : { ...item, lastSeq, unread: authorId === memberId ? item.unread : item.unread + 1 };
          return { ...page, items: page.items.map(bump) };
        });
        refreshSoon();
      },
      onStatus: catchUpAfterReconnect(refreshSoon),
    });
    return () => {
      unlisten();
      if (timer) clearTimeout(timer);
    };
  }, [memberId, queryClient]);
}
