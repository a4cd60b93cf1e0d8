import { Search, X } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../../ui';

interface DirectorySearchFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onSubmit: () => void;
  onClear: () => void;
  isSearching: boolean;
}

/** The directory's own search box: results follow as you type; Enter searches at once. */
export function DirectorySearchField({ text, onTextChange, onSubmit, onClear, isSearching }: DirectorySearchFieldProps) {
  const { t } = useTranslation('members');
  const id = useId();
  return (
    <form
      role="search"
      className="relative"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('directory.searchLabel')}
      </label>
      <Search className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-text-muted" aria-hidden="true" />
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        placeholder={t('directory.searchPlaceholder')}
        enterKeyHint="search"
        autoComplete="off"
        maxLength={100}
        className="min-h-12 w-full rounded-xl border border-border-strong bg-surface py-2 pr-24 pl-11 text-base placeholder:text-text-muted/80 hover:border-text-muted focus-visible:border-accent-text [&::-webkit-search-cancel-button]:hidden"
      />
      <span className="absolute inset-y-0 right-1 flex items-center gap-1">
        {isSearching && <Spinner label={t('directory.searching')} className="size-4 text-text-muted" />}
        {text && (
          <button
            type="button"
            onClick={onClear}
            aria-label={t('directory.clear')}
            title={t('directory.clear')}
            className="flex size-10 items-center justify-center rounded-lg text-text-muted hover:bg-surface-muted hover:text-text"
          >
            <X className="size-5" aria-hidden="true" />
          </button>
        )}
      </span>
    </form>
  );
}
