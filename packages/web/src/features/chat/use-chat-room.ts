import {
  ChatMessage,
  chatRoutes,
  conversationRoom,
  MessageUpdatedEvent,
  ReadEvent,
  type Conversation,
  type RoomEvent,
} from '@hearth/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { realtime, type RoomStatus } from '../../api/realtime';
import { useErrorText } from '../../app/use-error-text';
import { useToast } from '../../ui';
import { conversationQuery, MESSAGE_PAGE_SIZE } from './chat-queries';
import { chatReducer, initialChatState, mainMessages, maxSeq, threadReplies, type ChatState, type PendingMessage } from './message-store';
import { activeTypers, nextTypingExpiry, noteTyping, shouldSendTyping, stopTyping, type TypingState } from './typing-state';

/** The conversation is re-read if the copy in the cache is older than this when the chat opens. */
const FRESH_MS = 2_000;

export interface ChatRoom {
  conversation: Conversation | undefined;
  state: ChatState;
  /** The room's feed: live, catching up, offline or closed to the caller. */
  status: RoomStatus;
  /** Whether the feed was live once (so "connecting" later means reconnecting). */
  hasBeenLive: boolean;
  loadError: unknown;
  retryLoad: () => void;
  isLoadingOlder: boolean;
  /** Loads the page before the first message shown; resolves once it is in the state. */
  loadOlder: () => Promise<void>;
  /** Members typing now (never the caller). */
  typingIds: string[];
  send: (body: string, parentId: string | null) => void;
  retry: (key: string) => void;
  discard: (key: string) => void;
  toggleReaction: (message: ChatMessage, emoji: string) => void;
  /** Rejects with the API's error (shown by the edit form). */
  edit: (id: string, body: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Loads a thread's newest replies, or (isOlder) the ones before the first shown. */
  loadThread: (rootId: string, isOlder?: boolean) => Promise<void>;
  /** Tells the others the caller is typing (at most every 3 s). */
  noteTyping: () => void;
}

/**
 * One conversation, live: the newest page of messages, then every event of its room after
 * the highest seq known when the page loaded (so nothing between the page and the socket is
 * lost or shown twice). Sends optimistically with an Idempotency-Key (a retry reuses it);
 * reactions are optimistic and rolled back with a toast when refused.
 */
export function useChatRoom(conversationId: string, myId: string): ChatRoom {
  const { t } = useTranslation('chat');
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const conversation = useQuery(conversationQuery(conversationId));
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const [status, setStatus] = useState<RoomStatus>('connecting');
  const [hasBeenLive, setHasBeenLive] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loadAttempt, setLoadAttempt] = useState(0);
  const [isLoadingOlder, setLoadingOlder] = useState(false);
  const [typing, setTyping] = useState<TypingState>({});
  const [, setTypingClock] = useState(0);
  const latest = useRef(state);
  const lastTypingSentAt = useRef(Number.NEGATIVE_INFINITY);
  const olderRequest = useRef<Promise<void> | null>(null);
  const room = conversationRoom(conversationId);

  useEffect(() => {
    latest.current = state;
  });

  // Load the newest page, then follow the room from there.
  useEffect(() => {
    let isCancelled = false;
    let unlisten: (() => void) | null = null;
    let wasLive = false;
    let isBehind = false;
    const controller = new AbortController();
    const params = { params: { id: conversationId } };

    const catchUp = async () => {
      // Edits, deletions, reactions and read marks are not replayed after a reconnect: re-read them.
      const [page, fresh] = await Promise.all([
        call(chatRoutes.listMessages, { ...params, query: { limit: MESSAGE_PAGE_SIZE }, signal: controller.signal }),
        queryClient.fetchQuery({ ...conversationQuery(conversationId), staleTime: 0 }),
      ]);
      if (isCancelled) return;
      dispatch({ type: 'refreshed', items: page.items });
      for (const mark of fresh.conversation.reads) dispatch({ type: 'read', memberId: mark.memberId, readSeq: mark.readSeq });
    };

    const onEvent = (event: RoomEvent) => {
      switch (event.type) {
        case 'message': {
          const parsed = ChatMessage.safeParse(event.message);
          if (!parsed.success) return;
          dispatch({ type: 'received', message: parsed.data });
          setTyping((current) => stopTyping(current, parsed.data.authorId));
          return;
        }
        case 'message_updated': {
          const parsed = MessageUpdatedEvent.safeParse(event);
          if (parsed.success) dispatch({ type: 'updated', message: parsed.data.message });
          return;
        }
        case 'read': {
          const parsed = ReadEvent.safeParse(event);
          if (parsed.success) dispatch({ type: 'read', memberId: parsed.data.memberId, readSeq: parsed.data.readSeq });
          return;
        }
      }
    };

    void (async () => {
      try {
        // The conversation first, then the page: every message up to its lastSeq is in the page or before it.
        const { conversation: fresh } = await queryClient.fetchQuery({ ...conversationQuery(conversationId), staleTime: FRESH_MS });
        const page = await call(chatRoutes.listMessages, { ...params, query: { limit: MESSAGE_PAGE_SIZE }, signal: controller.signal });
        if (isCancelled) return;
        const baselineSeq = Math.max(fresh.lastSeq, maxSeq(page.items));
        dispatch({ type: 'loaded', items: page.items, hasMore: page.hasMore, baselineSeq, readSeq: fresh.readSeq, reads: fresh.reads });
        setLoadError(null);
        unlisten = realtime().listen(
          room,
          {
            onEvent,
            onTyping: (memberId) => {
              if (memberId !== myId) setTyping((current) => noteTyping(current, memberId, Date.now()));
            },
            onStatus: (next) => {
              setStatus(next);
              if (next === 'live') {
                if (wasLive && isBehind) catchUp().catch(() => undefined);
                wasLive = true;
                isBehind = false;
                setHasBeenLive(true);
              } else if (wasLive) isBehind = true;
            },
          },
          baselineSeq,
        );
      } catch (error) {
        if (!isCancelled) setLoadError(error);
      }
    })();

    return () => {
      isCancelled = true;
      controller.abort();
      unlisten?.();
    };
  }, [conversationId, room, myId, queryClient, loadAttempt]);

