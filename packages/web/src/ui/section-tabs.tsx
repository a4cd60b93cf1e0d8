import { Link, useLocation } from 'wouter';
import { cn } from './cn';

/** A feature's sections as pill links (perks, market…): the current one marked for sight and screen readers. */
export function SectionTabs({ label, items }: { label: string; items: ReadonlyArray<{ href: string; label: string }> }) {
  const [location] = useLocation();
  return (
    <nav aria-label={label} className="-mx-1 flex gap-1 overflow-x-auto pb-1">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={location === item.href ? 'page' : undefined}
          className={cn(
            'min-h-10 shrink-0 rounded-full border px-4 py-2 text-sm font-medium',
            location === item.href ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-surface hover:bg-surface-muted',
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
