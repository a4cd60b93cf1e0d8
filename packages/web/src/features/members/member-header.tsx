import type { MemberProfile } from '@hearth/contracts';
import { Bookmark, Pencil, Settings } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { Avatar, buttonClass, Card } from '../../ui';
import { PresenceLine, WithPresence } from '../presence/presence-dot';
import { usePresence } from '../presence/use-presence';
import { LevelBadge } from '../economy/earning/level-badge';
import { MemberBadges } from './member-badges';

/** Photo, name (the page's h1), role and tier; for the member themself, the way to edit and to settings. */
export function MemberHeader({ member, isMe }: { member: MemberProfile; isMe: boolean }) {
  const { t } = useTranslation(['members', 'common']);
  // Someone else's page says whether they are online (a block leaves it unsaid).
  const presence = usePresence(isMe ? [] : [member.id])(member.id);
  return (
    <Card
      as="section"
      padding="lg"
      aria-labelledby="member-name"
      className="flex flex-col items-center gap-4 text-center sm:flex-row sm:text-left"
    >
      <WithPresence isOnline={presence?.online === true} size="lg" className="[&>[data-presence]]:right-1 [&>[data-presence]]:bottom-1">
        <Avatar name={member.displayName} src={member.avatarUrl} size="2xl" />
      </WithPresence>
      <div className="flex min-w-0 flex-1 flex-col items-center gap-2 sm:items-start">
        <h1 id="member-name" className="max-w-full text-2xl font-bold tracking-tight break-words sm:text-3xl">
          {member.displayName}
        </h1>
        <span className="flex flex-wrap items-center gap-2">
          <MemberBadges member={member} />
          <LevelBadge memberId={member.id} />
        </span>
        {!isMe && <PresenceLine presence={presence} />}
      </div>
      {isMe && (
        <div className="flex w-full flex-wrap justify-center gap-2 sm:w-auto sm:flex-col">
          <Link href={paths.editProfile} className={buttonClass({ variant: 'primary' })}>
            <Pencil className="size-4" aria-hidden="true" />
            {t('profile.edit')}
          </Link>
          <Link href={paths.settings} className={buttonClass({ variant: 'secondary' })}>
            <Settings className="size-4" aria-hidden="true" />
            {t('profile.settings')}
          </Link>
          <Link href={paths.bookmarks} className={buttonClass({ variant: 'secondary' })}>
            <Bookmark className="size-4" aria-hidden="true" />
            {t('common:nav.bookmarks')}
          </Link>
        </div>
      )}
    </Card>
  );
}
