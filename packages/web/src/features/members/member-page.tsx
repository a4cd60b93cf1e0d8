import { memberRoutes, type MemberProfile } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isApiError } from '../../api/api-error';
import { apiQuery } from '../../api/api-query';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { RightPanel } from '../../app/shell/right-panel';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { ProfileConnections } from '../people/profile-connections';
import { RecentActivity } from '../people/recent-activity';
import { MemberBadgeShelf } from '../economy/badges/member-badge-shelf';
import { Alert, Button, Card, Skeleton, SkeletonText } from '../../ui';
import { MemberDetails } from './member-details';
import { MemberHeader } from './member-header';
import { MemberLinks } from './member-links';
import { MemberNotFound } from './member-not-found';
import { TopicChips } from './topic-chips';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** What is missing from a profile: a nudge with a link for its owner, a plain note for others. */
function Missing({ isMe, mine, theirs }: { isMe: boolean; mine: string; theirs: string }) {
  if (!isMe) return <p className="text-text-muted">{theirs}</p>;
  return (
    <Link href={paths.editProfile} className="font-medium text-accent-text underline-offset-4 hover:underline">
      {mine}
    </Link>
  );
}

function MemberProfileView({ member, isMe }: { member: MemberProfile; isMe: boolean }) {
  const { t } = useTranslation('members');
  const name = member.displayName;
  useDocumentTitle(name);
  return (
    <div className="flex flex-col gap-5">
      <MemberHeader member={member} isMe={isMe} />
      <ProfileConnections member={member} isMe={isMe} />
      <Section id="member-about" title={t('profile.about')}>
        {member.bio ? (
          <p className="whitespace-pre-line break-words">{member.bio}</p>
        ) : (
          <Missing isMe={isMe} mine={t('profile.addBio')} theirs={t('profile.noBio', { name })} />
        )}
        {member.links.length > 0 && <MemberLinks links={member.links} />}
      </Section>
      <Section id="member-interests" title={t('profile.interests')}>
        {member.interests.length > 0 ? (
          <TopicChips slugs={member.interests} />
        ) : (
          <Missing isMe={isMe} mine={t('profile.addInterests')} theirs={t('profile.noInterests', { name })} />
        )}
      </Section>
      <MemberBadgeShelf memberId={member.id} name={name} isMe={isMe} />
      <RecentActivity memberId={member.id} name={name} />
      <RightPanel label={t('profile.details')}>
        <MemberDetails member={member} />
      </RightPanel>
    </div>
  );
}

/** /members/:id — a member's profile; "Edit profile" when it is the viewer's own. */
export default function MemberPage() {
  const { t } = useTranslation(['members', 'common']);
  const { id = '' } = useParams<{ id: string }>();
  const me = useSignedInMember();
  const errorText = useErrorText();
  const profile = useQuery(apiQuery(memberRoutes.member, { params: { id } }));

  if (profile.isPending) {
    return (
      <div className="flex flex-col gap-5" aria-busy="true">
        <span className="sr-only" role="status">
          {t('profile.loading')}
        </span>
        <Card padding="lg" className="flex flex-col items-center gap-4 sm:flex-row">
          <Skeleton className="size-24" isRound />
          <span className="flex w-full flex-1 flex-col items-center gap-2 sm:items-start">
            <Skeleton className="h-8 w-1/2" />
            <Skeleton className="h-5 w-1/3" />
          </span>
        </Card>
        <Card>
          <SkeletonText lines={3} />
        </Card>
      </div>
    );
  }
  if (profile.isError) {
    if (isApiError(profile.error) && profile.error.status === 404) return <MemberNotFound />;
    return (
      <Alert tone="danger" title={t('profile.loadFailed')}>
        <p>{errorText(profile.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void profile.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('common:actions.retry')}
        </Button>
      </Alert>
    );
  }
  return <MemberProfileView member={profile.data.member} isMe={profile.data.member.id === me.id} />;
}
