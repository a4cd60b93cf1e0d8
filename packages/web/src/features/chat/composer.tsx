import { MESSAGE_MAX_LENGTH } from '@hearth/contracts';
import { SendHorizontal } from 'lucide-react';
import { forwardRef, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';

const MAX_HEIGHT_PX = 200;

/** Grows a textarea with its text, up to about eight lines (then it scrolls). */
export function fitToContent(element: HTMLTextAreaElement | null): void {
  if (!element) return;
  element.style.height = 'auto';
  element.style.height = `${Math.min(element.scrollHeight, MAX_HEIGHT_PX)}px`;
}

/**
 * Enter without Shift sends. Not while an input method is composing (Chinese, Japanese…):
 * there Enter picks the characters.
 */
export function isSendKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && event.keyCode !== 229;
}

export interface ComposerProps {
  /** The textbox's accessible name. */
  label: string;
  placeholder: string;
  sendLabel: string;
  onSend: (body: string) => void;
  /** Called as the member types (the caller throttles the typing frames). */
  onTyping?: () => void;
  autoFocus?: boolean;
  className?: string;
}

export interface ComposerHandle {
  focus: () => void;
}

/** The message box: Enter sends, Shift+Enter adds a line; it grows with the text. */
export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer(
  { label, placeholder, sendLabel, onSend, onTyping, autoFocus = false, className },
  ref,
) {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  useImperativeHandle(ref, () => ({ focus: () => field.current?.focus() }), []);
  useLayoutEffect(() => fitToContent(field.current), [text]);
  useLayoutEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const body = text.trim();
  const send = () => {
    if (!body) return;
    onSend(body);
    setText('');
    field.current?.focus();
  };

  return (
    <form
      className={cn(
        'flex items-end gap-1.5 rounded-xl border border-border-strong bg-surface p-1.5 transition-colors focus-within:border-accent-text',
        'has-[textarea:focus-visible]:outline-2 has-[textarea:focus-visible]:outline-offset-2 has-[textarea:focus-visible]:outline-accent-text',
        className,
      )}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        ref={field}
        value={text}
        rows={1}
        maxLength={MESSAGE_MAX_LENGTH}
        aria-label={label}
        aria-describedby={hintId}
        placeholder={placeholder}
        enterKeyHint="send"
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim()) onTyping?.();
        }}
        onKeyDown={(event) => {
          if (!isSendKey(event)) return;
          event.preventDefault();
          send();
        }}
        className="min-h-10 min-w-0 flex-1 resize-none rounded-lg bg-transparent px-2.5 py-2 text-base leading-normal placeholder:text-text-muted/80 focus-visible:outline-none"
      />
      <button
        type="submit"
        disabled={!body}
        aria-label={sendLabel}
        title={sendLabel}
        className="inline-flex size-10 shrink-0 items-center justify-center rounded-lg bg-accent text-accent-fg transition hover:brightness-110 disabled:cursor-not-allowed disabled:opacity-40"
      >
        <SendHorizontal className="size-5" aria-hidden="true" />
      </button>
      <span id={hintId} className="sr-only">
        {t('composer.hint', { enter: 'Enter', shiftEnter: 'Shift+Enter' })}
      </span>
    </form>
  );
});
