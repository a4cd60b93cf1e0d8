import { Fragment, useId, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { cn } from '../../ui';

/** What an editor autocomplete gives the text area. */
export interface EditorSuggest {
  list: ReactNode;
  track: () => void;
  close: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  aria: { 'aria-controls'?: string; 'aria-activedescendant'?: string; 'aria-autocomplete'?: 'list' };
}

/** A trigger being typed at the caret: where it starts and what follows it so far. */
export interface SuggestToken {
  start: number;
  query: string;
}

/** One kind of autocomplete: how its token is found and completed, and what it offers. */
export interface SuggestSpec<T extends SuggestToken, I> {
  find(text: string, caret: number): T | null;
  /** The items for the token being typed (called as a hook, every render). */
  useItems(token: T | null): I[];
  insert(text: string, token: T, caret: number, item: I): { text: string; caret: number };
  itemKey(item: I): string;
  renderItem(item: I): ReactNode;
  /** The list's accessible name. */
  label: string;
}

/**
 * An autocomplete on a text area (mentions, topics): the token at the caret opens a listbox;
 * ↑/↓ choose, Enter or Tab completes, Escape closes. The text area keeps focus throughout.
 */
export function useTokenSuggest<T extends SuggestToken, I>(
  value: string,
  textarea: RefObject<HTMLTextAreaElement | null>,
  onChange: (value: string) => void,
  spec: SuggestSpec<T, I>,
): EditorSuggest {
  const listId = useId();
  const [token, setToken] = useState<T | null>(null);
  const [active, setActive] = useState(0);
  const found = spec.useItems(token);
  const items = token ? found : [];
  const isOpen = items.length > 0;

  /** Reads the caret after typing, clicking or moving it. */
  const track = () => {
    const element = textarea.current;
    const next = element ? spec.find(element.value, element.selectionStart ?? element.value.length) : null;
    setToken((current) => (current?.start === next?.start && current?.query === next?.query ? current : next));
    if (next?.query !== token?.query) setActive(0);
  };

  const pick = (item: I) => {
    const element = textarea.current;
    if (!element || !token) return;
    const result = spec.insert(value, token, element.selectionStart ?? value.length, item);
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
      aria-label={spec.label}
      className="flex flex-col rounded-xl border border-border-strong bg-surface p-1 shadow-lg"
    >
      {items.map((item, index) => (
        <li
          key={spec.itemKey(item)}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            pick(item);
          }}
          className={cn('flex cursor-pointer items-center gap-2 rounded-lg px-2 py-1.5 text-sm', index === active && 'bg-accent-soft')}
        >
          {spec.renderItem(item)}
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

/** Several autocompletes on one text area as one (only one is open at a time: their triggers differ). */
export function mergeSuggest(...all: EditorSuggest[]): EditorSuggest {
  return {
    list: all.map((suggest, index) => <Fragment key={index}>{suggest.list}</Fragment>),
    track: () => all.forEach((suggest) => suggest.track()),
    close: () => all.forEach((suggest) => suggest.close()),
    onKeyDown: (event) => all.some((suggest) => suggest.onKeyDown(event)),
    aria: Object.assign({}, ...all.map((suggest) => suggest.aria)) as EditorSuggest['aria'],
  };
}
