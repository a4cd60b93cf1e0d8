import type { ReactNode } from 'react';
import { cn } from './cn';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  /** The title's element: a heading when the empty state is the whole page or section. */
  titleAs?: 'h1' | 'h2' | 'h3' | 'p';
  /** Less padding, for an empty state inside a card. */
  isCompact?: boolean;
  className?: string;
}

/** Says what is missing and what to do next. */
export function EmptyState({ icon, title, children, action, titleAs: Title = 'p', isCompact = false, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        'flex flex-col items-center gap-3 rounded-2xl border border-dashed border-border-strong text-center',
        isCompact ? 'px-4 py-6' : 'px-6 py-10',
        className,
      )}
    >
      {icon && (
        <span className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-text" aria-hidden="true">
          {icon}
        </span>
      )}
      <Title className="text-lg font-semibold">{title}</Title>
      {children && <div className="max-w-prose text-text-muted">{children}</div>}
      {action}
    </div>
  );
}
