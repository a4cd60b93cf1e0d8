import { useId, type ReactNode } from 'react';
import { cn } from './cn';
import { useUiStrings } from './ui-strings';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** Label above, control, hint and error below; the error is announced and linked to the control. */
export function Field({ label, hint, error, required, className, children }: FieldProps) {
  const id = useId();
  const strings = useUiStrings();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label id={`${id}-label`} htmlFor={id} className="text-sm font-medium text-text">
        {label}
        {required && (
          <span className="text-danger" aria-hidden="true" title={strings.required}>
            {' *'}
          </span>
        )}
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { required } : {}),
      })}
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
    </div>
  );
}

/** Shared look of text-like controls. */
export const controlClass = cn(
  'w-full rounded-lg border border-border-strong bg-surface px-3 text-base text-text',
  'placeholder:text-text-muted/80 transition-colors',
  'hover:border-text-muted focus-visible:border-accent-text',
  'aria-invalid:border-danger aria-invalid:bg-danger-soft/40',
  'disabled:opacity-60',
);