  // Typing notices expire by themselves: re-render when the next one does.
  useEffect(() => {
    const wait = nextTypingExpiry(typing, Date.now());
    if (wait === null) return;
    const timer = setTimeout(() => setTypingClock((tick) => tick + 1), wait + 20);
    return () => clearTimeout(timer);
  }, [typing]);

  const post = useCallback(
    (item: PendingMessage) => {
      call(chatRoutes.postMessage, {
        params: { id: conversationId },
        body: item.parentId ? { body: item.body, parentId: item.parentId } : { body: item.body },
        idempotencyKey: item.key,
      }).then(
        ({ message }) => dispatch({ type: 'sendSucceeded', key: item.key, message }),
        (error: unknown) => dispatch({ type: 'sendFailed', key: item.key, error }),
      );
    },
    [conversationId],
  );

  const loadOlder = useCallback((): Promise<void> => {
    if (olderRequest.current) return olderRequest.current;
    const current = latest.current;
    const first = mainMessages(current.messages)[0];
    if (!current.hasOlder || !first) return Promise.resolve();
    setLoadingOlder(true);
    const request = call(chatRoutes.listMessages, {
      params: { id: conversationId },
      query: { beforeSeq: first.seq, limit: MESSAGE_PAGE_SIZE },
    })
      .then((page) => dispatch({ type: 'olderLoaded', items: page.items, hasMore: page.hasMore }))
      .catch((error: unknown) => toast.show({ tone: 'danger', title: t('messages.olderFailed'), description: errorText(error) }))
      .finally(() => {
        olderRequest.current = null;
        setLoadingOlder(false);
      });
    olderRequest.current = request;
    return request;
  }, [conversationId, errorText, t, toast]);

  const loadThread = useCallback(
    async (rootId: string, isOlder = false) => {
      const first = threadReplies(latest.current.messages, rootId)[0];
      const page = await call(chatRoutes.listMessages, {
        params: { id: conversationId },
        query: { parentId: rootId, limit: MESSAGE_PAGE_SIZE, ...(isOlder && first ? { beforeSeq: first.seq } : {}) },
      });
      dispatch({ type: 'threadLoaded', rootId, items: page.items, hasMore: page.hasMore, isOlder });
    },
    [conversationId],
  );

  const actions = useMemo(
    () => ({
      send: (body: string, parentId: string | null) => {
        const item: PendingMessage = {
          key: newIdempotencyKey(),
          body,
          parentId,
          status: 'sending',
          error: null,
          createdAt: new Date().toISOString(),
          afterSeq: latest.current.lastSeq,
        };
        dispatch({ type: 'sendStarted', pending: item });
        post(item);
      },
      retry: (key: string) => {
        const item = latest.current.pending.find((pending) => pending.key === key);
        if (!item) return;
        dispatch({ type: 'sendRetried', key });
        post(item);
      },
      discard: (key: string) => dispatch({ type: 'sendDiscarded', key }),
      toggleReaction: (message: ChatMessage, emoji: string) => {
        const isMine = message.reactions.some((reaction) => reaction.emoji === emoji && reaction.mine);
        dispatch({ type: 'reactionToggled', id: message.id, emoji });
        const request = isMine
          ? call(chatRoutes.unreactToMessage, { params: { id: message.id, emoji } })
          : call(chatRoutes.reactToMessage, { params: { id: message.id }, body: { emoji } });
        request.then(
          ({ reactions }) => dispatch({ type: 'reactionsSet', id: message.id, reactions }),
          (error: unknown) => {
            dispatch({ type: 'reactionToggled', id: message.id, emoji });
            toast.show({ tone: 'danger', title: t('reactionFailed'), description: errorText(error) });
          },
        );
      },
      edit: async (id: string, body: string) => {
        const { message } = await call(chatRoutes.editMessage, { params: { id }, body: { body } });
        dispatch({ type: 'saved', message });
      },
      remove: async (id: string) => {
        await call(chatRoutes.deleteMessage, { params: { id } });
        dispatch({ type: 'deleted', id });
      },
      noteTyping: () => {
        const now = Date.now();
        if (!shouldSendTyping(lastTypingSentAt.current, now)) return;
        lastTypingSentAt.current = now;
        realtime().typing(room);
      },
      retryLoad: () => setLoadAttempt((attempt) => attempt + 1),
    }),
    [post, room, errorText, t, toast],
  );

  return {
    conversation: conversation.data?.conversation,
    state,
    status,
    hasBeenLive,
    loadError,
    isLoadingOlder,
    loadOlder,
    loadThread,
    typingIds: activeTypers(typing, Date.now()),
    ...actions,
  };
}
