import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClass, Field } from './field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
}

export function TextArea({ label, hint, error, required, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => <textarea rows={rows} {...textarea} {...control} className={cn(controlClass, 'py-2 leading-relaxed')} />}
    </Field>
  );
}
