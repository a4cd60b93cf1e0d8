import type { Conversation, Me } from '@hearth/contracts';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { continuesGroup, countNewFromOthers, firstUnreadIndex, layoutMessages, readReceipt } from './message-layout';
import { MessageItem } from './message-item';
import { mainMessages, visiblePending } from './message-store';
import { PendingItem } from './pending-item';
import { useWindowAttention } from './use-mark-read';
import type { ChatRoom } from './use-chat-room';

/** Within this many pixels of the end counts as "at the bottom". */
const BOTTOM_SLACK_PX = 48;
/** Older messages load once the reader is this close to the top. */
const TOP_SLACK_PX = 400;
const MAX_JUMP_PAGES = 20;

export interface MessageListProps {
  room: ChatRoom;
  conversation: Conversation;
  me: Me;
  canReact: boolean;
  canModerate: boolean;
  onOpenThread: (rootId: string, opener: HTMLElement) => void;
  onAtBottomChange: (isAtBottom: boolean) => void;
  /** A refused message's text goes back to the composer. */
  onEditRefused: (body: string) => void;
}

/**
 * The main channel, oldest at the top. Opens at the first unread message (or the bottom),
 * loads older pages near the top without moving what is on screen, stays pinned to the
 * bottom while the reader is there, and otherwise offers "N new messages ↓". Only new
 * messages from others are announced (the log is quiet while history or the caller's own
 * messages are added).
 */
