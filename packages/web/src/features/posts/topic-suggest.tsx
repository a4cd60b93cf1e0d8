import type { Topic } from '@hearth/contracts';
import { Hash } from 'lucide-react';
import { Fragment, useId, useMemo, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';
import { useTopics } from '../members/use-topics';
import { insertTopic, matchTopics, topicAt, type TopicToken } from './topic-token';

/** What an editor autocomplete gives the text area (the shape of useMentionSuggest too). */
export interface EditorSuggest {
  list: ReactNode;
  track: () => void;
  close: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  aria: { 'aria-controls'?: string; 'aria-activedescendant'?: string; 'aria-autocomplete'?: 'list' };
}

/**
 * #topic autocomplete for a Markdown text area: typing `#` and part of a topic's slug or name
 * lists the community's topics; ↑/↓ choose, Enter or Tab inserts `#slug`, Escape closes.
 */
export function useTopicSuggest(
  value: string,
  textarea: RefObject<HTMLTextAreaElement | null>,
  onChange: (value: string) => void,
): EditorSuggest {
  const { t } = useTranslation('spaces');
  const listId = useId();
  const [token, setToken] = useState<TopicToken | null>(null);
  const [active, setActive] = useState(0);
  const topics = useTopics();
  const items = useMemo(() => (token ? matchTopics(topics.items, token.query) : []), [token, topics.items]);
  const isOpen = items.length > 0;

  const track = () => {
    const element = textarea.current;
    const next = element ? topicAt(element.value, element.selectionStart ?? element.value.length) : null;
    setToken((current) => (current?.start === next?.start && current?.query === next?.query ? current : next));
    if (next?.query !== token?.query) setActive(0);
  };

  const pick = (topic: Topic) => {
    const element = textarea.current;
    if (!element || !token) return;
    const result = insertTopic(value, token, element.selectionStart ?? value.length, topic.slug);
    onChange(result.text);
    setToken(null);
    window.requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(result.caret, result.caret);
    });
  };

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
      aria-label={t('editor.topicList')}
      className="flex flex-col rounded-xl border border-border-strong bg-surface p-1 shadow-lg"
    >
      {items.map((topic, index) => (
        <li
          key={topic.slug}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            pick(topic);
          }}
          className={cn('flex cursor-pointer items-center gap-2 rounded-lg px-2 py-1.5 text-sm', index === active && 'bg-accent-soft')}
        >
          <Hash className="size-4 shrink-0 text-text-muted" aria-hidden="true" />
          <span>{topic.name}</span>
          <span className="text-text-muted">#{topic.slug}</span>
        </li>
      ))}
    </ul>
  ) : null;

  return {
    list,
    track,
    close: () => setToken(null),
    onKeyDown,
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
