import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** What the button does, read by screen readers and shown as a tooltip. */
  label: string;
  icon: ReactNode;
  tone?: 'neutral' | 'danger';
}

/** A square, icon-only button (44 px, so it is easy to hit on phones) that still says what it does. */
export function IconButton({ label, icon, tone = 'neutral', className, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={cn(
        'inline-flex size-11 shrink-0 items-center justify-center rounded-lg transition-colors',
        'disabled:cursor-not-allowed disabled:opacity-40',
        tone === 'danger' ? 'text-danger hover:bg-danger-soft' : 'text-text-muted hover:bg-surface-muted hover:text-text',
        className,
      )}
      {...rest}
    >
      {icon}
    </button>
  );
}
