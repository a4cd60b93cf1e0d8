import { Check } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cn } from './cn';

export interface RadioCardOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
  /** Language of the label when it differs from the page (e.g. 繁體中文 on an English page). */
  lang?: string;
}

export interface RadioCardsProps<V extends string> {
  legend: ReactNode;
  name: string;
  value: V;
  options: readonly RadioCardOption<V>[];
  onChange: (value: V) => void;
  error?: string | null;
  className?: string;
}

/** A radio group drawn as large cards; arrow keys move between them as in any radio group. */
export function RadioCards<V extends string>({ legend, name, value, options, onChange, error, className }: RadioCardsProps<V>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={cn('flex flex-col gap-2', className)} aria-describedby={errorId}>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {options.map((option) => {
          const isChecked = option.value === value;
          return (
            <label
              key={option.value}
              className={cn(
                'relative flex min-h-14 cursor-pointer flex-col justify-center rounded-xl border px-4 py-3 transition-colors',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]',
                isChecked ? 'border-accent-text bg-accent-soft' : 'border-border-strong bg-surface hover:bg-surface-muted',
              )}
            >
              <input
                type="radio"
                className="sr-only"
                name={name}
                value={option.value}
                checked={isChecked}
                onChange={() => onChange(option.value)}
              />
              <span className="pr-6 font-medium" lang={option.lang}>
                {option.label}
              </span>
              {option.description && <span className="text-sm text-text-muted">{option.description}</span>}
              {isChecked && <Check className="absolute top-3 right-3 size-4 text-accent-text" aria-hidden="true" />}
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
