import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cn } from './cn';
import { useUiStrings } from './ui-strings';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** `dialog` is centred on wide screens and becomes a bottom sheet on phones; `sheet` is always one. */
  variant?: 'dialog' | 'sheet';
  className?: string;
}

/**
 * A modal on the native <dialog> element: focus moves in and is trapped, the page behind
 * is inert, Esc closes, focus returns to where it was. Clicking the backdrop closes too.
 */
export function Dialog({ open, onClose, title, description, children, footer, variant = 'dialog', className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const strings = useUiStrings();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const isSheet = variant === 'sheet';
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={cn(
        'bg-surface text-text shadow-2xl open:flex open:flex-col',
        'm-0 mt-auto max-h-[85dvh] w-full max-w-none rounded-t-2xl pb-[env(safe-area-inset-bottom)]',
        !isSheet && 'sm:m-auto sm:max-h-[80dvh] sm:w-[min(32rem,calc(100vw-2rem))] sm:rounded-2xl sm:pb-0',
        isSheet && 'sm:mx-auto sm:max-w-lg',
        className,
      )}
    >
      <div className="flex items-start gap-3 border-b border-border px-5 pt-4 pb-3">
        {isSheet && (
          <span
            className="absolute top-1.5 left-1/2 h-1 w-10 -translate-x-1/2 rounded-full bg-border-strong sm:hidden"
            aria-hidden="true"
          />
        )}
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="text-sm text-text-muted">
              {description}
            </p>
          )}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={strings.close}
          className="-mr-2 flex size-11 shrink-0 items-center justify-center rounded-lg text-text-muted hover:bg-surface-muted"
        >
          <X className="size-5" aria-hidden="true" />
        </button>
      </div>
      <div className="overflow-y-auto px-5 py-4">{children}</div>
      {footer && <div className="flex flex-wrap justify-end gap-2 border-t border-border px-5 py-3">{footer}</div>}
    </dialog>
  );
}
