import { useEffect, useLayoutEffect, useRef } from 'react';

/** Last scroll position of each list, for this visit. */
const positions = new Map<string, number>();
/** Whether the current navigation is Back/Forward (wouter announces pushes as `pushState` events). */
let isHistoryMove = false;
window.addEventListener('popstate', () => (isHistoryMove = true));
window.addEventListener('pushState', () => (isHistoryMove = false));

/**
 * Brings a long list back to where the member left it when they return with Back, once its
 * (cached) items are rendered; new visits start at the top as usual. `key` names the list
 * view, e.g. the directory with its search.
 */
export function useScrollRestoration(key: string, isReady: boolean): void {
  const hasRestored = useRef(false);

  useEffect(() => {
    const remember = () => positions.set(key, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, [key]);

  useLayoutEffect(() => {
    if (hasRestored.current || !isReady) return;
    hasRestored.current = true;
    const saved = positions.get(key);
    if (isHistoryMove && saved !== undefined) window.scrollTo(0, saved);
    isHistoryMove = false;
  }, [key, isReady]);
}
