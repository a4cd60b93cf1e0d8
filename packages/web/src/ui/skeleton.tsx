import { cn } from './cn';

/** A placeholder block with a gentle pulse (still when motion is reduced). */
export function Skeleton({ className, isRound = false }: { className?: string; isRound?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn('block animate-pulse bg-surface-muted motion-reduce:animate-none', isRound ? 'rounded-full' : 'rounded-md', className)}
    />
  );
}

/** A few lines of text-shaped skeleton. */
export function SkeletonText({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <span aria-hidden="true" className={cn('flex flex-col gap-2', className)}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={cn('h-4', index === lines - 1 ? 'w-2/3' : 'w-full')} />
      ))}
    </span>
  );
}
