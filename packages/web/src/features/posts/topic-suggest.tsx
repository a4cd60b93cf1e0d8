import type { Topic } from '@hearth/contracts';
import { Hash } from 'lucide-react';
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useTopics } from '../members/use-topics';
import { insertTopic, matchTopics, topicAt, type TopicToken } from './topic-token';
import { useTokenSuggest, type EditorSuggest } from './token-suggest';

export { mergeSuggest, type EditorSuggest } from './token-suggest';

/** The community's topics whose slug or name matches what follows the `#`. */
function useMatchingTopics(token: TopicToken | null): Topic[] {
  const topics = useTopics();
  return useMemo(() => (token ? matchTopics(topics.items, token.query) : []), [token, topics.items]);
}

/** #topic autocomplete for a Markdown text area: inserts `#slug`. */
export function useTopicSuggest(
  value: string,
  textarea: RefObject<HTMLTextAreaElement | null>,
  onChange: (value: string) => void,
): EditorSuggest {
  const { t } = useTranslation('spaces');
  return useTokenSuggest(value, textarea, onChange, {
    find: topicAt,
    useItems: useMatchingTopics,
    insert: (text, token, caret, topic) => insertTopic(text, token, caret, topic.slug),
    itemKey: (topic) => topic.slug,
    renderItem: (topic) => (
      <>
        <Hash className="size-4 shrink-0 text-text-muted" aria-hidden="true" />
        <span>{topic.name}</span>
        <span className="text-text-muted">#{topic.slug}</span>
      </>
    ),
    label: t('editor.topicList'),
  });
}
