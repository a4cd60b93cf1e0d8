import type { ReactNode } from 'react';
import { cn } from '../../ui';

/** A row of small text buttons under a post or comment (they wrap on phones). */
export function ItemActions({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="group" aria-label={label} className={cn('-ml-2 flex flex-wrap items-center gap-0.5', className)}>
      {children}
    </div>
  );
}

export function ActionButton({
  icon,
  children,
  onClick,
  tone = 'neutral',
  isPressed,
  isDisabled = false,
  onPointerDown,
}: {
  icon: ReactNode;
  children: ReactNode;
  onClick: () => void;
  tone?: 'neutral' | 'danger' | 'success';
  isPressed?: boolean;
  isDisabled?: boolean;
  onPointerDown?: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      onPointerDown={onPointerDown}
      aria-pressed={isPressed}
      disabled={isDisabled}
      className={cn(
        'inline-flex min-h-10 items-center gap-1.5 rounded-lg px-2 text-sm font-medium transition-colors disabled:opacity-50',
        tone === 'danger' && 'text-danger hover:bg-danger-soft',
        tone === 'success' && 'text-success hover:bg-success-soft',
        tone === 'neutral' && 'text-text-muted hover:bg-surface-muted hover:text-text',
      )}
    >
      {icon}
      {children}
    </button>
  );
}
