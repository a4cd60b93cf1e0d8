import { memberRoutes, type MemberSummary } from '@hearth/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { apiQuery } from '../../api/api-query';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Spinner, TextField } from '../../ui';

const SEARCH_DELAY_MS = 300;

/** The picker's words, from the namespace of whatever it picks members for. */
export interface MemberPickerLabels {
  picked: string;
  unpick: (name: string) => string;
  search: string;
  searchPlaceholder: string;
  pickLimit: (count: number) => string;
  searching: string;
  noResults: (query: string) => string;
  nobody: string;
  results: string;
  alreadyIn?: string;
}

export interface MemberPickerProps {
  labels: MemberPickerLabels;
  selected: readonly MemberSummary[];
  onChange: (selected: MemberSummary[]) => void;
  /** At most this many can be picked (the API's limit per request). */
  max: number;
  /** Shown ticked and disabled: people who are already in (of those loaded). */
  alreadyIn?: ReadonlySet<string>;
  /** Never offered (e.g. the caller themself). */
  excludeIds?: readonly string[];
}

/**
 * Picks members from the directory: a search field (the directory's name search, 繁/简 alike),
 * results with checkboxes, and the picked people as removable chips above.
 */
export function MemberPicker({ labels, selected, onChange, max, alreadyIn, excludeIds = [] }: MemberPickerProps) {
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const results = useQuery({
    ...apiQuery(memberRoutes.directory, { query: { q: query || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
  });
  const isFull = selected.length >= max;
  const isSelected = (id: string) => selected.some((member) => member.id === id);
  const toggle = (member: MemberSummary) =>
    onChange(isSelected(member.id) ? selected.filter((item) => item.id !== member.id) : isFull ? [...selected] : [...selected, member]);
  const people = (results.data?.items ?? []).filter((member) => !excludeIds.includes(member.id));
  const isSearching = results.isFetching || query !== text.trim();

  return (
    <div className="flex flex-col gap-3">
      {selected.length > 0 && (
        <ul aria-label={labels.picked} className="flex flex-wrap gap-1.5">
          {selected.map((member) => (
            <li key={member.id}>
              <button
                type="button"
                onClick={() => toggle(member)}
                aria-label={labels.unpick(member.displayName)}
                className="inline-flex min-h-9 max-w-full items-center gap-1.5 rounded-full border border-accent-text/40 bg-accent-soft py-0.5 pr-2 pl-0.5 text-sm font-medium text-accent-text"
              >
                <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative className="size-7" />
                <span className="truncate">{member.displayName}</span>
                <X className="size-4 shrink-0" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={labels.search}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={labels.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        hint={isFull ? labels.pickLimit(max) : undefined}
      />
      {results.isError ? (
        <Alert tone="danger">{errorText(results.error)}</Alert>
      ) : results.isPending ? (
        <Spinner label={labels.searching} />
      ) : people.length === 0 ? (
        <p className="text-text-muted">{query ? labels.noResults(query) : labels.nobody}</p>
      ) : (
        <ul aria-label={labels.results} aria-busy={isSearching || undefined} className="-mx-2 flex flex-col">
          {people.map((member) => {
            const isIn = alreadyIn?.has(member.id) ?? false;
            const checked = isIn || isSelected(member.id);
            return (
              <li key={member.id}>
                <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-surface-muted has-disabled:cursor-not-allowed has-disabled:opacity-60">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={isIn || (!checked && isFull)}
                    onChange={() => toggle(member)}
                    className="size-5 shrink-0 accent-[var(--accent)]"
                  />
                  <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative />
                  <span className="min-w-0 flex-1 truncate">{member.displayName}</span>
                  {isIn && labels.alreadyIn && <span className="shrink-0 text-sm text-text-muted">{labels.alreadyIn}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
