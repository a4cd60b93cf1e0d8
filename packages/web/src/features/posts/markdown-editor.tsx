import { postRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MutableRefObject, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { cn, controlClass, SkeletonText } from '../../ui';
import { AddImageButton } from '../media/add-image-button';
import { useImageUploads } from '../media/use-image-uploads';
import { useMentionSuggest } from './mention-suggest';
import { mergeSuggest, useTopicSuggest } from './topic-suggest';
import { RenderedHtml } from './rendered-html';

export type EditorTab = 'write' | 'preview';

/** A new text, or an edit of the current one (applied to whatever the text is by then, as a functional state update). */
export type TextChange = string | ((current: string) => string);

export function applyTextChange(change: TextChange, current: string): string {
  return typeof change === 'function' ? change(current) : change;
}

export interface MarkdownEditorProps {
  label: string;
  /** Hide the label visually (the surrounding heading says it); it is still read out. */
  isLabelHidden?: boolean;
  value: string;
  /** Typing gives the new text; an image upload that ends gives an edit of the current text. */
  onChange: (change: TextChange) => void;
  /** The server's rendering of exactly `value` (after posting, or an unchanged saved text); the preview shows it. */
  previewHtml?: string | null;
  /** Ctrl/⌘ + Enter in the text area. */
  onSubmitShortcut?: () => void;
  error?: string | null;
  placeholder?: string;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  tab?: EditorTab;
  onTabChange?: (tab: EditorTab) => void;
  isDisabled?: boolean;
  /** Images are uploading (or no longer): posting now would post their placeholders. */
  onUploadingChange?: (isUploading: boolean) => void;
}

/**
 * The server's rendering of `text` while the preview tab shows it: exactly what posting would
 * store, mentions, links and sanitising included. Each text is rendered once.
 */
function usePreview(text: string, isShown: boolean) {
  return useQuery({
    queryKey: ['markdown-preview', text],
    queryFn: ({ signal }) => call(postRoutes.previewMarkdown, { body: { body: text }, signal }),
    enabled: isShown && text.trim() !== '',
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}

/**
 * A Markdown text area with Write / Preview tabs. The preview is the server's sanitised
 * rendering: given by the caller for a stored text, else asked for when the tab opens.
 */
export function MarkdownEditor(props: MarkdownEditorProps) {
  const { label, value, onChange, previewHtml, error, rows = 6 } = props;
  const { t } = useTranslation('spaces');
  const id = useId();
  const [ownTab, setOwnTab] = useState<EditorTab>('write');
  const tab = props.tab ?? ownTab;
  const errorText = useErrorText();
  const preview = usePreview(value, tab === 'preview' && !previewHtml);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  // @mentions and #topics share the text area's keys and list slot.
  const mention = mergeSuggest(useMentionSuggest(value, textarea, onChange), useTopicSuggest(value, textarea, onChange));
  // Pasted, dropped and picked images are uploaded and land in the text as Markdown.
  const images = useImageUploads({ textarea, editText: onChange });
  const { onUploadingChange } = props;
  useEffect(() => onUploadingChange?.(images.isUploading), [images.isUploading, onUploadingChange]);
  // The caller may hold the text area too (to focus it, or to place the caret after a quote).
  const setTextarea = (element: HTMLTextAreaElement | null) => {
    textarea.current = element;
    const outer = props.textareaRef;
    if (typeof outer === 'function') outer(element);
    else if (outer) (outer as MutableRefObject<HTMLTextAreaElement | null>).current = element;
  };
  const setTab = (next: EditorTab) => {
    setOwnTab(next);
    props.onTabChange?.(next);
  };
  const tabRefs = useRef<Record<EditorTab, HTMLButtonElement | null>>({ write: null, preview: null });
  const ids = { write: `${id}-write`, preview: `${id}-preview`, hint: `${id}-hint`, error: `${id}-error`, label: `${id}-label` };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: EditorTab = event.key === 'Home' ? 'write' : event.key === 'End' ? 'preview' : tab === 'write' ? 'preview' : 'write';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const tabButton = (name: EditorTab) => (
    <button
      ref={(element) => {
        tabRefs.current[name] = element;
      }}
      type="button"
      role="tab"
      id={`${ids[name]}-tab`}
      aria-selected={tab === name}
      aria-controls={ids[name]}
      tabIndex={tab === name ? 0 : -1}
      onClick={() => setTab(name)}
      onKeyDown={onTabKey}
      className={cn(
        'min-h-9 rounded-md px-3 text-sm font-medium transition-colors',
        tab === name ? 'bg-surface text-text shadow-card' : 'text-text-muted hover:text-text',
      )}
    >
      {t(`editor.${name}`)}
    </button>
  );

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label id={ids.label} htmlFor={`${id}-text`} className={cn('text-sm font-medium', props.isLabelHidden && 'sr-only')}>
          {label}
        </label>
        <div role="tablist" aria-labelledby={ids.label} className="ml-auto inline-flex rounded-lg bg-surface-muted p-0.5">
          {tabButton('write')}
          {tabButton('preview')}
        </div>
      </div>
      <div role="tabpanel" id={ids.write} aria-labelledby={`${ids.write}-tab`} hidden={tab !== 'write'}>
        <textarea
          ref={setTextarea}
          id={`${id}-text`}
          rows={rows}
          value={value}
          disabled={props.isDisabled}
          placeholder={props.placeholder}
          onChange={(event) => {
            onChange(event.target.value);
            images.trackCaret(event);
            mention.track();
          }}
          onSelect={images.trackCaret}
          onClick={mention.track}
          onKeyUp={(event) => ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key) && mention.track()}
          onBlur={mention.close}
          onPaste={images.onPaste}
          onDragOver={images.onDragOver}
          onDrop={images.onDrop}
          {...mention.aria}
          onKeyDown={(event) => {
            if (mention.onKeyDown(event)) return;
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && props.onSubmitShortcut) {
              event.preventDefault();
              props.onSubmitShortcut();
            }
          }}
          aria-describedby={[error ? ids.error : null, ids.hint].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          className={cn(controlClass, 'min-h-32 resize-y py-2 leading-relaxed')}
        />
        {mention.list}
        <AddImageButton onFiles={images.uploadFiles} isUploading={images.isUploading} isDisabled={props.isDisabled} isLabelled />
      </div>
      <div
        role="tabpanel"
        id={ids.preview}
        aria-labelledby={`${ids.preview}-tab`}
        hidden={tab !== 'preview'}
        tabIndex={0}
        className="min-h-32 rounded-lg border border-border bg-surface px-3 py-2"
      >
        {previewHtml ? (
          <RenderedHtml html={previewHtml} />
        ) : !value.trim() ? (
          <p className="text-sm text-text-muted">{t('editor.previewEmpty')}</p>
        ) : preview.data ? (
          <RenderedHtml html={preview.data.html} />
        ) : preview.isError ? (
          <p className="text-sm text-danger">{errorText(preview.error)}</p>
        ) : tab !== 'preview' ? null : (
          // Only while the preview is shown: a hidden panel is not "busy" (it is never fetched).
          <div aria-busy="true">
            <span className="sr-only" role="status">
              {t('editor.previewLoading')}
            </span>
            <SkeletonText lines={3} />
          </div>
        )}
      </div>
      {error && (
        <p id={ids.error} className="text-sm text-danger">
          {error}
        </p>
      )}
      <p id={ids.hint} className="text-sm text-text-muted">
        {t('editor.hint')}
      </p>
    </div>
  );
}
