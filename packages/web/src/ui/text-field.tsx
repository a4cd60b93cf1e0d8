import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';
import { controlClass, Field } from './field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
}

export function TextField({ label, hint, error, required, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => <input type="text" {...input} {...control} className={cn(controlClass, 'min-h-11 py-2')} />}
    </Field>
  );
}
