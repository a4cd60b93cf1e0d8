import type { SpaceKind } from '@hearth/contracts';
import { Hash, Megaphone, MessageCircle, MessageCircleQuestion, type LucideIcon } from 'lucide-react';
import { cn } from '../../ui';

const kindIcons: Record<SpaceKind, LucideIcon> = {
  discussion: Hash,
  qa: MessageCircleQuestion,
  chat: MessageCircle,
  announcement: Megaphone,
};

const sizes = {
  sm: 'size-6 text-base rounded-md',
  md: 'size-10 text-xl rounded-xl',
  lg: 'size-14 text-3xl rounded-2xl',
} as const;

/** The space's emoji (or, without one, an icon for its kind) in a soft square; decorative, the name says it. */
export function SpaceIcon({
  icon,
  kind,
  size = 'sm',
  className,
}: {
  icon: string;
  kind: SpaceKind;
  size?: keyof typeof sizes;
  className?: string;
}) {
  const Fallback = kindIcons[kind];
  return (
    <span
      aria-hidden="true"
      className={cn('inline-flex shrink-0 items-center justify-center bg-surface-muted leading-none select-none', sizes[size], className)}
    >
      {icon ? icon : <Fallback className={size === 'sm' ? 'size-4' : size === 'md' ? 'size-5' : 'size-7'} />}
    </span>
  );
}
