import { cn } from '../../../ui';

/**
 * One-of-few as a row of toggle buttons (aria-pressed), wrapping on narrow phones; the
 * chosen one is filled and bold so the state never relies on colour alone.
 */
export function SegmentedChoice<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      {options.map((option) => {
        const isChosen = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={isChosen}
            onClick={() => onChange(option.value)}
            className={cn(
              'min-h-11 rounded-full border px-4 transition-colors',
              isChosen
                ? 'border-accent-text bg-accent-soft font-semibold text-accent-text'
                : 'border-border-strong bg-surface hover:bg-surface-muted',
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
