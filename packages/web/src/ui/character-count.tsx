import { cn } from './cn';

/**
 * "120 / 500" under a text field, counted the way the server counts (UTF-16 units, as
 * `maxLength` and zod do). Turns to the warning colour near the limit.
 */
export function CharacterCount({ value, max, label, className }: { value: string; max: number; label: string; className?: string }) {
  const used = value.length;
  const isNearLimit = used > max * 0.9;
  return (
    <span className={cn('num block text-right', isNearLimit ? 'font-medium text-warning' : 'text-text-muted', className)}>
      <span aria-hidden="true">
        {used} / {max}
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
