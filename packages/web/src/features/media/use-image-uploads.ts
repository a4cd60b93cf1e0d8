import { mediaRoutes } from '@hearth/contracts';
import { useRef, useState, type ClipboardEvent, type DragEvent, type RefObject, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { upload } from '../../api/upload';
import { useErrorText } from '../../app/use-error-text';
import { useToast } from '../../ui';
import { imageFiles, imageMarkdown } from './image-markdown';
import { caretIn, insertUpload, settleUpload, uploadToken, type Caret } from './upload-placeholders';

export interface ImageUploadTarget {
  textarea: RefObject<HTMLTextAreaElement | null>;
  /**
   * Applies `edit` to the current text, as a functional state update: an upload that ends
   * edits whatever the text has become (other uploads, typing), never a copy taken earlier.
   */
  editText: (edit: (current: string) => string) => void;
}

type Edit = (text: string, caret: Caret | null) => { text: string; caret: Caret | null };

function readCaret(element: HTMLTextAreaElement | null | undefined): Caret | null {
  return element ? { text: element.value, start: element.selectionStart, end: element.selectionEnd } : null;
}

/** Unique per upload, also against placeholders left in a draft restored from an earlier visit. */
function newUploadId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => (byte % 36).toString(36)).join('');
}

/**
 * Images into a Markdown text area: each file gets a placeholder with its own id at the caret
 * at once, is uploaded (the server re-encodes it), and the placeholder becomes `![name](url)`
 * wherever it has moved by then; a refused file removes its placeholder and says why in a
 * toast. A placeholder the member deleted meanwhile stays deleted (the image is not inserted).
 * Paste, drop and the "Add image" button all come here; the text area passes its changes and
 * selection changes to `trackCaret`.
 */
export function useImageUploads(target: ImageUploadTarget) {
  const { t } = useTranslation('media');
  const toast = useToast();
  const errorText = useErrorText();
  const [pending, setPending] = useState(0);
  const latest = useRef(target);
  latest.current = target;
  // The caret as last seen, with the text it was seen in: from every change and selection change
  // of the text area, and from each edit made here.
  const caret = useRef<Caret | null>(null);

  /**
   * Applies `edit` to the current text at the caret (the text area's own, or the tracked one,
   * whichever was read from that very text), and commits it at once, so the text area never
   * shows an older text than the state: a keystroke or a pick that follows sees the new one.
   */
  const commit = (seen: Caret | null, edit: Edit) => {
    const outcome: { result?: ReturnType<Edit>; isChanged?: boolean } = {};
    flushSync(() =>
      latest.current.editText((current) => {
        const result = edit(current, caretIn(current, seen, caret.current));
        outcome.result = result;
        outcome.isChanged = result.text !== current;
        return result.text;
      }),
    );
    const { result, isChanged } = outcome;
    if (!result) return;
    caret.current = result.caret;
    const element = latest.current.textarea.current;
    if (isChanged && element && result.caret && element.value === result.caret.text)
      element.setSelectionRange(result.caret.start, result.caret.end);
  };

  const uploadFiles = (files: File[]) => {
    for (const file of files) {
      const token = uploadToken(t('uploading'), newUploadId());
      commit(readCaret(latest.current.textarea.current), (text, at) => insertUpload(text, at, token));
      const settle = (replacement: string) =>
        commit(readCaret(latest.current.textarea.current), (text, at) => settleUpload(text, at, token, replacement));
      setPending((n) => n + 1);
      upload(mediaRoutes.uploadImage, file)
        .then((image) => settle(imageMarkdown(image.name, image.url)))
        .catch((error: unknown) => {
          settle('');
          toast.show({ tone: 'danger', title: t('failed', { name: file.name }), description: errorText(error) });
        })
        .finally(() => setPending((n) => n - 1));
    }
  };

  return {
    isUploading: pending > 0,
    uploadFiles,
    /** For the text area's onChange and onSelect. */
    trackCaret: (event: SyntheticEvent<HTMLTextAreaElement>) => {
      caret.current = readCaret(event.currentTarget);
    },
    onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => {
      const files = imageFiles(event.clipboardData.files);
      if (files.length === 0) return;
      event.preventDefault();
      uploadFiles(files);
    },
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      const files = imageFiles(event.dataTransfer.files);
      if (files.length === 0) return;
      event.preventDefault();
      uploadFiles(files);
    },
  };
}