export function MessageList({
  room,
  conversation,
  me,
  canReact,
  canModerate,
  onOpenThread,
  onAtBottomChange,
  onEditRefused,
}: MessageListProps) {
  const { t } = useTranslation('chat');
  const { state, loadOlder } = room;
  const isAttentive = useWindowAttention();
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const divider = useRef<HTMLDivElement>(null);
  const isPinned = useRef(true);
  const fromBottom = useRef(0);
  const hasPositioned = useRef(false);
  const [isAtBottom, setAtBottom] = useState(true);
  const [isDividerAbove, setDividerAbove] = useState(false);
  const [unreadAfterSeq, setUnreadAfterSeq] = useState(state.openedReadSeq);
  const [seenSeq, setSeenSeq] = useState(state.lastSeq);
  const [jumpRequest, setJumpRequest] = useState(0);

  const main = useMemo(() => mainMessages(state.messages), [state.messages]);
  const rows = useMemo(() => layoutMessages(main, unreadAfterSeq, me.id), [main, unreadAfterSeq, me.id]);
  const pending = visiblePending(state.pending, state.messages, me.id, null);
  const unreadIndex = firstUnreadIndex(main, unreadAfterSeq, me.id);
  const firstSeq = main[0]?.seq ?? 0;
  const lastMainSeq = main.at(-1)?.seq ?? 0;
  // More unread messages may sit above the loaded ones.
  const hasUnloadedUnread = state.hasOlder && unreadIndex === 0 && firstSeq > unreadAfterSeq + 1;
  const receipt = conversation.kind === 'dm' ? readReceipt(main, me.id, conversation.members, state.reads) : null;
  const newBelow = isAtBottom ? 0 : countNewFromOthers(main, seenSeq, me.id);
  const latest = useRef({ state, unreadAfterSeq, hasUnloadedUnread });
  useEffect(() => {
    latest.current = { state, unreadAfterSeq, hasUnloadedUnread };
  });

  // Announce only new messages from others: quiet for the commit that adds history or the caller's own.
  const committed = useRef<{ first: number; last: number } | null>(null);
  const previous = committed.current;
  const added = previous ? main.filter((message) => message.seq > previous.last) : [];
  const isQuiet = previous === null || (firstSeq !== 0 && firstSeq < previous.first) || added.some((message) => message.authorId === me.id);
  const [, setAfterQuiet] = useState(0);
  useEffect(() => {
    committed.current = { first: firstSeq, last: lastMainSeq };
    if (isQuiet) setAfterQuiet((tick) => tick + 1);
  }, [firstSeq, lastMainSeq, isQuiet]);

  const measure = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const distance = element.scrollHeight - element.scrollTop - element.clientHeight;
    const atBottom = distance <= BOTTOM_SLACK_PX;
    isPinned.current = atBottom;
    fromBottom.current = element.scrollHeight - element.scrollTop;
    setAtBottom(atBottom);
    const mark = divider.current;
    setDividerAbove(latest.current.hasUnloadedUnread || (mark !== null && mark.offsetTop + mark.offsetHeight < element.scrollTop));
    if (element.scrollTop < TOP_SLACK_PX && latest.current.state.hasOlder) void loadOlder();
  }, [loadOlder]);

  useEffect(() => onAtBottomChange(isAtBottom), [isAtBottom, onAtBottomChange]);

  // While at the bottom, what is there has been seen.
  useEffect(() => {
    if (isAtBottom) setSeenSeq(lastMainSeq);
  }, [isAtBottom, lastMainSeq]);

  // Messages arriving while the reader watches the bottom need no divider.
  useLayoutEffect(() => {
    if (!hasPositioned.current || unreadIndex === -1 || !isPinned.current || !isAttentive) return;
    if (main[unreadIndex]!.seq > seenSeq) setUnreadAfterSeq(lastMainSeq);
  }, [unreadIndex, main, lastMainSeq, isAttentive, seenSeq]);

  // Sending scrolls to the bottom and ends the "new messages" divider.
  const pendingCount = state.pending.length;
  const sentCount = useRef(pendingCount);
  useLayoutEffect(() => {
    if (pendingCount > sentCount.current) {
      isPinned.current = true;
      setUnreadAfterSeq((current) => Math.max(current, latest.current.state.lastSeq));
    }
    sentCount.current = pendingCount;
  }, [pendingCount]);

  // Keep the view steady: older pages above keep their distance from the bottom; pinned stays pinned.
  const firstId = main[0]?.id;
  const previousFirstId = useRef(firstId);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (!hasPositioned.current) {
      hasPositioned.current = true;
      const mark = divider.current;
      if (mark && mark.offsetTop > element.clientHeight / 2) element.scrollTop = Math.max(0, mark.offsetTop - 16);
      else element.scrollTop = element.scrollHeight;
    } else if (previousFirstId.current !== firstId && !isPinned.current) {
      element.scrollTop = element.scrollHeight - fromBottom.current;
    } else if (isPinned.current) {
      element.scrollTop = element.scrollHeight;
    }
    previousFirstId.current = firstId;
    measure();
    // Too few messages to scroll: load more until the list fills the screen (or there are none).
    if (element.scrollHeight <= element.clientHeight && state.hasOlder) void loadOlder();
  }, [rows, pending.length, firstId, measure, loadOlder, state.hasOlder]);

  // Images and edits change heights after rendering: stay at the bottom if we were there.
  useEffect(() => {
    const element = scroller.current;
    const inner = content.current;
    if (!element || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (isPinned.current) element.scrollTop = element.scrollHeight;
      fromBottom.current = element.scrollHeight - element.scrollTop;
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);

  // After "Jump to first unread" loaded what it needed: bring the divider into view.
  useEffect(() => {
    if (jumpRequest === 0) return;
    const mark = divider.current;
    if (!mark) return;
    mark.scrollIntoView({ block: 'start' });
    mark.focus({ preventScroll: true });
  }, [jumpRequest]);

  const jumpToUnread = async () => {
    for (let page = 0; page < MAX_JUMP_PAGES && latest.current.hasUnloadedUnread; page += 1) {
      await loadOlder();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    setJumpRequest((count) => count + 1);
  };
  const scrollToBottom = () => {
    const element = scroller.current;
    if (!element) return;
    isPinned.current = true;
    element.scrollTo({
      top: element.scrollHeight,
      behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  };

  const people = conversation.members;
  const myRef = people.find((member) => member.id === me.id) ?? { id: me.id, displayName: me.displayName, avatarUrl: me.avatarUrl };
  const lastRow = rows.at(-1)?.message;
  const showJump = unreadIndex !== -1 && (isDividerAbove || hasUnloadedUnread);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div
        ref={scroller}
        onScroll={measure}
        className="relative min-h-0 flex-1 overflow-x-hidden overflow-y-auto overscroll-contain [overflow-anchor:none]"
      >
        <div ref={content} className="flex flex-col pt-2 pb-3">
          {state.hasOlder ? (
            <div className="flex justify-center py-2">
              <Button variant="ghost" size="sm" isLoading={room.isLoadingOlder} onClick={() => void loadOlder()}>
                {room.isLoadingOlder ? t('messages.loadingOlder') : t('messages.showOlder')}
              </Button>
            </div>
          ) : (
            <p className="px-4 py-6 text-center text-sm text-text-muted">{main.length > 0 ? t('messages.start') : t('messages.empty')}</p>
          )}
          <div
            role="log"
            aria-label={t('messages.label')}
            aria-live={isQuiet ? 'off' : 'polite'}
            aria-relevant="additions"
            className="flex flex-col"
          >
            {rows.map((row) => (
              <Fragment key={row.message.id}>
                {row.isFirstUnread && (
                  <div
                    ref={divider}
                    tabIndex={-1}
                    className="my-2 flex items-center gap-3 px-2 outline-none"
                    role="separator"
                    aria-label={t('messages.newDivider')}
                  >
                    <span className="h-px flex-1 bg-danger/50" aria-hidden="true" />
                    <span className="text-xs font-semibold text-danger" aria-hidden="true">
                      {t('messages.newDivider')}
                    </span>
                    <span className="h-px flex-1 bg-danger/50" aria-hidden="true" />
                  </div>
                )}
                <MessageItem
                  message={row.message}
                  isContinuation={row.isContinuation}
                  isMine={row.message.authorId === me.id}
                  canModerate={canModerate}
                  canReact={canReact}
                  onToggleReaction={(emoji) => room.toggleReaction(row.message, emoji)}
                  onEdit={(body) => room.edit(row.message.id, body)}
                  onDelete={() => room.remove(row.message.id)}
                  onOpenThread={(opener) => onOpenThread(row.message.id, opener)}
                  footer={
                    receipt?.messageId === row.message.id ? (
                      <p className="mt-0.5 text-right text-xs text-text-muted">
                        {receipt.isDirect ? t('messages.seen') : t('messages.seenBy', { count: receipt.seenBy })}
                      </p>
                    ) : null
                  }
                />
              </Fragment>
            ))}
          </div>
          {pending.map((item, index) => (
            <PendingItem
              key={item.key}
              item={item}
              author={myRef}
              isContinuation={index > 0 ? true : continuesGroup(lastRow, { authorId: me.id, createdAt: item.createdAt })}
              onRetry={() => room.retry(item.key)}
              onDiscard={() => room.discard(item.key)}
              onEdit={() => {
                room.discard(item.key);
                onEditRefused(item.body);
              }}
            />
          ))}
        </div>
      </div>
      {showJump && (
        <button
          type="button"
          onClick={() => void jumpToUnread()}
          className="absolute top-2 left-1/2 z-20 inline-flex min-h-9 -translate-x-1/2 items-center gap-1.5 rounded-full border border-border-strong bg-surface px-3 text-sm font-medium shadow-md hover:bg-surface-muted"
        >
          <ArrowUp className="size-4" aria-hidden="true" />
          {t('messages.jumpToUnread')}
        </button>
      )}
      {newBelow > 0 && (
        <button
          type="button"
          onClick={scrollToBottom}
          className="absolute bottom-2 left-1/2 z-20 inline-flex min-h-9 -translate-x-1/2 items-center gap-1.5 rounded-full bg-accent px-3 text-sm font-semibold text-accent-fg shadow-md hover:brightness-110"
        >
          {t('messages.newBelow', { count: newBelow })}
          <ArrowDown className="size-4" aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
