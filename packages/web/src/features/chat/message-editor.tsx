import { MESSAGE_MAX_LENGTH } from '@hearth/contracts';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Button } from '../../ui';
import { useMentionSuggest } from '../posts/mention-suggest';
import { fitToContent, isSendKey } from './composer';

/** Editing a message in place: Enter saves, Shift+Enter adds a line, Esc cancels. */
export function MessageEditor({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  /** Rejects with the API's error, shown under the field. */
  onSave: (body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('chat');
  const errorText = useErrorText();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionSuggest(text, field, setText);
  const errorId = useId();
  const hintId = useId();
  const body = text.trim();
  const canSave = body !== '' && body !== initial.trim() && !isSaving;

  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  useLayoutEffect(() => fitToContent(field.current), [text]);

  const save = () => {
    if (!canSave) return;
    setSaving(true);
    setError(null);
    onSave(body)
      .catch((failure: unknown) => setError(failure))
      .finally(() => setSaving(false));
  };

  return (
    <form
      className="mt-1 flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <textarea
        ref={field}
        value={text}
        rows={1}
        maxLength={MESSAGE_MAX_LENGTH}
        aria-label={t('edit.label')}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          mention.track();
        }}
        onClick={mention.track}
        onKeyUp={(event) => ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key) && mention.track()}
        onBlur={mention.close}
        {...mention.aria}
        onKeyDown={(event) => {
          // The suggestion list takes ↑/↓/Enter/Escape first, so Escape closes it before it cancels the edit.
          if (mention.onKeyDown(event)) return;
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          } else if (isSendKey(event)) {
            event.preventDefault();
            save();
          }
        }}
        className="max-h-60 w-full resize-none rounded-lg border border-border-strong bg-surface px-3 py-2 text-base leading-relaxed aria-invalid:border-danger"
      />
      {mention.list}
      {Boolean(error) && (
        <p id={errorId} className="text-sm text-danger" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" isLoading={isSaving} disabled={!canSave}>
          {t('edit.save')}
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={isSaving}>
          {t('edit.cancel')}
        </Button>
        <span id={hintId} className="text-xs text-text-muted">
          {t('edit.hint', { enter: 'Enter', escape: 'Esc' })}
        </span>
      </div>
    </form>
  );
}
