import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../ui';
import { useTopics } from './use-topics';

/** A member's interests as chips, named from the community's topics. */
export function TopicChips({ slugs }: { slugs: readonly string[] }) {
  const { t } = useTranslation('members');
  const topics = useTopics();
  if (topics.isPending) return <Skeleton className="h-8 w-2/3" />;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t('profile.interests')}>
      {slugs.map((slug) => (
        <li key={slug} className="rounded-full border border-accent-text/30 bg-accent-soft px-3 py-1 text-sm font-medium text-accent-text">
          {topics.nameOf(slug)}
        </li>
      ))}
    </ul>
  );
}
