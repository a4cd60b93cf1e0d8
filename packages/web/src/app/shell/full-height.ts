import { createContext, useContext, useLayoutEffect } from 'react';

/** Lets a page turn the shell's main column into a full-height frame (set by AppShell). */
export const FullHeightContext = createContext<((isFullHeight: boolean) => void) | null>(null);

/**
 * For pages that scroll inside themselves (chat): while the page is shown, the shell's main
 * column fills the screen between the top bar and the tab bar instead of growing with the
 * page, so the page can keep its own list scrolling and its composer at the bottom.
 */
export function useFullHeightShell(): void {
  const setFullHeight = useContext(FullHeightContext);
  useLayoutEffect(() => {
    if (!setFullHeight) return;
    setFullHeight(true);
    return () => setFullHeight(false);
  }, [setFullHeight]);
}
