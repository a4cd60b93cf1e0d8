import type { PersonSummary } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { Avatar, Badge } from '../../ui';

/** One person in a followers, following or friends list: photo, name, how they stand to the viewer. */
export function PersonRow({ person, isMe }: { person: PersonSummary; isMe: boolean }) {
  const { t } = useTranslation('people');
  return (
    <li>
      <Link href={paths.member(person.id)} className="flex min-w-0 items-center gap-3 rounded-xl p-2 hover:bg-surface-muted">
        <Avatar name={person.displayName} src={person.avatarUrl} size="md" isDecorative />
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="flex min-w-0 flex-wrap items-center gap-2">
            <span className="truncate font-medium">{person.displayName}</span>
            {isMe && <Badge tone="success">{t('badges.you')}</Badge>}
            {person.isFriend && <Badge tone="success">{t('badges.friends')}</Badge>}
            {!person.isFriend && person.followsYou && <Badge>{t('badges.followsYou')}</Badge>}
          </span>
          {person.bio && <span className="truncate text-sm text-text-muted">{person.bio}</span>}
        </span>
      </Link>
    </li>
  );
}
