import { mediaRoutes } from '@hearth/contracts';
import { useRef, useState, type ClipboardEvent, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../../api/upload';
import { useErrorText } from '../../app/use-error-text';
import { useToast } from '../../ui';
import { imageFiles, imageMarkdown, insertBlock, replacePlaceholderKeepingCaret, uploadPlaceholder } from './image-markdown';

export interface ImageUploadTarget {
  textarea: RefObject<HTMLTextAreaElement | null>;
  /** The current text (read when an upload ends, so edits made meanwhile are kept). */
  getText: () => string;
  setText: (text: string) => void;
}

let placeholderCount = 0;

/**
 * Images into a Markdown text area: each file gets a placeholder at the caret at once, is
 * uploaded (the server re-encodes it), and the placeholder becomes `![name](url)`; a
 * refused file removes its placeholder and says why in a toast. Paste, drop and the
 * "Add image" button all come here.
 */
export function useImageUploads(target: ImageUploadTarget) {
  const { t } = useTranslation('media');
  const toast = useToast();
  const errorText = useErrorText();
  const [pending, setPending] = useState(0);
  const latest = useRef(target);
  latest.current = target;
  // The newest text, also between a write and the render that shows it: several files picked
  // at once (or pasted in quick succession) each add a placeholder to the text the previous one left.
  const text = useRef(target.getText());
  text.current = target.getText();
  const write = (next: string) => {
    text.current = next;
    latest.current.setText(next);
  };
  /** Swaps a placeholder for its result, keeping the caret where it was relative to the text around it. */
  const settle = (placeholder: string, replacement: string) => {
    const element = latest.current.textarea.current;
    const edit = replacePlaceholderKeepingCaret(text.current, placeholder, replacement);
    const selection = element ? [element.selectionStart, element.selectionEnd] : null;
    write(edit.text);
    if (element && selection)
      requestAnimationFrame(() => element.setSelectionRange(edit.moveCaret(selection[0]!), edit.moveCaret(selection[1]!)));
  };

  const uploadFiles = (files: File[]) => {
    for (const file of files) {
      placeholderCount += 1;
      const placeholder = uploadPlaceholder(t('uploading'), placeholderCount);
      const element = latest.current.textarea.current;
      const current = text.current;
      const inserted = insertBlock(
        current,
        element?.selectionStart ?? current.length,
        element?.selectionEnd ?? current.length,
        placeholder,
      );
      write(inserted.text);
      requestAnimationFrame(() => element?.setSelectionRange(inserted.caret, inserted.caret));
      setPending((n) => n + 1);
      upload(mediaRoutes.uploadImage, file)
        .then((image) => settle(placeholder, imageMarkdown(image.name, image.url)))
        .catch((error: unknown) => {
          settle(placeholder, '');
          toast.show({ tone: 'danger', title: t('failed', { name: file.name }), description: errorText(error) });
        })
        .finally(() => setPending((n) => n - 1));
    }
  };

  return {
    isUploading: pending > 0,
    uploadFiles,
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
