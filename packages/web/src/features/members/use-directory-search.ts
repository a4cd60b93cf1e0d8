import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';

const DEBOUNCE_MS = 300;

/**
 * The directory's search text, kept in the URL (`?q=`) so Back, Forward and reload keep it.
 * Typing updates the URL after a short pause (replacing the entry, so Back is not a list of
 * keystrokes); a new `?q=` from elsewhere — the shell's search box, history — replaces the text.
 */
export function useDirectorySearch() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [text, setText] = useState(query);
  const lastApplied = useRef(query);

  useEffect(() => {
    if (query === lastApplied.current) return;
    lastApplied.current = query;
    setText(query);
  }, [query]);

  const apply = useCallback(
    (value: string) => {
      const trimmed = value.trim();
      if (trimmed === lastApplied.current) return;
      lastApplied.current = trimmed;
      setSearchParams(trimmed ? { q: trimmed } : {}, { replace: true });
    },
    [setSearchParams],
  );

  useEffect(() => {
    const timer = window.setTimeout(() => apply(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, apply]);

  return {
    /** What the search box shows. */
    text,
    setText,
    /** The search in effect (the URL's), trimmed. */
    query,
    /** Applies the text at once (Enter), skipping the pause. */
    applyNow: () => apply(text),
    clear: () => {
      setText('');
      apply('');
    },
  };
}
