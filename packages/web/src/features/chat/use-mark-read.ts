import { chatRoutes, type Conversation } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { call } from '../../api/client';
import { noteConversationRead } from './chat-queries';

const MARK_DELAY_MS = 1_000;

function subscribeAttention(onChange: () => void): () => void {
  window.addEventListener('focus', onChange);
  window.addEventListener('blur', onChange);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    window.removeEventListener('focus', onChange);
    window.removeEventListener('blur', onChange);
    document.removeEventListener('visibilitychange', onChange);
  };
}

/** Whether the member is looking: the tab is visible and the window has focus. */
export function useWindowAttention(): boolean {
  return useSyncExternalStore(subscribeAttention, () => document.visibilityState === 'visible' && document.hasFocus());
}

/**
 * Marks the conversation read up to `lastSeq` once the member has looked at the bottom of it
 * for a second (window focused, bottom visible). Never goes backwards; a failed call is tried
 * again the next time the conditions hold.
 */
export function useMarkRead(conversation: Conversation | undefined, lastSeq: number, isAtBottom: boolean, isEnabled: boolean): void {
  const queryClient = useQueryClient();
  const isAttentive = useWindowAttention();
  const marked = useRef(0);
  const id = conversation?.id;
  const kind = conversation?.kind;
  const serverReadSeq = conversation?.readSeq ?? 0;

  useEffect(() => {
    if (!id || !kind || !isEnabled || !isAttentive || !isAtBottom) return;
    if (lastSeq <= Math.max(marked.current, serverReadSeq)) return;
    const timer = setTimeout(() => {
      const before = marked.current;
      marked.current = lastSeq;
      call(chatRoutes.markConversationRead, { params: { id }, body: { seq: lastSeq } }).then(
        () => noteConversationRead(queryClient, { id, kind }, lastSeq),
        () => {
          if (marked.current === lastSeq) marked.current = before;
        },
      );
    }, MARK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [id, kind, isEnabled, isAttentive, isAtBottom, lastSeq, serverReadSeq, queryClient]);
}
