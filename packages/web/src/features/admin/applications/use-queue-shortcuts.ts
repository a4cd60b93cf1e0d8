import { useEffect, useRef } from 'react';

export interface QueueShortcuts {
  next: () => void;
  previous: () => void;
  approve: () => void;
  decline: () => void;
}

/** Whether a key press belongs to a field being typed in (shortcuts must not steal letters). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The moderator queue's keys: j / k move to the next / previous application, a approves,
 * d declines. Ignored while typing, with modifier keys, and while a dialog is open.
 */
export function useQueueShortcuts(shortcuts: QueueShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const action = { j: latest.current.next, k: latest.current.previous, a: latest.current.approve, d: latest.current.decline }[
        event.key.toLowerCase()
      ];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
