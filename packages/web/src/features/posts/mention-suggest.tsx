import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { Avatar, cn } from '../../ui';
import { insertMention, mentionAt, type MentionToken } from './mention-token';

/**
 * @mention autocomplete for a Markdown text area: typing `@` and part of a name lists matching
 * members (the directory's search, 繁/简 alike); ↑/↓ choose, Enter or Tab inserts the mention,
 * Escape closes the list.
 */
export function useMentionSuggest(value: string, textarea: RefObject<HTMLTextAreaElement | null>, onChange: (value: string) => void) {
  const { t } = useTranslation('spaces');
  const listId = useId();
  const [token, setToken] = useState<MentionToken | null>(null);
  const [active, setActive] = useState(0);
  const members = useQuery({
    ...apiQuery(memberRoutes.directory, { query: { q: token?.query ?? '', limit: 6 } }),
    enabled: token !== null,
    staleTime: 30_000,
  });
  const items = token ? (members.data?.items ?? []) : [];
  const isOpen = items.length > 0;

  /** Reads the caret after typing, clicking or moving it. */
  const track = () => {
    const element = textarea.current;
    const next = element ? mentionAt(element.value, element.selectionStart ?? element.value.length) : null;
    setToken((current) => (current?.start === next?.start && current?.query === next?.query ? current : next));
    if (next?.query !== token?.query) setActive(0);
  };

  const pick = (member: { id: string; displayName: string }) => {
    const element = textarea.current;
    if (!element || !token) return;
    const result = insertMention(value, token, element.selectionStart ?? value.length, member);
    onChange(result.text);
    setToken(null);
    window.requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(result.caret, result.caret);
    });
  };

  /** Handles the list's keys; returns true when it took the key. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!isOpen) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      pick(items[Math.min(active, items.length - 1)]!);
    } else if (event.key === 'Escape') {
      setToken(null);
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  const optionId = (index: number) => `${listId}-${index}`;
  const list = isOpen ? (
    <ul
      id={listId}
      role="listbox"
      aria-label={t('editor.mentionList')}
      className="flex flex-col rounded-xl border border-border-strong bg-surface p-1 shadow-lg"
    >
      {items.map((member, index) => (
        <li
          key={member.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            pick(member);
          }}
          className={cn('flex cursor-pointer items-center gap-2 rounded-lg px-2 py-1.5 text-sm', index === active && 'bg-accent-soft')}
        >
          <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative />
          {member.displayName}
        </li>
      ))}
    </ul>
  ) : null;

  return {
    list,
    track,
    close: () => setToken(null),
    onKeyDown,
    /** ARIA for the text area while the list is open. */
    aria: isOpen
      ? {
          'aria-controls': listId,
          'aria-activedescendant': optionId(Math.min(active, items.length - 1)),
          'aria-autocomplete': 'list' as const,
        }
      : {},
  };
}
