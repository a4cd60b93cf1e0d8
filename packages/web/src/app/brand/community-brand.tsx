import { Flame } from 'lucide-react';
import { cn } from '../../ui';

export interface CommunityBrandProps {
  /** null before setup: the product's own mark is shown instead. */
  name: string | null;
  logoUrl?: string | null;
  className?: string;
}

/** The community's logo (or its initial on the accent colour) and name. */
export function CommunityBrand({ name, logoUrl, className }: CommunityBrandProps) {
  const initial = name ? (Array.from(name.trim())[0] ?? 'H') : null;
  return (
    <span className={cn('flex min-w-0 items-center gap-2.5', className)}>
      {logoUrl ? (
        <img src={logoUrl} alt="" className="size-9 shrink-0 rounded-xl object-cover" />
      ) : (
        <span
          className="flex size-9 shrink-0 items-center justify-center rounded-xl bg-accent text-lg font-bold text-accent-fg"
          aria-hidden="true"
        >
          {initial ?? <Flame className="size-5" />}
        </span>
      )}
      <span className="truncate text-lg font-semibold">{name ?? 'Hearth'}</span>
    </span>
  );
}
