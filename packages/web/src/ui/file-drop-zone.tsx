import { useState, type DragEvent, type ReactNode } from 'react';
import { buttonClass } from './button';
import { cn } from './cn';

export interface FileDropZoneProps {
  /** The `accept` list of the file input, e.g. `image/png,image/jpeg`. */
  accept: string;
  onFile: (file: File) => void;
  /** The button's words ("Choose a photo"). */
  buttonLabel: string;
  /** Shown beside the button ("or drop it here"), and while dragging. */
  dropHint: ReactNode;
  isDisabled?: boolean;
  /** Preview or current state, shown before the button. */
  children?: ReactNode;
  /** More buttons beside the picker (e.g. "Remove"). */
  actions?: ReactNode;
  className?: string;
}

/**
 * A file picker that also takes a dropped file. The real file input stays in the tab order
 * (visually hidden inside its button-looking label), so it works with the keyboard and
 * with assistive tech as a plain file input.
 */
export function FileDropZone({
  accept,
  onFile,
  buttonLabel,
  dropHint,
  isDisabled = false,
  children,
  actions,
  className,
}: FileDropZoneProps) {
  const [isDragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !isDisabled) onFile(file);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        if (!isDisabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        'flex flex-col items-center gap-4 rounded-2xl border-2 border-dashed p-4 text-center transition-colors sm:flex-row sm:text-left',
        isDragging ? 'border-accent-text bg-accent-soft' : 'border-border-strong',
        className,
      )}
    >
      {children}
      <div className="flex min-w-0 flex-col items-center gap-2 sm:items-start">
        <div className="flex flex-wrap items-center justify-center gap-2">
          <label
            className={cn(
              buttonClass({ variant: 'secondary' }),
              'cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)]',
              isDisabled && 'pointer-events-none opacity-55',
            )}
          >
            <input
              type="file"
              accept={accept}
              disabled={isDisabled}
              className="sr-only"
              onChange={(event) => {
                const file = event.target.files?.[0];
                // Reset so choosing the same file again still fires a change.
                event.target.value = '';
                if (file) onFile(file);
              }}
            />
            {buttonLabel}
          </label>
          {actions}
        </div>
        <span className="text-sm text-text-muted">{dropHint}</span>
      </div>
    </div>
  );
}
