import { useEffect, useRef } from 'react';
import { Button } from './button';
import { cn } from './cn';

export interface LoadMoreProps {
  onLoadMore: () => void;
  isLoading: boolean;
  label: string;
  /** Load by itself when the button scrolls near the viewport (infinite scroll). */
  isAutomatic?: boolean;
  className?: string;
}

/**
 * The end of a paged list: a real button (keyboard and screen readers), which also presses
 * itself when it comes within a screen of the viewport, so scrolling just keeps going.
 */
export function LoadMore({ onLoadMore, isLoading, label, isAutomatic = true, className }: LoadMoreProps) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef({ onLoadMore, isLoading });
  useEffect(() => {
    latest.current = { onLoadMore, isLoading };
  });

  useEffect(() => {
    const element = ref.current;
    if (!isAutomatic || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !latest.current.isLoading) latest.current.onLoadMore();
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isAutomatic]);

  return (
    <div ref={ref} className={cn('flex justify-center', className)}>
      <Button variant="secondary" onClick={onLoadMore} isLoading={isLoading}>
        {label}
      </Button>
    </div>
  );
}
