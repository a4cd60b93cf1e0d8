import { useEffect, useState } from 'react';

/**
 * A text value edited locally and committed after a pause in typing (e.g. into the URL).
 * When the committed value changes from elsewhere (filters cleared), the draft follows it.
 */
export function useDebouncedCommit(committed: string, onCommit: (value: string) => void, delayMs = 300): [string, (value: string) => void] {
  const [draft, setDraft] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);
  if (committed !== lastCommitted) {
    setLastCommitted(committed);
    setDraft(committed);
  }
  useEffect(() => {
    if (draft.trim() === committed.trim()) return;
    const timer = window.setTimeout(() => onCommit(draft.trim()), delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, committed, onCommit, delayMs]);
  return [draft, setDraft];
}
