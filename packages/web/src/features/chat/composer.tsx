import { MESSAGE_MAX_LENGTH } from '@hearth/contracts';
import { SendHorizontal } from 'lucide-react';
import { forwardRef, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';
import { AddImageButton } from '../media/add-image-button';
import { useImageUploads } from '../media/use-image-uploads';
import { useMentionSuggest } from '../posts/mention-suggest';

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
  /** Takes a refused message back for editing: it becomes the text (before any already typed). */
  restore: (body: string) => void;
}

/**
 * The message box: Enter sends, Shift+Enter adds a line; it grows with the text. `@` and part of
 * a name suggests members (as in the thread editor); while that list is open, Enter picks.
 */
export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer(
  { label, placeholder, sendLabel, onSend, onTyping, autoFocus = false, className },
  ref,
) {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  useImperativeHandle(
    ref,
    () => ({
      focus: () => field.current?.focus(),
      restore: (restored) => {
        setText((current) => (current.trim() ? `${restored}\n${current}` : restored));
        field.current?.focus();
      },
    }),
    [],
  );
  // Images (attached, pasted or dropped) travel as Markdown in the body; sending waits for them.
  const images = useImageUploads({ textarea: field, editText: setText });
  const mention = useMentionSuggest(text, field, setText);
  useLayoutEffect(() => fitToContent(field.current), [text]);
  useLayoutEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const body = text.trim();
  const send = () => {
    if (!body || images.isUploading) return;
    onSend(body);
    setText('');
    mention.close();
    field.current?.focus();
  };

  return (
    <form
      className={cn(
        'relative flex items-end gap-1.5 rounded-xl border border-border-strong bg-surface p-1.5 transition-colors focus-within:border-accent-text',
        'has-[textarea:focus-visible]:outline-2 has-[textarea:focus-visible]:outline-offset-2 has-[textarea:focus-visible]:outline-accent-text',
        className,
      )}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {mention.list && <div className="absolute inset-x-0 bottom-full z-20 mb-1.5">{mention.list}</div>}
      <AddImageButton onFiles={images.uploadFiles} isUploading={images.isUploading} />
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
          images.trackCaret(event);
          mention.track();
          if (event.target.value.trim()) onTyping?.();
        }}
        onSelect={images.trackCaret}
        onClick={mention.track}
        onKeyUp={(event) => ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key) && mention.track()}
        onBlur={mention.close}
        {...mention.aria}
        onPaste={images.onPaste}
        onDragOver={images.onDragOver}
        onDrop={images.onDrop}
        onKeyDown={(event) => {
          if (mention.onKeyDown(event) || !isSendKey(event)) return;
          event.preventDefault();
          send();
        }}
        className="min-h-10 min-w-0 flex-1 resize-none rounded-lg bg-transparent px-2.5 py-2 text-base leading-normal placeholder:text-text-muted/80 focus-visible:outline-none"
      />
      <button
        type="submit"
        disabled={!body || images.isUploading}
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
