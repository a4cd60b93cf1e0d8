import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * A new page starts at the top; going back and forward keeps the browser's own scroll
 * restoration (popstate), so lists are where you left them.
 */
export function ScrollToTop() {
  const [location] = useLocation();
  const isHistoryMove = useRef(false);
  useEffect(() => {
    const onPopState = () => (isHistoryMove.current = true);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  useEffect(() => {
    if (!isHistoryMove.current) window.scrollTo(0, 0);
    isHistoryMove.current = false;
  }, [location]);
  return null;
}
