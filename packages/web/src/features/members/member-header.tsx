import type { MemberProfile } from '@hearth/contracts';
import { Pencil, Settings } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { Avatar, buttonClass, Card } from '../../ui';
import { MemberBadges } from './member-badges';

/** Photo, name (the page's h1), role and tier; for the member themself, the way to edit and to settings. */
export function MemberHeader({ member, isMe }: { member: MemberProfile; isMe: boolean }) {
  const { t } = useTranslation('members');
  return (
    <Card
      as="section"
      padding="lg"
      aria-labelledby="member-name"
      className="flex flex-col items-center gap-4 text-center sm:flex-row sm:text-left"
    >
      <Avatar name={member.displayName} src={member.avatarUrl} size="2xl" />
      <div className="flex min-w-0 flex-1 flex-col items-center gap-2 sm:items-start">
        <h1 id="member-name" className="max-w-full text-2xl font-bold tracking-tight break-words sm:text-3xl">
          {member.displayName}
        </h1>
        <MemberBadges member={member} />
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
        </div>
      )}
    </Card>
  );
}
