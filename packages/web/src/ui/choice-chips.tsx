import { Check } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cn } from './cn';

export interface ChoiceChipOption {
  value: string;
  label: string;
}

export interface ChoiceChipsProps {
  legend: ReactNode;
  options: readonly ChoiceChipOption[];
  /** The chosen values, in any order. */
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Hides the legend visually (it is still read out) when a heading already says it. */
  isLegendHidden?: boolean;
  className?: string;
}

/**
 * Several-of-many as round chips: each is a real checkbox (Tab to it, Space to toggle),
 * drawn filled with a tick when chosen so the state never relies on colour alone.
 */
export function ChoiceChips({ legend, options, values, onChange, hint, error, isLegendHidden = false, className }: ChoiceChipsProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const chosen = new Set(values);
  const toggle = (value: string) => onChange(chosen.has(value) ? values.filter((item) => item !== value) : [...values, value]);
  return (
    <fieldset
      className={cn('flex min-w-0 flex-col gap-2', className)}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className={cn('mb-1.5 text-sm font-medium', isLegendHidden && 'sr-only')}>{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const isChosen = chosen.has(option.value);
          return (
            <label
              key={option.value}
              className={cn(
                'inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-full border px-4 font-medium transition-colors select-none',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]',
                isChosen ? 'border-accent-text bg-accent-soft text-accent-text' : 'border-border-strong bg-surface hover:bg-surface-muted',
              )}
            >
              <input type="checkbox" className="sr-only" checked={isChosen} onChange={() => toggle(option.value)} />
              {isChosen && <Check className="-ml-1 size-4" aria-hidden="true" />}
              {option.label}
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
      {hint && (
        <div id={hintId} className="text-sm text-text-muted">
          {hint}
        </div>
      )}
    </fieldset>
  );
}
