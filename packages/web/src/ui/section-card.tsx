import { useId, type ReactNode } from 'react';
import { Card } from './card';
import { cn } from './cn';

export interface SectionCardProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links at the end of the heading row. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled part of a page (an h2 in a card), named by its heading for landmarks navigation. */
export function SectionCard({ title, description, actions, children, className }: SectionCardProps) {
  const id = useId();
  return (
    <Card as="section" aria-labelledby={id} className={cn('flex min-w-0 flex-col gap-4', className)}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={id} className="text-lg font-semibold">
            {title}
          </h2>
          {description && <p className="text-sm text-text-muted">{description}</p>}
        </div>
        {actions}
      </header>
      {children}
    </Card>
  );
}
