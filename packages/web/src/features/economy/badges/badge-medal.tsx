import type { BadgeTier } from '@hearth/contracts';
import { cn } from '../../../ui';

/** Ring colours per tier; the emoji stays legible on each in light and dark themes. */
const TIERS: Record<BadgeTier, string> = {
  bronze: 'bg-[#f6e2d3] ring-[#b26b3a] dark:bg-[#3b2416] dark:ring-[#d08a56]',
  silver: 'bg-[#eceff3] ring-[#8a94a3] dark:bg-[#262b33] dark:ring-[#aab3c0]',
  gold: 'bg-[#fbefc8] ring-[#c79a1c] dark:bg-[#3a2f0e] dark:ring-[#e3b935]',
  accent: 'bg-accent-soft ring-accent-text',
};

/** A badge's round medal: its emoji in a ring of its tier's colour. Decorative: the name is said beside it. */
export function BadgeMedal({ icon, tier, size = 'md' }: { icon: string; tier: BadgeTier; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded-full ring-2',
        TIERS[tier],
        size === 'sm' ? 'size-8 text-base' : size === 'md' ? 'size-12 text-2xl' : 'size-20 text-4xl',
      )}
    >
      {icon}
    </span>
  );
}
