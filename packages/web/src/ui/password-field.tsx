import { Eye, EyeOff } from 'lucide-react';
import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from './cn';
import { controlClass, Field } from './field';
import { useUiStrings } from './ui-strings';

export interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
}

/** A password input with a show/hide toggle that keeps focus order and says what it does. */
export function PasswordField({ label, hint, error, required, className, ...input }: PasswordFieldProps) {
  const [isVisible, setVisible] = useState(false);
  const strings = useUiStrings();
  const toggleLabel = isVisible ? strings.hidePassword : strings.showPassword;
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <div className="relative">
          <input {...input} {...control} type={isVisible ? 'text' : 'password'} className={cn(controlClass, 'min-h-11 py-2 pr-12')} />
          <button
            type="button"
            onClick={() => setVisible((visible) => !visible)}
            aria-label={toggleLabel}
            title={toggleLabel}
            aria-pressed={isVisible}
            className="absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-r-lg text-text-muted hover:text-text"
          >
            {isVisible ? <EyeOff className="size-5" aria-hidden="true" /> : <Eye className="size-5" aria-hidden="true" />}
          </button>
        </div>
      )}
    </Field>
  );
}
