import { useEffect, useRef } from 'react';

/** What each single key does, by lower-case key (`j`, `a`, `?`…). */
export type QueueShortcuts = Record<string, () => void>;

/** Whether a key press belongs to a field being typed in (shortcuts must not steal letters). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * A moderator queue's single-key shortcuts (j / k to move, a to approve…). Ignored while
 * typing, with modifier keys, and while a dialog is open, so they never steal a letter.
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
      const action = latest.current[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
