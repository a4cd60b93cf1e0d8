import { memberRoutes, type Topic } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiQuery } from '../../api/api-query';

/** The community's topics (interests), with a slug → name lookup; they rarely change. */
export function useTopics() {
  const topics = useQuery({ ...apiQuery(memberRoutes.topics), staleTime: 5 * 60_000 });
  const items: readonly Topic[] = topics.data?.items ?? [];
  const nameOf = useMemo(() => {
    const names = new Map(items.map((topic) => [topic.slug, topic.name]));
    return (slug: string) => names.get(slug) ?? slug;
  }, [items]);
  return { ...topics, items, nameOf };
}
