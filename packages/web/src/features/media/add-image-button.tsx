import { ImagePlus } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cn, Spinner } from '../../ui';
import { IMAGE_ACCEPT, imageFiles } from './image-markdown';

/** "Add image": a file picker for keyboard and phone users (who cannot paste or drop). */
export function AddImageButton({
  onFiles,
  isUploading,
  isDisabled,
  isLabelled = false,
  className,
}: {
  onFiles: (files: File[]) => void;
  isUploading: boolean;
  isDisabled?: boolean | undefined;
  /** Icon and words (under an editor), or the icon alone (in the chat composer). */
  isLabelled?: boolean;
  className?: string;
}) {
  const { t } = useTranslation('media');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={isDisabled}
        aria-label={isLabelled ? undefined : t('addImage')}
        title={t('addImage')}
        onClick={() => input.current?.click()}
        className={cn(
          'inline-flex shrink-0 items-center justify-center gap-1.5 rounded-lg text-text-muted transition-colors hover:bg-surface-muted hover:text-text disabled:cursor-not-allowed disabled:opacity-40',
          isLabelled ? 'mt-1 min-h-9 px-2 text-sm font-medium' : 'size-10',
          className,
        )}
      >
        {isUploading ? <Spinner label={t('uploadingStatus')} /> : <ImagePlus className="size-5" aria-hidden="true" />}
        {isLabelled && <span>{t('addImage')}</span>}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMAGE_ACCEPT}
        multiple
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = imageFiles(event.target.files);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
