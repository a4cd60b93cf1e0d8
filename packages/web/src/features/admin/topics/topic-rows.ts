import type { Topic } from '@hearth/contracts';

export const SLUG_PATTERN = /^[a-z0-9-]{1,40}$/;

/** A slug suggested from a name: lower-case Latin letters and digits joined by dashes ("Book Club" → "book-club"). */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export type TopicProblem = 'slugFormat' | 'slugDuplicate' | 'nameMissing';

/** What is wrong with each row before saving (the server checks the same again). */
export function topicProblems(topics: readonly Topic[]): Map<number, { slug?: TopicProblem; name?: TopicProblem }> {
  const problems = new Map<number, { slug?: TopicProblem; name?: TopicProblem }>();
  const seen = new Set<string>();
  topics.forEach((topic, index) => {
    const row: { slug?: TopicProblem; name?: TopicProblem } = {};
    if (!SLUG_PATTERN.test(topic.slug)) row.slug = 'slugFormat';
    else if (seen.has(topic.slug)) row.slug = 'slugDuplicate';
    seen.add(topic.slug);
    if (!topic.name.trim()) row.name = 'nameMissing';
    if (row.slug || row.name) problems.set(index, row);
  });
  return problems;
}
