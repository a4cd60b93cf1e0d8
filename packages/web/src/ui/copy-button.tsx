import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button, type ButtonSize } from './button';

export interface CopyButtonProps {
  text: string;
  label: string;
  /** Said (and shown) for a moment after a successful copy. */
  copiedLabel: string;
  /** Called when the clipboard refuses (insecure context, permissions). */
  onError?: () => void;
  size?: ButtonSize;
  /** Icon only (the label becomes its name and tooltip), for tight rows. */
  isCompact?: boolean;
  className?: string;
}

/** Copies text to the clipboard and confirms it in place, announced to screen readers. */
export function CopyButton({ text, label, copiedLabel, onError, size = 'sm', isCompact = false, className }: CopyButtonProps) {
  const [isCopied, setCopied] = useState(false);
  useEffect(() => {
    if (!isCopied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [isCopied]);
  return (
    <Button
      variant="secondary"
      size={size}
      className={className}
      title={isCompact ? label : undefined}
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => onError?.(),
        )
      }
      icon={isCopied ? <Check className="size-4" aria-hidden="true" /> : <Copy className="size-4" aria-hidden="true" />}
    >
      <span aria-live="polite" className={isCompact ? 'sr-only' : undefined}>
        {isCopied ? copiedLabel : label}
      </span>
    </Button>
  );
}
