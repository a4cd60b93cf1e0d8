import type { ReactNode } from 'react';
import { Alert } from './alert';

/**
 * A form that leaves validation to the server (noValidate, so messages come in the
 * member's language from the API), runs `onSubmit` without a page reload, and shows the
 * form-level error, if any, above its fields. `className` replaces the default column layout.
 */
export function Form({
  onSubmit,
  error,
  className,
  children,
}: {
  onSubmit: () => void;
  error?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      className={className ?? 'flex flex-col gap-4'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {error && <Alert tone="danger">{error}</Alert>}
      {children}
    </form>
  );
}
