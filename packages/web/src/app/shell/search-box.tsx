import { Search } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { paths } from '../routes';

/** The rail's search: opens /search (threads, comments, chat, members, spaces) with what was typed. */
export function SearchBox() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const id = useId();
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(query.trim() ? paths.searchFor(query.trim()) : paths.search);
      }}
      className="relative"
    >
      <label htmlFor={id} className="sr-only">
        {t('search.label')}
      </label>
      <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-text-muted" aria-hidden="true" />
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('search.placeholder')}
        enterKeyHint="search"
        className="min-h-10 w-full rounded-lg border border-border bg-surface-muted py-2 pr-3 pl-9 text-sm placeholder:text-text-muted hover:border-border-strong focus-visible:bg-surface"
      />
    </form>
  );
}
