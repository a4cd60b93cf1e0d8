import type { Topic } from '@hearth/contracts';

/** A `#topic` being typed: where the # is in the text and what follows it. */
export interface TopicToken {
  start: number;
  query: string;
}

// After the start or a space: # then letters, digits or dashes (a slug, or the start of a name in any script).
const TYPED_TOPIC = /(^|\s)#([\p{L}\p{N}-]{1,40})$/u;

/** The topic being typed just before the caret, if any. */
export function topicAt(text: string, caret: number): TopicToken | null {
  const match = TYPED_TOPIC.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Topics whose slug or name starts with (then contains) the query, case-insensitively, best first. */
export function matchTopics(topics: readonly Topic[], query: string, limit = 6): Topic[] {
  const needle = query.toLocaleLowerCase();
  const score = (topic: Topic) => {
    const slug = topic.slug.toLocaleLowerCase();
    const name = topic.name.toLocaleLowerCase();
    if (slug.startsWith(needle) || name.startsWith(needle)) return 0;
    if (slug.includes(needle) || name.includes(needle)) return 1;
    return 2;
  };
  return topics
    .map((topic, index) => ({ topic, index, rank: score(topic) }))
    .filter((entry) => entry.rank < 2)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.topic);
}

/** The text with the typed `#query` replaced by `#slug ` (what the server links as a topic), and where the caret goes. */
export function insertTopic(text: string, token: TopicToken, caret: number, slug: string): { text: string; caret: number } {
  const tag = `#${slug} `;
  return { text: text.slice(0, token.start) + tag + text.slice(caret), caret: token.start + tag.length };
}
